// The pages every public service must have (tilgjengelighetserklæring, personvernerklæring,
// hjelp og kontakt), and "Slik fungerer Arbeidsbro" for employers. Linked from every footer
// (the footer's own words are in common.ts: every page carries them).

export interface InfoSection {
  heading: string;
  paragraphs?: readonly string[];
  list?: readonly string[];
}

export const accessibilityPage = {
  title: "Tilgjengelighetserklæring – Arbeidsbro",
  heading: "Tilgjengelighetserklæring",
  intro:
    "Arbeidsbro skal kunne brukes av alle, på mobil og på datamaskin, med tastatur, skjermleser og forstørrelse. Offentlige tjenester i Norge skal oppfylle kravene i WCAG 2.1 på nivå AA.",
  sections: [
    {
      heading: "Slik tester vi",
      paragraphs: [
        "Hver side som de automatiske testene besøker, blir sjekket mot WCAG 2.1 A og AA med verktøyet axe. Alle sider blir også lastet på en skjerm som er 375 og 320 piksler bred, og testen feiler hvis noe må rulles sideveis.",
        "Skjemaene fungerer uten JavaScript. Etter hvert steg flyttes fokus til overskriften for det nye steget, eller til en oversikt over feil med lenker til feltene.",
      ],
    },
    {
      heading: "Det vi vet ikke er godt nok",
      list: [
        "Brede tabeller kan rulles sideveis inne i tabellen på smale skjermer. Det er lovlig, men ikke like lett å lese som en liste.",
        "Utskrift av vedtak om tilskudd er ikke testet med skjermleser.",
        "Tjenesten er ikke testet av brukere med hjelpemidler ennå. Det skal gjøres før tjenesten tas i bruk for alvor.",
      ],
    },
    {
      heading: "Si fra om feil",
      paragraphs: [
        "Hvis noe ikke virker for deg, vil vi gjerne vite det. Skriv til tilgjengelighet@arbeidsbro.no og fortell hvilken side det gjelder og hva som skjedde. Vi svarer innen 10 arbeidsdager.",
        "Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt (uutilsynet.no).",
      ],
    },
  ] satisfies InfoSection[],
} as const;

export const privacyPage = {
  title: "Personvernerklæring – Arbeidsbro",
  heading: "Personvernerklæring",
  intro:
    "Her står hva Arbeidsbro lagrer om deg, hvorfor, hvor lenge, og hvilke rettigheter du har. Arbeidsbro er laget slik at arbeidsgivere ikke ser hvem en kandidat er før kandidaten selv har sagt ja til det.",
  sections: [
    {
      heading: "Hva vi lagrer",
      list: [
        "Om kandidater: navn, fødselsnummer, fødselsdato og kontaktopplysninger (identitet), og en anonym profil med ønsker om arbeid, arbeidstid, sted, styrker og tilrettelegging.",
        "Samtykker kandidaten har gitt eller trukket, og når.",
        "Om arbeidsgivere: organisasjonsnummer, navn og adresse, og navn og e-post til dem som bruker tjenesten.",
        "Oppgaver, jobber, forslag, svar, oppfølging og søknader om tilskudd.",
        "En logg over hvem som har sett en full kandidatprofil, og når.",
      ],
    },
    {
      heading: "Hvorfor",
      paragraphs: [
        "Opplysningene brukes til å finne jobber som passer, til å følge opp etter ansettelse, og til å behandle søknader om tilskudd. Grunnlaget er kandidatens samtykke og NAVs oppgaver etter NAV-loven.",
        "Søket til jobbspesialistene inneholder bare den anonyme profilen: aldri navn, fødselsnummer, kontaktopplysninger eller eksakt fødselsdato.",
      ],
    },
    {
      heading: "Hvor lenge",
      paragraphs: [
        "Vi lagrer ikke opplysninger lenger enn vi trenger dem. Reglene for hvor lenge hver slags opplysning blir lagret, står nedenfor.",
      ],
    },
  ] satisfies InfoSection[],
  rightsHeading: "Dine rettigheter",
  rights: [
    "Du kan se hva som er lagret om deg, og hvem som har sett profilen din (på Min side).",
    "Du kan trekke samtykket når som helst. Da forsvinner profilen fra søket med en gang.",
    "Du kan be om at feil blir rettet, og at opplysninger blir slettet.",
    "Du kan klage til Datatilsynet hvis du mener vi behandler opplysningene dine feil.",
  ],
  contact: "Spørsmål om personvern: personvern@arbeidsbro.no, eller snakk med jobbspesialisten din.",
} as const;

export const helpPage = {
  title: "Hjelp og kontakt – Arbeidsbro",
  heading: "Hjelp og kontakt",
  intro: "Står du fast? Her finner du svar på det mange lurer på, og hvem du kan kontakte.",
  sections: [
    {
      heading: "For arbeidsgivere",
      list: [
        "Du beskriver oppgaver dere trenger hjelp til. Av én eller flere oppgaver kan du «snekre» en jobb, altså sette sammen en stilling som passer noen som ikke kan jobbe fullt.",
        "En jobbspesialist fra NAV foreslår kandidater. Du ser en anonym profil og svarer ja, nei eller kanskje senere.",
        "Lurer du på tilskudd, for eksempel mentortilskudd, kan du søke under «Tilskudd» på siden for organisasjonen din.",
      ],
    },
    {
      heading: "For jobbsøkere",
      list: [
        "Jobbspesialisten din lager profilen sammen med deg. Du bestemmer selv hva som skal deles, og med hvem.",
        "På Min side ser du samtykkene dine og hvem som har sett profilen din.",
      ],
    },
    {
      heading: "Kontakt",
      paragraphs: [
        "Arbeidsgivere: ring NAV Arbeidsgivertelefonen på 55 55 33 36, hverdager 09–15, eller skriv til hjelp@arbeidsbro.no.",
        "Jobbsøkere: snakk med jobbspesialisten din, eller ring NAV på 55 55 33 33.",
        "Vi svarer på e-post innen 2 arbeidsdager.",
      ],
    },
  ] satisfies InfoSection[],
} as const;

export const howItWorksPage = {
  title: "Slik fungerer Arbeidsbro – for arbeidsgivere",
  heading: "Slik fungerer Arbeidsbro",
  intro:
    "Arbeidsbro hjelper deg å finne folk som vil jobbe, men som trenger en jobb som er tilpasset dem. En jobbspesialist fra NAV hjelper dere begge, også etter at noen har begynt.",
  steps: [
    {
      heading: "1. Beskriv oppgavene",
      body: "Skriv hvilke oppgaver dere trenger hjelp til, når på dagen og hvor mange timer i uka. Det tar noen minutter.",
    },
    {
      heading: "2. Snekre en jobb",
      body: "Sett sammen én eller flere oppgaver til en jobb. Det kan være noen få timer i uka. Arbeidsbro regner ut stillingsprosenten.",
    },
    {
      heading: "3. Få forslag",
      body: "En jobbspesialist foreslår en kandidat som passer. Du ser en anonym profil: hva personen kan, og hva som trengs av tilrettelegging. Navnet ser du først når kandidaten har sagt ja.",
    },
    {
      heading: "4. Møt, prøv, ansett",
      body: "Dere møtes, og personen kan prøve jobben først. Ansetter du, kan du søke om tilskudd, for eksempel til en mentor.",
    },
    {
      heading: "5. Oppfølging",
      body: "Jobbspesialisten følger opp både deg og den ansatte så lenge det trengs.",
    },
  ],
  more: "Mer hjelp og kontaktinformasjon",
} as const;
