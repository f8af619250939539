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
  /** The in-portal notifications (not the conversations, which are "Samtaler" in the page header). */
  messages: "Varsler",
  /** "3 nye" beside a place; screen readers hear "Kandidatforslag, 3 nye". */
  count: (n: number) => (n === 1 ? "1 ny" : `${n} nye`),
  repeated: (n: number) => `(${n} ganger)`,
} as const;

/**
 * The audit page's event names in Norwegian: every action the code writes to the audit log, in the
 * order the page's filter lists them (the page takes its list from here; a unit test checks that
 * every action written anywhere has a name).
 */
/** Plain explanations of the words an employer meets (Aksel HelpText / ReadMore beside them). */
export const explain = {
  carveTitle: "Hva betyr å snekre en jobb?",
  carve:
    "Å snekre en jobb er å sette sammen oppgaver dere trenger hjelp til, til en jobb som passer én person. Jobbspesialisten hjelper dere med å finne kandidaten.",
  stageTitle: "Hva betyr fasen?",
  stage:
    "Fasen viser hvor kandidaten er i oppfølgingen (metoden Supported Employment, EUSE): 1 Innledende kontakt, 2 Kartlegging, 3 Jobbsøk, 4 Arbeidsgiverkontakt og 5 Oppfølging i jobben.",
  scoreTitle: "Hva betyr treff?",
  score:
    "Treff er et tall fra 0 til 100 for hvor godt jobben og kandidaten passer sammen: oppgaver, interesser, timer, tider på døgnet og reisevei. 100 betyr at alt passer.",
  /** Why a job fits or not, in one sentence. */
  fitSentence: (score: number, fits: string[], misfits: string[]) => {
    const list = (items: string[]) =>
      items.length > 1 ? `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}` : (items[0] ?? "");
    const level = score >= 80 ? "godt" : score >= 50 ? "delvis" : "dårlig";
    if (fits.length === 0 && misfits.length === 0) return `Passer ${level}.`;
    if (fits.length === 0) return `Passer ${level} fordi dette ikke stemmer: ${list(misfits)}.`;
    if (misfits.length === 0) return `Passer ${level} fordi dette stemmer: ${list(fits)}.`;
    return `Passer ${level}: ${list(fits)} stemmer, men ikke ${list(misfits)}.`;
  },
} as const;

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
  "refund.saved": "Refusjonskrav beregnet",
  "refund.sent": "Refusjonskrav sendt",
  "refund.approved": "Refusjonskrav godkjent for utbetaling",
  "refund.returned": "Refusjonskrav sendt tilbake",
  "refund.extended": "Frist for refusjonskrav forlenget",
  "candidate.followup_ended": "Oppfølging avsluttet",
  "candidate.followup_reopened": "Oppfølging gjenopptatt",
} as const;

export const auditActionName = (code: string): string => (auditActionNames as Record<string, string>)[code] ?? code;
