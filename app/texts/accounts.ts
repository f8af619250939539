// Signing in, registering, organisations, invitations, admin and the audit trail.
import { waitingTime } from "./waiting-time";

export const signIn = {
  title: "Logg inn – Arbeidsbro",
  heading: "Logg inn",
  email: "E-post",
  password: "Passord",
  submit: "Logg inn",
  emailRequired: "Skriv inn e-postadressen din.",
  emailInvalid: "Skriv inn en gyldig e-postadresse, for eksempel navn@firma.no.",
  passwordRequired: "Skriv inn passordet ditt.",
  invalid: "E-post eller passord er feil.",
  wait: (seconds: number) => `For mange mislykkede forsøk herfra. Vent ${waitingTime(seconds)} og prøv igjen.`,
  noAccount: "Har bedriften din ikke konto?",
  registerLink: "Registrer arbeidsgiver",
  demoHeading: "Demo: logg inn med ett klikk",
  demoBody: "Dette er en demoinstallasjon med oppdiktede data. Velg en rolle for å prøve portalen.",
  demoButton: (name: string, role: string) => `Logg inn som ${name} (${role})`,
  signedOut: "Du er logget ut.",
} as const;

export const register = {
  title: "Registrer arbeidsgiver – Arbeidsbro",
  heading: "Registrer arbeidsgiver",
  intro:
    "Lag en konto for deg selv og organisasjonen din. Finnes organisasjonen allerede i Arbeidsbro, sender vi en forespørsel om å bli med til administratorene der.",
  aboutYou: "Om deg",
  aboutOrg: "Om organisasjonen",
  name: "Fullt navn",
  email: "E-post",
  password: "Passord",
  passwordHelp: "Minst 10 tegn.",
  orgNumber: "Organisasjonsnummer",
  orgNumberHelp: "9 siffer, som i Enhetsregisteret. Mellomrom er greit.",
  orgName: "Organisasjonens navn",
  orgNameHelp: "Trengs bare hvis organisasjonen ikke er registrert i Arbeidsbro fra før.",
  address: "Adresse (valgfritt)",
  municipality: "Kommune",
  chooseMunicipality: "Velg kommune",
  submit: "Opprett konto",
  nameRequired: "Skriv inn navnet ditt.",
  emailTaken: "Det finnes allerede en konto med denne e-postadressen. Logg inn i stedet.",
  passwordTooShort: "Passordet må ha minst 10 tegn.",
  passwordTooLong: "Passordet kan ha høyst 200 tegn.",
  orgNumberInvalid: "Organisasjonsnummeret er ikke gyldig. Det skal ha 9 siffer, og kontrollsifferet må stemme.",
  orgNameRequired: "Organisasjonen er ikke registrert i Arbeidsbro ennå. Skriv inn navnet på organisasjonen.",
  municipalityRequired: "Velg kommunen organisasjonen holder til i.",
  created: "Kontoen og organisasjonen er opprettet. Du er administrator for organisasjonen.",
  joinRequested: (org: string) =>
    `Kontoen er opprettet. Vi har bedt administratorene i ${org} om å godkjenne deg som medlem.`,
} as const;

export const employer = {
  title: "Mine organisasjoner – Arbeidsbro",
  heading: "Mine organisasjoner",
  none: "Du er ikke medlem av noen organisasjon ennå.",
  pending: "Venter på godkjenning",
  admin: "Administrator",
  member: "Medlem",
} as const;

export const organisation = {
  orgNumber: "Organisasjonsnummer",
  address: "Adresse",
  municipality: "Kommune",
  members: "Medlemmer",
  memberName: "Navn",
  memberEmail: "E-post",
  memberRole: "Rolle",
  memberStatus: "Status",
  active: "Aktiv",
  pending: "Venter på godkjenning",
  approve: "Godkjenn",
  approved: "Medlemmet er godkjent.",
  inviteHeading: "Inviter en kollega",
  inviteEmail: "Kollegaens e-post",
  inviteRole: "Rolle",
  inviteRoleMember: "Medlem",
  inviteRoleAdmin: "Administrator (kan invitere og søke om tilskudd)",
  inviteSubmit: "Send invitasjon",
  invited: (email: string) => `Invitasjonen er sendt til ${email}.`,
  alreadyMember: "Denne personen er allerede medlem.",
  inviteMailSubject: (org: string) => `Invitasjon til ${org} i Arbeidsbro`,
  inviteMailBody: (org: string, inviter: string, link: string) =>
    `Hei!\n\n${inviter} har invitert deg til å bli med i ${org} i Arbeidsbro.\n\nFølg lenken for å godta invitasjonen (gyldig i 7 dager):\n${link}\n`,
  joinMailSubject: (org: string) => `Ny forespørsel om å bli med i ${org}`,
  joinMailBody: (name: string, email: string, org: string) =>
    `${name} (${email}) har bedt om å bli med i ${org} i Arbeidsbro. Logg inn for å godkjenne.`,
} as const;

export const invitation = {
  title: "Invitasjon – Arbeidsbro",
  heading: (org: string) => `Bli med i ${org}`,
  intro: (email: string) => `Invitasjonen gjelder ${email}. Velg navn og passord for å lage kontoen din.`,
  existingAccount: "Du har allerede en konto. Logg inn med den for å godta invitasjonen.",
  accept: "Godta invitasjonen",
  wrongAccount: "Du er logget inn med en annen e-postadresse enn invitasjonen gjelder.",
} as const;

export const admin = {
  title: "Administrasjon – Arbeidsbro",
  heading: "Administrasjon",
  offices: "NAV-kontorer",
  officeName: "Navn på kontoret",
  officeMunicipality: "Kommune",
  createOffice: "Opprett kontor",
  officeCreated: "Kontoret er opprettet.",
  officeExists: "Det finnes allerede et kontor med dette navnet.",
  officeNameRequired: "Skriv inn navnet på kontoret.",
  specialists: "Jobbspesialister",
  specialistName: "Navn",
  specialistEmail: "E-post",
  specialistOffice: "Kontor",
  specialistPassword: "Midlertidig passord",
  chooseOffice: "Velg kontor",
  officeRequired: "Velg hvilket kontor jobbspesialisten hører til.",
  createSpecialist: "Opprett jobbspesialist",
  specialistCreated: "Jobbspesialisten er opprettet.",
} as const;

export const audit = {
  title: "Revisjonslogg – Arbeidsbro",
  heading: "Revisjonslogg",
  intro:
    "Alt som er logget om innlogging, innsyn i profiler, samtykker og vedtak. Loggen kan ikke endres eller slettes.",
  filterSubject: "Kandidat eller emne (id)",
  filterAction: "Handling",
  allActions: "Alle handlinger",
  filter: "Filtrer",
  when: "Tidspunkt",
  who: "Hvem",
  role: "Rolle",
  action: "Handling",
  subject: "Gjelder",
  outcome: "Utfall",
  allowed: "Tillatt",
  denied: "Avvist",
  none: "Ingen oppføringer.",
} as const;

export const devMail = {
  title: "Utvikler: e-post – Arbeidsbro",
  heading: "Utgående e-post (utviklervisning)",
  intro: "E-post sendes ikke i denne installasjonen. Her ser du hva som ville blitt sendt.",
  to: "Til",
  subject: "Emne",
  sent: "Lagt i kø",
  none: "Ingen e-post ennå.",
} as const;
