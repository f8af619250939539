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

/** Every text field has a longest allowed length; these are the words when a form has none of its own. */
export const fieldLimits = {
  tooLong: (max: number) => `Teksten er for lang. Skriv høyst ${max} tegn.`,
  tooMany: (max: number) => `Du kan velge høyst ${max}.`,
} as const;
