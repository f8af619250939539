/** The attributes of an Aksel-style 24 × 24 icon drawn inline: text-sized, decorative, not focusable. */
export const iconSvgProps = {
  width: "1em",
  height: "1em",
  viewBox: "0 0 24 24",
  fill: "none",
  focusable: "false",
  "aria-hidden": true,
} as const;
