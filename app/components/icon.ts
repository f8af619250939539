/** The attributes of an Aksel-style 24 × 24 icon drawn inline: text-sized, not focusable (each use says aria-hidden itself, where the linter can see it). */
export const iconSvgProps = {
  width: "1em",
  height: "1em",
  viewBox: "0 0 24 24",
  fill: "none",
  focusable: "false",
} as const;
