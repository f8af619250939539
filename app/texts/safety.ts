// What the Express layer (scripts/lib/http.ts) answers before a request reaches Remix, and the
// throttled sign-in. Plain strings: the layer has no React.

export const requestLimits = {
  tooLargeTitle: "For mye innhold – Arbeidsbro",
  tooLargeHeading: "Det du sendte var for stort",
  tooLargeBody: (limit: string) =>
    `Arbeidsbro tar imot skjemaer på opptil ${limit}. Ingenting av det du sendte er lagret. Gå tilbake, kort ned teksten og send skjemaet på nytt.`,
  back: "Gå til forsiden",
  unsupportedEncoding: "Arbeidsbro tar ikke imot komprimerte skjemaer.",
} as const;
