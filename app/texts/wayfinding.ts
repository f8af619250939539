// Finding your way on any screen: the chrome around tables, the footer's links, the employer's menu.

export const wayfinding = {
  tableRegion: "Tabell – kan rulles sideveis på smal skjerm",
  toResults: "Gå til resultatene",
} as const;

export const wizardTitle = {
  /** "Feil: Steg 2 av 5, Arbeidstid – Nytt oppgavebehov – Arbeidsbro" */
  page: (base: string, stepOf: string, stepLabel: string, errorCount: number) =>
    `${errorCount > 0 ? "Feil: " : ""}${stepOf}, ${stepLabel} – ${base}`,
  errorSummaryHeading: "Du må rette dette før du kan gå videre:",
} as const;

export const employerNav = {
  label: "Arbeidsgiver",
  work: "Oppgaver og jobber",
  proposals: "Kandidatforslag",
  employees: "Ansatte med oppfølging",
  grants: "Tilskudd",
  messages: "Meldinger",
  /** "3 nye" beside a place; screen readers hear "Kandidatforslag, 3 nye". */
  count: (n: number) => (n === 1 ? "1 ny" : `${n} nye`),
  messagesHeading: "Meldinger",
  repeated: (n: number) => `(${n} ganger)`,
} as const;

/**
 * The audit page's event names in Norwegian: every action the code writes to the audit log, in the
 * order the page's filter lists them (the page takes its list from here; a unit test checks that
 * every action written anywhere has a name).
 */
export const auditActionNames = {
  "auth.sign_in": "Innlogging",
  "auth.sign_out": "Utlogging",
  "auth.register_requested": "Ba om å registrere arbeidsgiver",
  "auth.register": "Registrering",
  "access.denied": "Nektet tilgang",
  "organisation.invite": "Invitasjon sendt",
  "organisation.join_request": "Ba om å bli med i organisasjon",
  "organisation.member_approved": "Medlem godkjent",
  "invitation.accept": "Invitasjon godtatt",
  "admin.office_created": "NAV-kontor opprettet",
  "admin.specialist_created": "Jobbspesialist opprettet",
  "audit.viewed": "Så i revisjonsloggen",
  "candidate.profile_viewed": "Så full kandidatprofil",
  "candidate.identity_revealed": "Identitet vist",
  "candidate.need_recorded": "Innsatsbehov registrert",
  "consent.changed": "Samtykke endret",
  "grant.decided": "Tilskudd avgjort",
  "export.created": "Data lastet ned",
  "retention.anonymised": "Anonymisert etter lagringstiden",
} as const;

export const auditActionName = (code: string): string => (auditActionNames as Record<string, string>)[code] ?? code;
