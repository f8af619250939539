// What the Express layer (scripts/lib/http.ts) answers before a request reaches Remix, and the
// throttled sign-in. Plain strings: the layer has no React.
import { waitingTime } from "./waiting-time";

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

/** Registration answers the same whether the e-mail has an account; the mail tells the truth. */
export const registration = {
  howItWorks: "Du får en e-post med en lenke. Der velger du passord, og kontoen blir opprettet.",
  sentHeading: "Sjekk e-posten din",
  sentBody:
    "Vi har sendt en e-post til adressen du oppga. Følg lenken i den for å fullføre registreringen. Lenken virker i 24 timer. Kommer det ingen e-post, sjekk søppelposten.",
  confirmMailSubject: "Fullfør registreringen i Arbeidsbro",
  confirmMailBody: (name: string, link: string) =>
    `Hei ${name}!\n\nFølg lenken for å fullføre registreringen i Arbeidsbro:\n${link}\n\nLenken virker i 24 timer. Har du ikke registrert deg, kan du se bort fra denne e-posten.`,
  existingMailSubject: "Du har allerede en konto i Arbeidsbro",
  existingMailBody: (signInLink: string) =>
    `Hei!\n\nNoen prøvde å registrere en ny konto i Arbeidsbro med denne e-postadressen. Du har allerede en konto, så ingenting er endret.\n\nLogg inn her:\n${signInLink}\n\nVar det ikke deg, kan du se bort fra denne e-posten.`,
  confirmTitle: "Fullfør registreringen – Arbeidsbro",
  confirmHeading: "Fullfør registreringen",
  confirmIntro: (email: string) => `Kontoen blir opprettet for ${email}.`,
  confirmNewOrg: (orgName: string) => `Organisasjonen ${orgName} blir opprettet, med deg som administrator.`,
  confirmJoin: (orgNumber: string) =>
    `Organisasjonen med organisasjonsnummer ${orgNumber} finnes i Arbeidsbro. Administratorene der får en forespørsel om at du vil bli med.`,
  confirmButton: "Opprett kontoen",
  wait: (seconds: number) =>
    `For mange registreringer herfra på kort tid. Vent ${waitingTime(seconds)} og send skjemaet på nytt.`,
} as const;

/** The privacy guard's words outside the profile form's own. */
export const privacyGuard = {
  facilitationUnknown: "Velg behov for tilrettelegging fra listen.",
} as const;
