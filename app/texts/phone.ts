// Words from issue #20's last points: the consent list read by a specialist, the searchable
// municipality choice, and the organisation number lookup in Enhetsregisteret.

/** The consent list as a specialist reads it: about the candidate, never to them ("du"). */
export const consentForSpecialist = {
  intro:
    "Her ser du hva kandidaten har samtykket til at Arbeidsbro kan bruke, og med hvem. Kandidaten kan trekke et samtykke når som helst, også ved å be deg om det.",
  confirmHeading: "Vil du trekke samtykket på vegne av kandidaten?",
  confirmSearch:
    "Når samtykket trekkes, blir profilen tatt ut av søket med en gang. Jobbspesialister kan ikke lenger finne kandidaten når de leter etter folk til jobber. Kandidaten kan gi nytt samtykke senere.",
  confirmOther: "Når samtykket trekkes, slutter Arbeidsbro å bruke opplysningene til dette med en gang.",
} as const;

export const municipalityChoice = {
  /** Shown under the combobox: what typing does. */
  searchHint: "Skriv for å søke etter navn eller kommunenummer.",
  noMatch: "Ingen kommune passer med det du har skrevet.",
} as const;

export const orgLookup = {
  button: "Hent fra Enhetsregisteret",
  hint: "Skriv organisasjonsnummeret og trykk på knappen, så henter vi navn og adresse. Du kan også skrive navnet selv.",
  found: (name: string) => `Fant ${name} i Enhetsregisteret. Sjekk navnet og fyll ut resten av skjemaet.`,
  address: "Forretningsadresse",
  notConfigured: "Oppslag i Enhetsregisteret er ikke tilgjengelig her. Skriv navnet på virksomheten selv.",
  notFound: "Fant ikke organisasjonsnummeret i Enhetsregisteret. Sjekk nummeret, eller skriv navnet selv.",
  unreachable: "Enhetsregisteret svarte ikke. Skriv navnet på virksomheten selv, eller prøv igjen om litt.",
} as const;
