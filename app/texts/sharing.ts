// Share requests the candidate answers, notifications to candidates (e-mail / SMS), the kind
// message after a no, the retention rules and the candidate's own data.

export const sharing = {
  // The specialist's proposal page
  heading: "Dele identitet med arbeidsgiveren",
  intro: (org: string) =>
    `Kandidaten bestemmer selv. Send en forespørsel, så svarer kandidaten ja eller nei på sin side. ${org} ser navnet først etter et ja.`,
  deadlineDays: "Svarfrist (dager)",
  deadlineHelp: "Vanligvis 7 dager. Mellom 1 og 30.",
  deadlineError: "Skriv et helt antall dager mellom 1 og 30.",
  ask: "Be kandidaten om samtykke",
  asked: "Forespørselen er sendt. Kandidaten har fått beskjed.",
  alreadyPending: "Kandidaten har allerede en forespørsel som venter på svar.",
  alreadyShared: (org: string) => `Kandidaten har samtykket til at ${org} ser identiteten.`,
  onBehalfHeading: "Registrere svar på vegne av kandidaten",
  onBehalfIntro:
    "Bare når kandidaten ikke kan svare digitalt selv. Svaret merkes som registrert av deg, med begrunnelsen, overalt der det vises, og logges.",
  onBehalfAnswer: "Hva svarte kandidaten?",
  onBehalfYes: "Ja, navnet kan deles",
  onBehalfNo: "Nei",
  onBehalfReason: "Hvorfor svarer du for kandidaten?",
  onBehalfReasonHelp: "For eksempel: «Har ikke BankID, svarte i møte 3. desember.» Høyst 500 tegn.",
  onBehalfReasonRequired: "Skriv hvorfor du registrerer svaret for kandidaten.",
  onBehalfAnswerRequired: "Velg hva kandidaten svarte.",
  onBehalfSubmit: "Registrer svaret",
  onBehalfSaved: "Svaret er registrert på vegne av kandidaten.",
  noPending: "Det er ingen forespørsel som venter på svar. Send en først.",
  proposalClosed: "Forslaget er avsluttet. Da kan ingen forespørsel sendes eller besvares.",
  requestsHeading: "Forespørsler om å dele identitet",
  state: {
    pending: "Venter på svar",
    accepted: "Ja",
    declined: "Nei",
    expired: "Utløpt uten svar",
    closed: "Avsluttet uten svar: forslaget er avsluttet",
  },
  onBehalfMark: (reason: string) => `Registrert av jobbspesialisten på vegne av kandidaten: ${reason}`,
  deadline: (date: string) => `Svarfrist ${date}`,
  // The employer's proposal page
  waiting: "Venter på svar fra kandidaten.",
  declinedForEmployer: "Kandidaten har valgt å ikke dele navnet. Dere kan fortsatt se den anonyme profilen.",
  expiredForEmployer: "Kandidaten svarte ikke innen fristen. Navnet deles ikke.",
  // The candidate's page
  candidateHeading: "Forespørsler til deg",
  candidateIntro: "Her svarer du på om en arbeidsgiver får vite hvem du er. Du bestemmer selv.",
  candidateNone: "Du har ingen forespørsler.",
  candidateRequest: (org: string, job: string) => `${org} vil vite hvem du er, for jobben «${job}»`,
  whatIsShared: "Dette blir delt hvis du sier ja:",
  fields: { name: "Navnet ditt", phone: "Telefonnummeret ditt", email: "E-postadressen din" },
  yes: "Ja, del",
  no: "Nei, ikke del",
  answeredYes: "Takk. Arbeidsgiveren kan nå se navnet ditt og hvordan de kan kontakte deg.",
  answeredNo: "Takk. Arbeidsgiveren får ikke vite hvem du er.",
  tooLate: "Fristen for forespørselen har gått ut, eller den er allerede besvart.",
  closed: "Forslaget til denne jobben er avsluttet, så forespørselen kan ikke besvares lenger. Ingenting er delt.",
  answerRequired: "Velg ja eller nei.",
  notifySpecialistYes: (code: string) => `${code} sa ja til å dele navnet med arbeidsgiveren`,
  notifySpecialistNo: (code: string) => `${code} sa nei til å dele navnet med arbeidsgiveren`,
  notifyEmployerShared: (job: string) => `En kandidat til «${job}» har delt navnet med dere`,
} as const;

export const candidateNotices = {
  // Never a name, an employer or a job: only that there is something, and where to look.
  subjects: {
    share_request: "Du har en ny forespørsel i Arbeidsbro",
    proposal_outcome: "Det er nytt om en jobb i Arbeidsbro",
    profile_edited: "Profilen din i Arbeidsbro er endret",
    consent_expiring: "Et samtykke i Arbeidsbro går snart ut",
    profile_retention: "Profilen din i Arbeidsbro blir snart slettet",
  },
  /** One message for all of a person's consents that expire soon: how many, never which. */
  consentsExpiring: (count: number) =>
    count === 1 ? "Et samtykke i Arbeidsbro går snart ut" : `${count} samtykker i Arbeidsbro går snart ut`,
  body: (subject: string, link: string) => `${subject}. Logg inn for å se mer: ${link}`,
  channelHeading: "Hvordan vil du få beskjed?",
  channelIntro: "Vi sender bare en kort beskjed med en lenke, aldri detaljer om deg eller arbeidsgiveren.",
  channels: { email: "E-post", sms: "SMS" },
  channelSave: "Lagre valget",
  channelSaved: "Valget er lagret.",
  channelRequired: "Velg e-post eller SMS.",
  channelMissing: "Vi har ikke telefonnummeret ditt. Be jobbspesialisten legge det inn, eller velg e-post.",
} as const;

export const declines = {
  heading: "Svar fra arbeidsgivere",
  none: "Ingen svar ennå.",
  // The kind message the candidate reads after a no, matched to the employer's reason (never their own words).
  messages: {
    "no-capacity":
      "Arbeidsgiveren har ikke tid til å gi deg god oppfølging akkurat nå. Det handler om dem, ikke om deg. Jobbspesialisten din leter videre sammen med deg.",
    "hours-dont-fit":
      "Timene eller dagene passet ikke denne gangen. Jobbspesialisten din ser etter jobber som passer tidene dine bedre.",
    "tasks-changed":
      "Arbeidsgiveren trenger ikke lenger de oppgavene. Det er ikke noe du har gjort. Jobbspesialisten din leter videre sammen med deg.",
    filled:
      "Jobben ble gitt til en annen før de rakk å se på deg. Jobbspesialisten din ser etter nye muligheter sammen med deg.",
    other:
      "Arbeidsgiveren valgte å ikke gå videre denne gangen. Det sier ikke noe om hva du kan. Jobbspesialisten din leter videre sammen med deg.",
  },
  outcome: (org: string, job: string) => `${org}, «${job}»`,
  proposedTo: "Du er foreslått til",
  status: {
    waiting: "Venter på svar fra arbeidsgiveren",
    going: "Arbeidsgiveren vil gjerne gå videre",
    hired: "Du har fått jobben",
    stopped: "Avsluttet",
  },
  // The specialist's page
  reasonForSpecialist: "Arbeidsgiverens begrunnelse",
  proposeElsewhere: "Foreslå kandidaten til en annen jobb",
  // The employer's "maybe later" list
  maybeLater: "Ta vare på kandidaten i «kanskje senere»",
  maybeLaterHelp: "Dere ser bare koden og den anonyme profilen, aldri navnet.",
  maybeLaterSaved: "Kandidaten er lagt i «kanskje senere».",
  maybeLaterRemove: "Fjern fra «kanskje senere»",
  maybeLaterRemoved: "Kandidaten er fjernet fra «kanskje senere».",
  maybeLaterHeading: "Kanskje senere",
  maybeLaterIntro:
    "Kandidater dere sa nei til nå, men vil huske. Ta kontakt med jobbspesialisten om dere vil gå videre.",
  maybeLaterNone: "Ingen kandidater i «kanskje senere».",
  declineReasonRequired: "Velg hvorfor dere sier nei.",
} as const;

export const retention = {
  heading: "Hvor lenge vi tar vare på opplysninger",
  intro: "Arbeidsbro sletter eller skjuler opplysninger etter faste regler. En jobb sjekker reglene hver natt.",
  rule: (n: number) => `Regel ${n}`,
  rules: {
    "identity-share":
      "Når et kandidatforslag er avsluttet uten ansettelse, ser arbeidsgiveren ikke lenger hvem kandidaten er etter 6 måneder (182 dager).",
    "inactive-profile":
      "En kandidatprofil uten aktivitet i 18 måneder (548 dager) anonymiseres og tas ut av søk. Kandidaten og jobbspesialisten varsles 30 og 7 dager før. Revisjonsloggen beholdes.",
    "stale-posting":
      "Oppgaver og jobber som ikke er oppdatert på 3 måneder (91 dager), avpubliseres. Arbeidsgiveren varsles 14 dager før.",
    "abandoned-draft": "Utkast som ikke er rørt på 30 dager, slettes. Den som laget utkastet, varsles 7 dager før.",
  },
  warnPosting: (title: string, date: string) => `«${title}» avpubliseres ${date} hvis den ikke oppdateres`,
  unpublished: (title: string) => `«${title}» er avpublisert fordi den ikke er oppdatert på 3 måneder`,
  warnDraft: (title: string, date: string) => `Utkastet «${title}» slettes ${date} hvis det ikke røres`,
  warnProfileSpecialist: (code: string, date: string) =>
    `Profilen til ${code} anonymiseres ${date} fordi den ikke har vært aktiv på 18 måneder`,
  anonymisedName: "Anonymisert",
} as const;

export const myData = {
  title: "Dine data – Arbeidsbro",
  heading: "Alt vi har lagret om deg",
  intro:
    "Her er alt Arbeidsbro har lagret om deg: profilen, samtykkene, hvem som har sett profilen og forslagene til jobber. Du kan også laste det ned som en fil.",
  link: "Se og last ned dine data",
  download: "Last ned som fil (JSON)",
  identity: "Om deg",
  profile: "Profilen (anonym)",
  consents: "Samtykker",
  requests: "Forespørsler om å dele navnet",
  views: "Hvem har sett profilen",
  proposals: "Forslag til jobber og utfallet",
  noProfile: "Det er ikke laget en profil for deg.",
  none: "Ingenting.",
  fieldNames: {
    name: "Navn",
    birthDate: "Fødselsdato",
    phone: "Telefon",
    email: "E-post",
    address: "Adresse",
    code: "Kode",
    channel: "Beskjed på",
  },
} as const;

export const devSms = {
  heading: "SMS",
  intro: "SMS-er som ville blitt sendt. Ingen SMS sendes herfra.",
  emailHeading: "E-post",
  none: "Ingen SMS ennå.",
  to: "Til nummer",
} as const;
