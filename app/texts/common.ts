// Words on every page: the layout, navigation, errors and the front page.

export const appName = "Arbeidsbro" as const;

export const tagline = "Jobbmatching for tilpasset arbeid" as const;

export const layout = {
  skipLink: "Hopp til hovedinnhold",
  mainNav: "Hovedmeny",
  home: "Forside",
  footer: "Arbeidsbro hjelper arbeidsgivere, jobbspesialister i NAV og jobbsøkere å finne hverandre.",
  footerPrivacy: "Personvern: kandidatprofiler er anonyme til kandidaten selv samtykker til å dele mer.",
} as const;

export const nav = {
  signIn: "Logg inn",
  signOut: "Logg ut",
  register: "Registrer arbeidsgiver",
  signedInAs: "Innlogget som",
  roles: {
    employer: "arbeidsgiver",
    specialist: "jobbspesialist",
    candidate: "kandidat",
    admin: "administrator",
    leader: "leder",
  },
  homeFor: {
    employer: "Mine organisasjoner",
    specialist: "Min side",
    candidate: "Min side",
    admin: "Administrasjon",
    leader: "Resultater for kontoret",
  },
  auditLog: "Revisjonslogg",
  devMail: "Utvikler: e-post",
  /** The header's link to the conversations (the employer's navigation has "Varsler" for notifications). */
  conversations: "Samtaler",
  conversationsUnread: (n: number) => (n === 1 ? "1 ulest" : `${n} uleste`),
} as const;

/** The footer's links to the pages every public service must have (their words are in info.ts). */
export const footerLinks = {
  label: "Om tjenesten",
  accessibility: "Tilgjengelighetserklæring",
  privacy: "Personvernerklæring",
  help: "Hjelp og kontakt",
  howItWorks: "Slik fungerer Arbeidsbro",
  wageCalculator: "Beregn lønnstilskudd",
} as const;

export const form = {
  errorSummaryHeading: "Du må rette disse feilene før du kan fortsette:",
  save: "Lagre",
  choose: "Velg",
  dateFormat: "Skriv som dd.mm.åååå, for eksempel 04.01.2027.",
  noSuchDate: "Den datoen finnes ikke i kalenderen. Sjekk dag og måned.",
  /** Someone else changed the thing first (a decision taken, a proposal answered, an application closed). */
  conflict: "Det steget kan ikke tas nå. Last siden på nytt og se gjeldende status.",
} as const;

export const wizard = {
  progress: "Steg",
  stepOf: (step: number, total: number) => `Steg ${step} av ${total}`,
  next: "Neste",
  back: "Forrige",
  edit: "Endre",
} as const;

export const errors = {
  notFoundTitle: "Fant ikke siden",
  notFoundBody: "Siden du leter etter finnes ikke, eller du har ikke tilgang til den. Sjekk at adressen er riktig.",
  forbiddenTitle: "Ingen tilgang",
  forbiddenBody: "Du har ikke tilgang til denne siden.",
  badRequestTitle: "Noe er feil i forespørselen",
  serverErrorTitle: "Beklager, noe gikk galt",
  serverErrorBody:
    "En teknisk feil gjør at siden ikke kan vises akkurat nå. Prøv igjen om litt. Hvis feilen fortsetter, oppgi feilkoden til brukerstøtte.",
  errorCode: "Feilkode",
  backHome: "Gå til forsiden",
  csrf: "Forespørselen ble avvist fordi den ikke kom fra Arbeidsbro.",
} as const;

export const home = {
  title: "Arbeidsbro – oppgaver som passer folk",
  heading: "Bygg bro mellom oppgaver som må gjøres og folk som vil jobbe",
  intro:
    "Arbeidsbro er for arbeidsgivere som har oppgaver som må gjøres, jobbspesialister i NAV som hjelper folk med nedsatt arbeidsevne ut i vanlig, lønnet arbeid, og kandidatene selv. Først plassere, så trene: folk lærer best på en ordinær arbeidsplass.",
  audiences: [
    {
      heading: "For arbeidsgivere",
      body: "Beskriv oppgavene dere trenger hjelp med, sett sammen en tilpasset stilling, og svar på forslag fra jobbspesialister. Søk om mentortilskudd, inkluderingstilskudd og lønnstilskudd med veiledning.",
      link: { href: "/lonnstilskudd", text: "Beregn lønnstilskudd – uten å logge inn" },
    },
    {
      heading: "For jobbspesialister",
      body: "Lag anonyme kandidatprofiler med samtykke, finn oppgaver som passer interesser, styrker og ønsket arbeidstid, og følg opp etter ansettelse.",
    },
    {
      heading: "For kandidater",
      body: "Du bestemmer hva som deles, med hvem og hvor lenge. Du kan trekke samtykket når som helst, og du ser hvem som har sett profilen din.",
    },
  ],
} as const;
