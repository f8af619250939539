// A user never sees a 500 for their own mistake. Every route with an action is posted malformed
// forms, from the portal (same cookies, same-origin headers), by a user who may use it: an empty
// body, every field empty, an unknown intent, 10 000 characters, numbers and dates that are not
// (or are odd), ids that are not ids or do not exist, and for the guided forms steps that do not
// exist. Each answer must be below 500, arrive in time and carry no stack trace.
//
// The table below has a row per route, role and intent; a route file with an action but no row
// fails the first test. Besides the forms that are wrong everywhere (empty, unknown intent, junk
// in every field, on every step of a guided form), a row posts the wrong values of each field's
// kind one field at a time (and fields of one kind together) on top of a valid `base` form, so
// each value gets as deep into the action as it can. Rows that could change shared demo data
// only post values that are wrong for the field (`sameValue: false` where "abc" would be a real
// answer), or work on a demo hire that no answer can move; the others work on data this spec
// makes for itself (Harstad Hotell AS, NAV Harstad, two draft grant applications).
// Each row also checks that its empty form got the action's own answer, so a lost session or a
// refusal cannot pass as "no 500".
import { randomBytes } from "node:crypto";
import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { inclusionSteps, mentorSteps } from "../../app/grants/form-layout";
import { wageSteps } from "../../app/grants/wage-figures";
import { carvedJobSteps, taskNeedSteps } from "../../app/jobs/form-layout";
import { expect, test } from "./fixtures";
import { makeReadyClaim } from "./refund-rows";
import {
  type Answer,
  answerTo,
  demoUsers,
  inDays,
  organisationOf,
  problemWith,
  queryOneE2e,
  routeFiles,
  signedInRequest,
} from "./support";

type DemoKey = Parameters<typeof signedInRequest>[1];
type Role = DemoKey | "anonymous";
type Body = Record<string, string | string[]>;

/** What a field holds; each kind has its own list of wrong values. */
type Kind = "text" | "optionalText" | "number" | "date" | "id" | "choice" | "list" | "email" | "password" | "checkbox";

const LONG = "x".repeat(10_000);
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const wrongValues: Record<Kind, string[]> = {
  text: ["", "   ", LONG],
  optionalText: [LONG],
  number: ["abc", "-1", "1e309", "NaN", "", LONG],
  date: ["2019-05-01", "9999-99-99", "2026-02-30", "abc", "", LONG],
  id: ["ikke-en-uuid", "-1", NO_SUCH_ID, "", LONG],
  // "constructor": a key every object has, for code that looks answers up in a map.
  choice: ["abc", "-1", "constructor", "", LONG],
  list: ["abc", "", LONG],
  email: ["abc", "", LONG],
  password: ["", "abc", LONG],
  checkbox: ["abc", LONG],
};
/** Put in every field at once (where no junk value can be a real answer). */
const junk = ["abc", "-1", "1e309", "NaN", "2019-05-01", "9999-99-99", "2026-02-30", "ikke-en-uuid", NO_SUCH_ID];
const unknownIntents = ["ukjent", "constructor"];

interface Ids {
  orgA: string;
  orgB: string;
  harstadOffice: string;
  /** The demo hire of Polarkjøkken AS (NAV Tromsø): hired, so no answer or hire can move it. */
  hiredProposal: string;
  hiredCandidate: string;
  /** Any published job. */
  openJob: string;
  /** The demo mentor grant application of Polarkjøkken AS, submitted. */
  submittedApplication: string;
  /** Made by this spec: two draft applications of Polarkjøkken AS for the demo hire. */
  mentorDraft: string;
  inclusionDraft: string;
  /** Made by this spec: a draft lønnstilskudd of Polarkjøkken AS for the demo hire. */
  wageDraft: string;
  /** Made by this spec in Harstad Hotell AS: a task need, a draft carved job from it, an invitation. */
  taskB: string;
  jobB: string;
  invitationToken: string;
  /** Made by this spec: an open registration (a new organisation), waiting for its password. */
  registrationToken: string;
  /** Made by this spec in NAV Harstad: a candidate without consents (so never in a search). */
  harstadCandidate: string;
  /** Made by this spec: two open refund claims of Polarkjøkken AS (the demo hire, NAV Tromsø); the second is never calculated. */
  refundClaim: string;
  refundClaimUnsaved: string;
}

interface Row {
  /** The route file in app/routes, without extension. */
  route: string;
  role: Role;
  what: string;
  url: (ids: Ids) => string;
  /** A plausible form as the page would post it; each field in `fields` is replaced in turn. */
  base: (ids: Ids) => Body;
  fields: Record<string, Kind>;
  /** Guided forms: a field is posted with `next` on its own step. */
  steps?: readonly (readonly string[])[];
  /** False where a junk value in every field could be a real answer that changes shared demo data. */
  sameValue?: false;
  /** The route with ids that are not ids or do not exist, or in a state that refuses posts: posted an empty form. */
  otherUrls?: (ids: Ids) => string[];
  /** The answer to the row's intent with every field empty: proves the post reached the action as this role. */
  empty: number;
}

// ---- The valid forms the rows start from ----------------------------------------------------

const marker = randomBytes(3).toString("hex");

const taskForm = (): Body => ({
  title: `Feilinput oppgave ${marker}`,
  description: "Rydde og vaske opp etter frokost.",
  category: "kjokken-kantine",
  hoursPerWeek: "10",
  slots: ["mon:morning", "tue:morning"],
  municipalityNumber: "5503",
  address: "Sjøgata 4",
  earliestStart: inDays(10),
  strengths: ["palitelig"],
  tags: "oppvask",
  physicalDemands: ["standing"],
  socialSetting: "small-team",
  adaptations: "Rolig start.",
  mentorPossible: "on",
});
const taskKinds: Record<string, Kind> = {
  title: "text",
  description: "optionalText",
  category: "choice",
  hoursPerWeek: "number",
  slots: "list",
  municipalityNumber: "choice",
  address: "optionalText",
  earliestStart: "date",
  strengths: "list",
  tags: "optionalText",
  physicalDemands: "list",
  socialSetting: "choice",
  adaptations: "optionalText",
  mentorPossible: "checkbox",
};

const jobForm = (taskId: string): Body => ({
  taskIds: [taskId],
  title: `Feilinput jobb ${marker}`,
  description: "",
  hoursPerWeek: "10",
  slots: ["mon:morning", "tue:morning"],
  employmentForm: "temporary",
  wageSubsidyExpected: "",
  mentorName: "Tor Hansen",
  adaptations: "",
  startDate: inDays(14),
});
const jobKinds: Record<string, Kind> = {
  taskIds: "id",
  title: "text",
  description: "optionalText",
  hoursPerWeek: "number",
  slots: "list",
  employmentForm: "choice",
  wageSubsidyExpected: "checkbox",
  mentorName: "optionalText",
  adaptations: "optionalText",
  startDate: "date",
};

const mentorForm = (): Body => ({
  contactName: demoUsers.employer.name,
  contactPhone: "91234567",
  contactEmail: demoUsers.employer.email,
  mentorName: "Tor Hansen",
  mentorPhone: "92345678",
  mentorTasks: "Opplæring i kjøkkenrutinene og en fast prat hver fredag.",
  familyTie: "no",
  familyTieExplanation: "",
  confidentiality: "on",
  startDate: inDays(7),
  endDate: inDays(100),
  extended: "no",
  extendedReason: "",
  followUp: "Ukentlig samtale med mentor.",
  adaptation: "",
  hoursPerMonth: "20",
  payType: "monthly",
  payAmount: "48750",
  positionPercent: "100",
  holidayPayPercent: "12",
  otpPercent: "2",
  taxZone: "1",
  accountNumber: "12345678903",
});
const mentorKinds: Record<string, Kind> = {
  contactName: "text",
  contactPhone: "number",
  contactEmail: "email",
  mentorName: "text",
  mentorPhone: "number",
  mentorTasks: "text",
  familyTie: "choice",
  familyTieExplanation: "optionalText",
  confidentiality: "checkbox",
  startDate: "date",
  endDate: "date",
  extended: "choice",
  extendedReason: "optionalText",
  followUp: "text",
  adaptation: "optionalText",
  hoursPerMonth: "number",
  payType: "choice",
  payAmount: "number",
  positionPercent: "number",
  holidayPayPercent: "number",
  otpPercent: "number",
  taxZone: "choice",
  accountNumber: "number",
};

const inclusionForm = (): Body => ({
  startDate: inDays(7),
  endDate: inDays(90),
  reason: "Trenger hev-senk-pult for å jobbe ved skranken.",
  expenseType0: "equipment",
  expenseAmount0: "10000",
  expenseDescription0: "Hev-senk-pult",
  notPurchased: "on",
});
const inclusionKinds: Record<string, Kind> = {
  startDate: "date",
  endDate: "date",
  reason: "text",
  expenseType0: "choice",
  expenseAmount0: "number",
  expenseDescription0: "text",
  notPurchased: "checkbox",
};

const wageForm = (): Body => ({
  wageKind: "midlertidig",
  startDate: inDays(3),
  endDate: inDays(200),
  jobTitle: "Kjøkkenassistent",
  tasks: "Oppvask og klargjøring av grønnsaker.",
  positionPercent: "60",
  daysPerWeek: "3",
  employmentType: "temporary",
  familyTie: "no",
  familyTieExplanation: "",
  monthlyWage: "24000",
  holidayPayPercent: "12",
  otpPercent: "2",
  taxZone: "1",
  purpose: "Tid til opplæring i de første månedene.",
  accountNumber: "12345678903",
});
const wageKinds: Record<string, Kind> = {
  wageKind: "choice",
  startDate: "date",
  endDate: "date",
  jobTitle: "text",
  tasks: "text",
  positionPercent: "number",
  daysPerWeek: "number",
  employmentType: "choice",
  familyTie: "choice",
  familyTieExplanation: "optionalText",
  monthlyWage: "number",
  holidayPayPercent: "number",
  otpPercent: "number",
  taxZone: "choice",
  purpose: "text",
  accountNumber: "number",
};

const profileForm = (): Body => ({
  interests: ["lager"],
  strengths: ["palitelig"],
  tags: "lager",
  hoursMin: "10",
  hoursMax: "20",
  weekdays: ["mon", "tue"],
  timesOfDay: ["morning"],
  municipalityNumber: "5503",
  reachableMunicipalities: ["5501"],
  availableFrom: "",
  languages: "norsk",
  norwegianLevel: "god",
  drivingLicence: "",
  summary: "Liker faste rutiner og rolige omgivelser.",
  euseStage: "1",
  facilitationWorkingTime: ["fleksibel"],
});
const profileKinds: Record<string, Kind> = {
  interests: "list",
  strengths: "list",
  tags: "optionalText",
  hoursMin: "number",
  hoursMax: "number",
  weekdays: "list",
  timesOfDay: "list",
  municipalityNumber: "choice",
  reachableMunicipalities: "list",
  availableFrom: "date",
  languages: "optionalText",
  norwegianLevel: "choice",
  drivingLicence: "checkbox",
  summary: "optionalText",
  euseStage: "number",
  facilitationWorkingTime: "list",
};
const candidateForm = (): Body => ({
  name: "Feilinput Testperson",
  nationalId: "",
  birthDate: "1990-04-12",
  phone: "41234567",
  email: "",
  address: "",
  ...profileForm(),
  consentMethod: "meeting",
});
const candidateKinds: Record<string, Kind> = {
  name: "text",
  nationalId: "number",
  birthDate: "date",
  phone: "optionalText",
  email: "email",
  address: "optionalText",
  ...profileKinds,
  consentSearch: "checkbox",
  consentEmployerView: "checkbox",
  consentMethod: "choice",
};

// ---- The table: route → role → fields -------------------------------------------------------

const wizard = { step: "0", intent: "next" };

const rows: Row[] = [
  {
    route: "admin._index",
    role: "admin",
    what: "create a NAV office",
    url: () => "/admin",
    base: () => ({ intent: "office", name: "NAV Feilinput", municipalityNumber: "5501" }),
    fields: { name: "text", municipalityNumber: "choice" },
    empty: 400,
  },
  {
    route: "admin._index",
    role: "admin",
    what: "create a specialist",
    url: () => "/admin",
    base: (ids) => ({
      intent: "specialist",
      name: "Ny Spesialist",
      email: "ny.spesialist@demo.arbeidsbro.no",
      officeId: ids.harstadOffice,
      password: "langt-nok-passord",
    }),
    fields: { name: "text", email: "email", officeId: "id", password: "password" },
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId",
    role: "employer2",
    what: "invite a colleague",
    url: (ids) => `/arbeidsgiver/${ids.orgB}`,
    base: () => ({ intent: "invite", email: `kollega-${marker}@example.no`, role: "member" }),
    fields: { email: "email", role: "choice" },
    otherUrls: () => ["/arbeidsgiver/ikke-en-id", `/arbeidsgiver/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId",
    role: "employer2",
    what: "approve a join request",
    url: (ids) => `/arbeidsgiver/${ids.orgB}`,
    base: () => ({ intent: "approve", userId: NO_SUCH_ID }),
    fields: { userId: "id" },
    empty: 404,
  },
  {
    route: "arbeidsgiver.$orgId_.oppgaver.ny",
    role: "employer2",
    what: "the guided task-need form",
    url: (ids) => `/arbeidsgiver/${ids.orgB}/oppgaver/ny`,
    base: () => ({ ...taskForm(), ...wizard }),
    fields: taskKinds,
    steps: taskNeedSteps,
    otherUrls: () => ["/arbeidsgiver/ikke-en-id/oppgaver/ny", `/arbeidsgiver/${NO_SUCH_ID}/oppgaver/ny`],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.oppgaver.$taskId",
    role: "employer2",
    what: "save a task need",
    url: (ids) => `/arbeidsgiver/${ids.orgB}/oppgaver/${ids.taskB}`,
    base: () => ({ ...taskForm(), intent: "save" }),
    fields: taskKinds,
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgB}/oppgaver/ikke-en-id`,
      `/arbeidsgiver/${ids.orgB}/oppgaver/${NO_SUCH_ID}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.jobber.ny",
    role: "employer2",
    what: "the guided carving form",
    url: (ids) => `/arbeidsgiver/${ids.orgB}/jobber/ny`,
    base: (ids) => ({ ...jobForm(ids.taskB), ...wizard }),
    fields: jobKinds,
    steps: carvedJobSteps,
    otherUrls: () => ["/arbeidsgiver/ikke-en-id/jobber/ny", `/arbeidsgiver/${NO_SUCH_ID}/jobber/ny`],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.jobber.$jobId",
    role: "employer2",
    what: "save a carved job",
    url: (ids) => `/arbeidsgiver/${ids.orgB}/jobber/${ids.jobB}`,
    base: (ids) => ({ ...jobForm(ids.taskB), intent: "save" }),
    fields: jobKinds,
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgB}/jobber/ikke-en-id`,
      `/arbeidsgiver/${ids.orgB}/jobber/${NO_SUCH_ID}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd._index",
    role: "employer",
    what: "start a grant application",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd`,
    base: () => ({ kind: "mentor", proposalId: NO_SUCH_ID }),
    fields: { kind: "choice", proposalId: "id" },
    otherUrls: () => ["/arbeidsgiver/ikke-en-id/tilskudd", `/arbeidsgiver/${NO_SUCH_ID}/tilskudd`],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId",
    role: "employer",
    what: "the guided mentortilskudd form",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.mentorDraft}`,
    base: () => ({ ...mentorForm(), ...wizard }),
    fields: mentorKinds,
    steps: mentorSteps,
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgA}/tilskudd/ikke-en-id`,
      `/arbeidsgiver/${ids.orgA}/tilskudd/${NO_SUCH_ID}`,
      // Submitted: no longer the employer's to change.
      `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.submittedApplication}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId",
    role: "employer",
    what: "the guided inkluderingstilskudd form",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.inclusionDraft}`,
    base: () => ({ ...inclusionForm(), ...wizard }),
    fields: inclusionKinds,
    steps: inclusionSteps,
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId",
    role: "employer",
    what: "the guided lønnstilskudd form",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.wageDraft}`,
    base: () => ({ ...wageForm(), ...wizard }),
    fields: wageKinds,
    steps: wageSteps,
    empty: 400,
  },
  // Live previews (docs/decisions/023): they save nothing, so every wrong value is answered with
  // a preview (200) or a refusal, never a 500.
  {
    route: "arbeidsgiver.$orgId_.jobber.oppsummering",
    role: "employer2",
    what: "the live summary of a job being carved",
    url: (ids) => `/arbeidsgiver/${ids.orgB}/jobber/oppsummering`,
    base: (ids) => ({ ...jobForm(ids.taskB), step: "1" }),
    fields: { ...jobKinds, step: "number" },
    otherUrls: () => [
      "/arbeidsgiver/ikke-en-id/jobber/oppsummering",
      `/arbeidsgiver/${NO_SUCH_ID}/jobber/oppsummering`,
    ],
    empty: 200,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId_.beregning",
    role: "employer",
    what: "the live figures of a lønnstilskudd",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.wageDraft}/beregning`,
    base: () => wageForm(),
    fields: wageKinds,
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgA}/tilskudd/ikke-en-id/beregning`,
      `/arbeidsgiver/${ids.orgA}/tilskudd/${NO_SUCH_ID}/beregning`,
    ],
    empty: 200,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId_.beregning",
    role: "employer",
    what: "the live figures of a mentortilskudd",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.mentorDraft}/beregning`,
    base: () => mentorForm(),
    fields: mentorKinds,
    empty: 200,
  },
  {
    route: "arbeidsgiver.$orgId_.forslag.$id",
    role: "employer",
    what: "answer a proposal",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "answer", answer: "interested", reason: "good-fit", comment: "" }),
    fields: { answer: "choice", reason: "choice", comment: "optionalText" },
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgA}/forslag/ikke-en-id`,
      `/arbeidsgiver/${ids.orgA}/forslag/${NO_SUCH_ID}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.forslag.$id",
    role: "employer",
    what: "end a match",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "end", endReason: "Kandidaten har sluttet." }),
    fields: { endReason: "text" },
    // "abc" is a reason: it would end the demo hire.
    sameValue: false,
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.forslag.$id",
    role: "employer",
    what: "keep a declined candidate for later",
    // The demo hire is not declined: there is nothing to keep, whatever is posted.
    url: (ids) => `/arbeidsgiver/${ids.orgA}/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "maybe-later" }),
    fields: {},
    empty: 409,
  },
  {
    route: "invitasjon.$token",
    role: "anonymous",
    what: "accept an invitation with a new account",
    url: (ids) => `/invitasjon/${ids.invitationToken}`,
    base: () => ({ name: "Ny Kollega", password: "langt-nok-passord" }),
    fields: { name: "text", password: "password" },
    // "2026-02-30" is a name and a password: it would use up the invitation.
    sameValue: false,
    otherUrls: () => ["/invitasjon/ukjent-token", `/invitasjon/${LONG}`],
    empty: 400,
  },
  {
    route: "registrer_.bekreft.$token",
    role: "anonymous",
    what: "finish a registration with a password",
    url: (ids) => `/registrer/bekreft/${ids.registrationToken}`,
    base: () => ({ password: "kort" }),
    fields: { password: "password" },
    // "2026-02-30" is a password: it would finish the registration.
    sameValue: false,
    otherUrls: () => ["/registrer/bekreft/ukjent-token", `/registrer/bekreft/${LONG}`],
    empty: 400,
  },
  {
    route: "kandidat._index",
    role: "candidate",
    what: "withdraw a consent",
    url: () => "/kandidat",
    base: () => ({ intent: "withdraw", consentId: NO_SUCH_ID }),
    fields: { consentId: "id" },
    empty: 404,
  },
  {
    route: "kandidat._index",
    role: "candidate",
    what: "answer a share request",
    url: () => "/kandidat",
    base: () => ({ intent: "share-answer", requestId: NO_SUCH_ID, answer: "yes" }),
    fields: { requestId: "id", answer: "choice" },
    empty: 400,
  },
  {
    route: "kandidat._index",
    role: "candidate",
    what: "choose the notification channel",
    url: () => "/kandidat",
    base: () => ({ intent: "channel", channel: "email" }),
    fields: { channel: "choice" },
    empty: 400,
  },
  {
    route: "logg-inn",
    role: "anonymous",
    what: "one-click demo sign-in",
    url: () => "/logg-inn",
    base: () => ({ intent: "demo", user: "employer" }),
    fields: { user: "choice" },
    empty: 404,
  },
  {
    route: "logg-inn",
    role: "anonymous",
    what: "sign in with a password",
    // Never a well-formed e-mail with a wrong password: failed attempts slow every sign-in from this address.
    url: () => "/logg-inn",
    base: () => ({ email: "ikke-en-epost", password: "feil-passord" }),
    fields: { email: "email", password: "password" },
    empty: 400,
  },
  {
    route: "logg-ut",
    role: "anonymous",
    what: "sign out",
    url: () => "/logg-ut",
    base: () => ({}),
    fields: {},
    empty: 302,
  },
  {
    route: "registrer",
    role: "anonymous",
    what: "register an employer",
    url: () => "/registrer",
    // The e-mail is never valid, so no account is made (and every other field is still checked).
    base: () => ({
      name: "Ny Arbeidsgiver",
      email: "ikke-en-epost",
      orgNumber: "974760673",
      orgName: "Feilinput AS",
      address: "Storgata 1",
      municipalityNumber: "5501",
    }),
    fields: {
      name: "text",
      email: "email",
      orgNumber: "number",
      orgName: "optionalText",
      address: "optionalText",
      municipalityNumber: "choice",
    },
    empty: 400,
  },
  {
    route: "spesialist.forslag.$id",
    role: "specialist",
    what: "ask the candidate to share identity",
    url: (ids) => `/spesialist/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "share-request", deadlineDays: "7" }),
    fields: { deadlineDays: "number" },
    // A valid number of days would send the demo hire's candidate a real request.
    sameValue: false,
    otherUrls: () => ["/spesialist/forslag/ikke-en-id", `/spesialist/forslag/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "spesialist.forslag.$id",
    role: "specialist",
    what: "answer for the candidate, with a reason",
    url: (ids) => `/spesialist/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "on-behalf", answer: "yes", reason: "Har ikke BankID, svarte i møte." }),
    fields: { answer: "choice", reason: "text" },
    empty: 400,
  },
  {
    route: "spesialist.forslag.$id",
    role: "specialist",
    what: "register a hire",
    url: (ids) => `/spesialist/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "hire", hireForm: "temporary", hireHours: "12", hireStart: inDays(7) }),
    fields: { hireForm: "choice", hireHours: "number", hireStart: "date" },
    empty: 400,
  },
  {
    route: "spesialist.forslag.$id",
    role: "specialist",
    what: "end a match",
    url: (ids) => `/spesialist/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "end", endReason: "Kandidaten har sluttet." }),
    fields: { endReason: "text" },
    sameValue: false,
    empty: 400,
  },
  {
    route: "spesialist.forslag.$id",
    role: "specialist",
    what: "move a match",
    url: (ids) => `/spesialist/forslag/${ids.hiredProposal}`,
    base: () => ({ intent: "move", to: "meeting" }),
    fields: { to: "choice" },
    empty: 400,
  },
  {
    route: "spesialist.forslag.ny",
    role: "specialist",
    what: "propose a candidate",
    url: (ids) => `/spesialist/forslag/ny?kandidat=${ids.hiredCandidate}&jobb=job-${ids.openJob}`,
    base: () => ({ note: "Punktlig og blid, har erfaring fra kjøkken." }),
    fields: { note: "text" },
    // "abc" is a note: it would send a proposal.
    sameValue: false,
    otherUrls: (ids) => [
      `/spesialist/forslag/ny?kandidat=ikke-en-id&jobb=job-${ids.openJob}`,
      `/spesialist/forslag/ny?kandidat=${NO_SUCH_ID}&jobb=job-${ids.openJob}`,
      `/spesialist/forslag/ny?kandidat=${ids.hiredCandidate}&jobb=ikke-en-id`,
      `/spesialist/forslag/ny?kandidat=${ids.hiredCandidate}&jobb=job-ikke-en-id`,
      `/spesialist/forslag/ny?kandidat=${ids.hiredCandidate}&jobb=job-${NO_SUCH_ID}`,
      "/spesialist/forslag/ny",
    ],
    empty: 400,
  },
  {
    route: "spesialist.kandidater.$id",
    role: "specialist2",
    what: "set the EUSE stage",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}`,
    base: () => ({ intent: "stage", stage: "2", reason: "Kartlegging er i gang." }),
    fields: { stage: "number", reason: "text" },
    otherUrls: () => ["/spesialist/kandidater/ikke-en-id", `/spesialist/kandidater/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "spesialist.kandidater.$id",
    role: "specialist2",
    what: "mark a follow-up done",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}`,
    base: () => ({ intent: "followup", followUpId: NO_SUCH_ID }),
    fields: { followUpId: "id" },
    empty: 404,
  },
  {
    route: "spesialist.kandidater.$id",
    role: "specialist2",
    what: "withdraw a consent on the candidate's behalf",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}`,
    base: () => ({ intent: "withdraw", consentId: NO_SUCH_ID }),
    fields: { consentId: "id" },
    empty: 404,
  },
  {
    route: "spesialist.kandidater.$id_.profil",
    role: "specialist2",
    what: "edit a profile",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}/profil`,
    base: () => profileForm(),
    fields: profileKinds,
    otherUrls: () => ["/spesialist/kandidater/ikke-en-id/profil", `/spesialist/kandidater/${NO_SUCH_ID}/profil`],
    empty: 400,
  },
  {
    route: "spesialist.kandidater.$id_.innsatsbehov",
    role: "specialist2",
    what: "record the candidate's need (innsatsbehov)",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}/innsatsbehov`,
    base: () => ({ need: "situasjonsbestemt" }),
    fields: { need: "choice" },
    otherUrls: () => [
      "/spesialist/kandidater/ikke-en-id/innsatsbehov",
      `/spesialist/kandidater/${NO_SUCH_ID}/innsatsbehov`,
    ],
    empty: 400,
  },
  {
    route: "spesialist.kandidater.ny",
    role: "specialist2",
    what: "register a candidate",
    url: () => "/spesialist/kandidater/ny",
    base: () => candidateForm(),
    fields: candidateKinds,
    empty: 400,
  },
  {
    route: "spesialist.tilskudd.$appId",
    role: "specialist",
    what: "decide a grant application",
    url: (ids) => `/spesialist/tilskudd/${ids.submittedApplication}`,
    // Without a reason an approval is refused, so no junk value decides the demo application.
    base: () => ({ decision: "approved", reason: "", commentmentorName: "" }),
    fields: { decision: "choice", reason: "text", commentmentorName: "optionalText" },
    otherUrls: (ids) => [
      "/spesialist/tilskudd/ikke-en-id",
      `/spesialist/tilskudd/${NO_SUCH_ID}`,
      `/spesialist/tilskudd/${ids.mentorDraft}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.ansatte.$id",
    role: "employer",
    what: "add the employer's view before a check-in",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/${ids.hiredProposal}`,
    // No such check-in: nothing the junk could be is saved on the demo hire.
    base: () => ({ intent: "view", checkInId: NO_SUCH_ID, view: "Går fint, blid og presis." }),
    fields: { checkInId: "id", view: "text" },
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgA}/ansatte/ikke-en-id`,
      `/arbeidsgiver/${ids.orgA}/ansatte/${NO_SUCH_ID}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.ansatte.$id",
    role: "employer",
    what: "record a job change",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/${ids.hiredProposal}`,
    // Dated before the demo hire started: every variant is refused, so the demo hire stays as it is.
    base: () => ({ intent: "change", kind: "hours_changed", date: "2019-05-01", hours: "15", endReason: "" }),
    fields: { kind: "choice", date: "date", hours: "number", endReason: "choice" },
    sameValue: false,
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.ansatte.$id",
    role: "employer",
    what: "open the mentortilskudd application from the mentor suggestion",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/${ids.hiredProposal}`,
    base: () => ({ intent: "mentor" }),
    fields: {},
    // The demo hire already has its mentor application: the post opens it (no second one).
    empty: 302,
  },
  {
    route: "arbeidsgiver.$orgId_.samtaler.$id",
    role: "employer",
    what: "send a message",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/samtaler/${ids.hiredProposal}`,
    // A fødselsnummer in the text: the privacy guard refuses it, so no junk message is sent.
    base: () => ({ body: "Fødselsnummeret er 01019012480.", confirm: "on" }),
    fields: { body: "text", confirm: "checkbox" },
    sameValue: false,
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgA}/samtaler/ikke-en-id`,
      `/arbeidsgiver/${ids.orgA}/samtaler/${NO_SUCH_ID}`,
    ],
    empty: 400,
  },
  {
    route: "spesialist.samtaler.$id",
    role: "specialist",
    what: "send a message",
    url: (ids) => `/spesialist/samtaler/${ids.hiredProposal}`,
    base: () => ({ body: "Fødselsnummeret er 01019012480.", confirm: "on" }),
    fields: { body: "text", confirm: "checkbox" },
    sameValue: false,
    otherUrls: () => ["/spesialist/samtaler/ikke-en-id", `/spesialist/samtaler/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "spesialist.ansettelser.$id",
    role: "specialist",
    what: "record a check-in",
    url: (ids) => `/spesialist/ansettelser/${ids.hiredProposal}`,
    base: () => ({ intent: "checkin", checkInId: NO_SUCH_ID, summary: "Trives, fortsetter som før." }),
    fields: { checkInId: "id", summary: "text" },
    otherUrls: () => ["/spesialist/ansettelser/ikke-en-id", `/spesialist/ansettelser/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "spesialist.ansettelser.$id",
    role: "specialist",
    what: "record a job change",
    url: (ids) => `/spesialist/ansettelser/${ids.hiredProposal}`,
    base: () => ({ intent: "change", kind: "ended", date: "2019-05-01", hours: "", endReason: "health" }),
    fields: { kind: "choice", date: "date", hours: "number", endReason: "choice" },
    sameValue: false,
    empty: 400,
  },
  {
    route: "spesialist.ansettelser.$id",
    role: "specialist",
    what: "mark open to another job",
    url: (ids) => `/spesialist/ansettelser/${ids.hiredProposal}`,
    base: () => ({ intent: "open", open: "kanskje" }),
    fields: { open: "choice" },
    empty: 400,
  },
  {
    route: "registrer",
    role: "anonymous",
    what: "look the organisation number up in Enhetsregisteret",
    url: () => "/registrer",
    // A lookup saves nothing; the other fields are only carried back into the form.
    base: () => ({
      intent: "lookup",
      name: "Ny Arbeidsgiver",
      email: "ikke-en-epost",
      orgNumber: "974760673",
      orgName: "",
      address: "",
      municipalityNumber: "",
    }),
    fields: { orgNumber: "number", name: "optionalText", orgName: "optionalText", address: "optionalText" },
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.refusjon.$claimId",
    role: "employer",
    what: "calculate a refund claim",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/refusjon/${ids.refundClaim}`,
    base: () => ({
      intent: "calculate",
      fixed: "40000",
      hourly: "",
      fixedSupplement: "",
      irregularSupplement: "",
      other: "",
      holidayDeduction: "",
      absence: "yes",
      absenceAmount: "1000",
    }),
    fields: {
      fixed: "number",
      hourly: "number",
      fixedSupplement: "number",
      irregularSupplement: "number",
      other: "number",
      holidayDeduction: "number",
      absence: "choice",
      absenceAmount: "number",
    },
    otherUrls: (ids) => [
      `/arbeidsgiver/${ids.orgA}/refusjon/ikke-en-id`,
      `/arbeidsgiver/${ids.orgA}/refusjon/${NO_SUCH_ID}`,
    ],
    empty: 400,
  },
  {
    route: "arbeidsgiver.$orgId_.refusjon.$claimId",
    role: "employer",
    what: "send a refund claim never calculated",
    url: (ids) => `/arbeidsgiver/${ids.orgA}/refusjon/${ids.refundClaimUnsaved}`,
    base: () => ({ intent: "send" }),
    fields: {},
    empty: 400,
  },
  {
    route: "spesialist.refusjon.$claimId",
    role: "specialist",
    what: "decide on a refund claim (not sent, so nothing can change)",
    url: (ids) => `/spesialist/refusjon/${ids.refundClaimUnsaved}`,
    base: () => ({ intent: "decide", decision: "return", reason: "Lønnen mangler." }),
    fields: { decision: "choice", reason: "optionalText" },
    otherUrls: () => ["/spesialist/refusjon/ikke-en-id", `/spesialist/refusjon/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "spesialist.refusjon.$claimId",
    role: "specialist",
    what: "extend a refund deadline",
    url: (ids) => `/spesialist/refusjon/${ids.refundClaim}`,
    base: () => ({ intent: "extend", extensionReason: "Arbeidsgiveren ventet på lønnsoppgjøret." }),
    fields: { extensionReason: "text" },
    empty: 400,
  },
  {
    route: "spesialist.kandidater.$id",
    role: "specialist2",
    what: "end a follow-up (no wrong value is a real reason, so it never ends)",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}`,
    base: () => ({ intent: "endFollowup", endReason: "moved", endedOn: inDays(0) }),
    fields: { endReason: "choice", endedOn: "date" },
    otherUrls: () => ["/spesialist/kandidater/ikke-en-id", `/spesialist/kandidater/${NO_SUCH_ID}`],
    empty: 400,
  },
  {
    route: "spesialist.kandidater.$id",
    role: "specialist2",
    what: "reopen a follow-up (never ended here, so nothing changes)",
    url: (ids) => `/spesialist/kandidater/${ids.harstadCandidate}`,
    base: () => ({ intent: "reopenFollowup" }),
    fields: {},
    empty: 302,
  },
];

// ---- The malformed forms of a row ------------------------------------------------------------

interface Case {
  label: string;
  url?: string;
  /** null: no body and no Content-Type at all. */
  body: Body | null;
}

const EMPTY_CASE = "every field empty";

function casesFor(row: Row, ids: Ids): Case[] {
  const base = row.base(ids);
  const names = Object.keys(row.fields);
  const control: Body = {};
  for (const key of ["intent", "step"]) {
    const value = base[key];
    if (value !== undefined) control[key] = value;
  }
  const fill = (value: string): Body => ({ ...control, ...Object.fromEntries(names.map((n) => [n, value])) });
  const cases: Case[] = [
    { label: "no body", body: null },
    { label: "empty form", body: {} },
    {
      label: "every field empty, intent and step too",
      body: { ...fill(""), intent: "", ...(row.steps ? { step: "" } : {}) },
    },
    { label: EMPTY_CASE, body: fill("") },
    ...unknownIntents.map((intent) => ({ label: `intent "${intent}"`, body: { ...fill(""), intent } })),
    { label: "every field 10 000 characters", body: fill(LONG) },
  ];
  if (row.sameValue !== false && names.length > 0) {
    if (row.steps) {
      // Each step checks its own fields (and the rules between them): junk on every step.
      row.steps.forEach((fields, step) => {
        if (fields.length === 0) return;
        for (const value of ["", ...junk, LONG]) {
          cases.push({
            label: `every field ${show(value)}, next on step ${step}`,
            body: { ...fill(value), step: String(step), intent: "next" },
          });
        }
      });
    } else {
      for (const value of junk) cases.push({ label: `every field "${value}"`, body: fill(value) });
    }
  }
  for (const [name, kind] of Object.entries(row.fields)) {
    const step = row.steps?.findIndex((fields) => fields.includes(name)) ?? -1;
    for (const value of wrongValues[kind]) {
      cases.push({
        label: `${name} = ${show(value)}`,
        body: { ...base, ...(step >= 0 ? { step: String(step), intent: "next" } : {}), [name]: value },
      });
    }
  }
  // Fields of one kind together (a start and an end date, the two hour limits): rules between
  // fields only run when each of them is at least a string.
  const groups = new Map<string, string[]>();
  for (const [name, kind] of Object.entries(row.fields)) {
    const step = row.steps?.findIndex((fields) => fields.includes(name)) ?? -1;
    const key = `${kind}@${step}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const [kind, step] = key.split("@") as [Kind, string];
    for (const value of wrongValues[kind]) {
      const together = Object.fromEntries(group.map((n) => [n, value]));
      cases.push({
        label: `${group.join(" and ")} = ${show(value)}`,
        body: { ...base, ...(step !== "-1" ? { step, intent: "next" } : {}), ...together },
      });
    }
  }
  if (row.steps) {
    // Steps that do not exist, and jumps to them; on the valid form, so only the step is wrong.
    for (const step of ["-1", "99", "x", "1.5"]) {
      for (const intent of ["next", "back", "goto:99", "goto:-1", "goto:x"]) {
        cases.push({ label: `step ${step}, intent ${intent}`, body: { ...base, step, intent } });
      }
    }
    // Junk everywhere, sent back a step (no validation: the page must still draw it) and submitted.
    for (const value of [...junk, LONG]) {
      cases.push({
        label: `every field ${show(value)}, back from step 2`,
        body: { ...fill(value), step: "2", intent: "back" },
      });
      cases.push({
        label: `every field ${show(value)}, submit`,
        body: { ...fill(value), step: "1", intent: "submit" },
      });
    }
  }
  for (const url of row.otherUrls?.(ids) ?? []) cases.push({ label: `empty form to ${show(url)}`, url, body: {} });
  return cases;
}

function show(value: string): string {
  const shown = value.length > 200 ? `${value.slice(0, 20)}…(${value.length} characters)` : value;
  return JSON.stringify(shown);
}

function describeBody(body: Body | null): string {
  if (body === null) return "(no body)";
  return JSON.stringify(body, (_key, value) =>
    typeof value === "string" && value.length > 80 ? `${value.slice(0, 10)}…×${value.length}` : value,
  );
}

// ---- Posting from the portal, and what an answer must not be ----------------------------------

async function post(client: APIRequestContext, baseURL: string, url: string, body: Body | null): Promise<Answer> {
  // What a browser on the portal sends with a form: the CSRF check lets it through.
  const headers: Record<string, string> = { Origin: baseURL, "Sec-Fetch-Site": "same-origin" };
  let data: string | undefined;
  if (body) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(body)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    }
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    data = form.toString();
  }
  return answerTo(() => client.post(url, { headers, data, maxRedirects: 0, timeout: 15_000 }));
}

function postProblem(answer: Answer, role: Role): string | null {
  if (!("error" in answer) && answer.status === 403) {
    return `refused (403${answer.text.includes("ikke kom fra Arbeidsbro") ? ", as cross-site" : ""}): the case proved nothing`;
  }
  return problemWith(answer, role !== "anonymous");
}

// ---- Signed-in users and the data the rows work on (once per worker) --------------------------

interface World {
  ids: Ids;
  clients: Map<DemoKey, APIRequestContext>;
}

let world: Promise<World> | undefined;

/** Posts a valid form that makes something; its answer must be `status` (the address it sends to, for a redirect). */
async function make(
  client: APIRequestContext,
  baseURL: string,
  url: string,
  body: Body,
  status: number,
): Promise<string> {
  const answer = await post(client, baseURL, url, body);
  if ("error" in answer || answer.status !== status) {
    throw new Error(
      `setting up: POST ${url} answered ${"error" in answer ? answer.error : answer.status}, not ${status}`,
    );
  }
  return answer.location;
}
/** The last id in an address (`/arbeidsgiver/<org>/jobber/<job>` → the job). */
const idIn = (location: string) =>
  location.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)?.at(-1) ?? "";

async function setUp(baseURL: string): Promise<World> {
  const clients = new Map<DemoKey, APIRequestContext>();
  for (const key of ["employer", "employer2", "specialist", "specialist2", "candidate", "admin"] as const) {
    clients.set(key, await signedInRequest(baseURL, key));
  }
  const as = (key: DemoKey) => clients.get(key) as APIRequestContext;
  const orgA = await organisationOf(demoUsers.employer.email);
  const orgB = await organisationOf(demoUsers.employer2.email);
  const harstadOffice = (await queryOneE2e<{ id: string }>("select id from nav_offices where name = 'NAV Harstad'")).id;
  const hired = await queryOneE2e<{ id: string; candidate_id: string }>(
    "select id, candidate_id from proposals where organisation_id = $1 and status = 'hired' order by created_at limit 1",
    [orgA],
  );
  const openJob = (
    await queryOneE2e<{ id: string }>("select id from carved_jobs where status = 'open' order by created_at limit 1")
  ).id;
  const submittedApplication = (
    await queryOneE2e<{ id: string }>(
      "select id from grant_applications where organisation_id = $1 and status = 'submitted' order by created_at limit 1",
      [orgA],
    )
  ).id;

  // Harstad Hotell AS: a task need through the guided form, and a draft job carved from it (not published, so in no search).
  await make(
    as("employer2"),
    baseURL,
    `/arbeidsgiver/${orgB}/oppgaver/ny`,
    { ...taskForm(), step: "4", intent: "submit" },
    302,
  );
  const taskB = (
    await queryOneE2e<{ id: string }>("select id from task_needs where organisation_id = $1 and title = $2", [
      orgB,
      taskForm().title,
    ])
  ).id;
  const jobB = idIn(
    await make(
      as("employer2"),
      baseURL,
      `/arbeidsgiver/${orgB}/jobber/ny`,
      { ...jobForm(taskB), step: "3", intent: "submit:draft" },
      302,
    ),
  );
  const invitee = `ny-${marker}@example.no`;
  await make(
    as("employer2"),
    baseURL,
    `/arbeidsgiver/${orgB}`,
    { intent: "invite", email: invitee, role: "member" },
    200,
  );
  const mail = await queryOneE2e<{ body: string }>("select body from mail_outbox where to_address = $1", [invitee]);
  const invitationToken = mail.body.match(/\/invitasjon\/([\w-]+)/)?.[1] ?? "";

  // An open registration for a new organisation, by a visitor who is not signed in.
  const visitor = await playwrightRequest.newContext({ baseURL });
  const registrant = `registrering-${marker}@example.no`;
  await make(
    visitor,
    baseURL,
    "/registrer",
    {
      name: "Ny Registrant",
      email: registrant,
      orgNumber: "889640782",
      orgName: "Registrant AS",
      municipalityNumber: "5501",
    },
    302,
  );
  await visitor.dispose();
  const registrationMail = await queryOneE2e<{ body: string }>("select body from mail_outbox where to_address = $1", [
    registrant,
  ]);
  const registrationToken = registrationMail.body.match(/\/registrer\/bekreft\/([\w-]+)/)?.[1] ?? "";

  // Two drafts for the demo hire, for the guided grant forms.
  const grants = `/arbeidsgiver/${orgA}/tilskudd`;
  const mentorDraft = idIn(await make(as("employer"), baseURL, grants, { kind: "mentor", proposalId: hired.id }, 302));
  const inclusionDraft = idIn(
    await make(as("employer"), baseURL, grants, { kind: "inclusion", proposalId: hired.id }, 302),
  );

  const wageDraft = idIn(await make(as("employer"), baseURL, grants, { kind: "wage", proposalId: hired.id }, 302));

  // NAV Harstad: a candidate without consents.
  const harstadCandidate = idIn(
    await make(as("specialist2"), baseURL, "/spesialist/kandidater/ny", candidateForm(), 302),
  );

  // Two open refund claims of Polarkjøkken AS, for this spec alone.
  const refundClaim = (await makeReadyClaim(orgA)).claimId;
  const refundClaimUnsaved = (await makeReadyClaim(orgA)).claimId;

  const ids: Ids = {
    orgA,
    orgB,
    harstadOffice,
    hiredProposal: hired.id,
    hiredCandidate: hired.candidate_id,
    openJob,
    submittedApplication,
    mentorDraft,
    inclusionDraft,
    wageDraft,
    taskB,
    jobB,
    invitationToken,
    registrationToken,
    harstadCandidate,
    refundClaim,
    refundClaimUnsaved,
  };
  for (const [name, value] of Object.entries(ids)) {
    if (!value) throw new Error(`setting up: no ${name}`);
  }
  return { ids, clients };
}

test.afterAll(async () => {
  if (!world) return;
  const { clients } = await world.catch(() => ({ clients: new Map<DemoKey, APIRequestContext>() }));
  for (const client of clients.values()) await client.dispose();
  world = undefined;
});

// ---- The tests -------------------------------------------------------------------------------

test("every route with an action has rows in the table", () => {
  expect([...new Set(rows.map((r) => r.route))].sort()).toEqual(routeFiles("action"));
});

for (const row of rows) {
  test(`${row.route} as ${row.role}: ${row.what}`, async ({ baseURL }) => {
    const origin = baseURL ?? "";
    world ??= setUp(origin);
    const { ids, clients } = await world;
    // Anonymous rows get a fresh cookie jar each, so one row's sign-in cannot leak into the next.
    const anonymous = row.role === "anonymous" ? await playwrightRequest.newContext({ baseURL: origin }) : undefined;
    const client = anonymous ?? clients.get(row.role as DemoKey);
    if (!client) throw new Error(`no client for ${row.role}`);

    const cases = casesFor(row, ids);
    const failures: string[] = [];
    for (const c of cases) {
      const url = c.url ?? row.url(ids);
      const answer = await post(client, origin, url, c.body);
      const problem = postProblem(answer, row.role);
      if (problem) failures.push(`${c.label}: POST ${show(url)} ${describeBody(c.body)} → ${problem}`);
      else if (c.label === EMPTY_CASE && "status" in answer && answer.status !== row.empty) {
        failures.push(`${c.label}: expected ${row.empty} (the action, reached as ${row.role}), got ${answer.status}`);
      }
    }
    await anonymous?.dispose();
    expect(cases.length).toBeGreaterThan(5);
    expect(failures, `${failures.length} of ${cases.length} malformed posts went wrong`).toEqual([]);
  });
}
