// After the hire, as the routes use it: a hire as the employer or the specialist sees it, the
// mentor handover (a pre-filled mentortilskudd application), job changes, and conversation
// messages with the privacy guard. Access is scoped in every repository call (organisation or
// office), so another organisation's or office's id finds nothing.
import type { AppLoadContext } from "@remix-run/node";
import type { SessionUser } from "~/auth/session.server";
import { todayInOslo } from "~/domain/dates";
import { formatDate, formatDateTime } from "~/format";
import { identityForEmployer, move } from "~/matching/proposals.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import {
  type JobChange,
  type Scope,
  addMessage,
  getHire,
  listCheckIns,
  listHireGrants,
  listJobEvents,
  listMessages,
  openCheckIns,
  recordJobChange,
} from "../../db/repositories/after-hire";
import { createApplication } from "../../db/repositories/grants";
import { activeMemberIds, hasIdentityConsent, listFollowUps } from "../../db/repositories/matching";
import { type FieldErrors, firstErrors, jobChangeSchema } from "./forms";
import { checkMessage } from "./messages";
import {
  checkInState,
  employerMayAddView,
  hireMentor,
  mentorPeriod,
  mentorSuggestion,
  nextMeeting,
  overdueCount,
  overdueCounts,
} from "./rules";

const t = texts.afterHire;

/**
 * Does this employer have the candidate's consent to know who they are? The one place the
 * after-hire pages ask; it reads the existing repository function, so a change of how identity
 * consent is given changes it here too. (Names themselves come through identityForEmployer,
 * which asks the same function and audit-logs each look.)
 */
export function identityConsented(candidateId: string, organisationId: string): Promise<boolean> {
  return hasIdentityConsent(getDb(), candidateId, organisationId);
}

export type Hire = NonNullable<Awaited<ReturnType<typeof getHire>>>;

export function hireFor(scope: Scope, id: string) {
  return getHire(getDb(), id, scope);
}

/** Everything the hire pages show, for both sides (the employer's identity is added by the route). */
export async function hireDetails(hire: Hire, today = todayInOslo()) {
  const db = getDb();
  const active = hire.status === "hired";
  const [checkIns, followUps, events, grants] = await Promise.all([
    listCheckIns(db, hire.id),
    listFollowUps(db, hire.candidate_id),
    listJobEvents(db, hire.id),
    listHireGrants(db, hire.id),
  ]);
  const plan = followUps
    .filter((f) => f.proposal_id === hire.id)
    .map((f) => ({
      id: f.id,
      dueDate: f.due_date,
      date: formatDate(f.due_date),
      withWhom: t.withWhom[f.with_whom] ?? f.with_whom,
      place: t.place[f.place] ?? f.place,
      done: Boolean(f.done_at),
      state: checkInState(f.due_date, Boolean(f.done_at), today),
      // This contact is one of the check-ins (same date, done together).
      isCheckIn: f.check_in_id !== null,
    }));
  const checks = checkIns.map((c) => ({
    id: c.id,
    monthsAfter: c.months_after,
    dueDate: c.due_date,
    date: formatDate(c.due_date),
    done: Boolean(c.done_at),
    state: checkInState(c.due_date, Boolean(c.done_at), today),
    employerView: c.employer_view,
    employerViewBy: c.employer_view_by_name,
    summary: c.summary,
    doneBy: c.done_by_name,
    employerMayAddView: employerMayAddView(Boolean(c.done_at), active),
  }));
  const mentorApplication = grants.filter((g) => g.kind === "mentor").at(-1) ?? null;
  const next = nextMeeting([...(active ? plan : []), ...(active ? checks : [])]);
  return {
    id: hire.id,
    candidateId: hire.candidate_id,
    code: hire.code,
    jobTitle: hire.job_title,
    active,
    start: hire.hire_start ? formatDate(hire.hire_start) : "",
    form: hire.hire_form ? (t.forms[hire.hire_form] ?? hire.hire_form) : "",
    hireForm: hire.hire_form,
    hours: hire.hire_hours ?? "",
    mentorStatus: hireMentor({
      namedAtHire: hire.mentor_name,
      namedInJob: hire.job_mentor_name,
      mentorGrantStatuses: grants.filter((g) => g.kind === "mentor").map((g) => g.status),
    }),
    taperingOn: hire.tapering_at ? todayInOslo(hire.tapering_at) : null,
    openToAnotherJob: hire.open_to_another_job,
    organisationName: hire.organisation_name,
    specialist: {
      name: hire.specialist_name,
      email: hire.specialist_email,
      office: hire.office_name,
    },
    plan,
    checkIns: checks,
    // The same count as the lists and the navigation: overdue check-ins (a plan contact that is a
    // check-in is done with it; the others show their own state in the plan).
    overdue: overdueCount(checks, today, active),
    nextMeeting: next ? formatDate(next.dueDate) : null,
    events: events.map((e) => ({
      id: String(e.id),
      kind: e.kind,
      label: t.eventKinds[e.kind] ?? e.kind,
      detail:
        e.kind === "hours_changed" && e.hours_before && e.hours_after
          ? t.eventHours(e.hours_before, e.hours_after)
          : e.kind === "ended" && e.end_reason
            ? (t.endReasons[e.end_reason] ?? e.end_reason)
            : "",
      date: formatDate(e.effective_date),
      by: e.by_name ?? texts.conversation.from[e.by_role] ?? e.by_role,
    })),
    grants: grants.map((g) => ({
      id: g.id,
      kind: texts.grants.kinds[g.kind],
      status: texts.grants.statuses[g.status],
    })),
    mentorApplicationId: mentorApplication?.id ?? null,
    mentor: mentorSuggestion({
      active,
      hireStart: hire.hire_start,
      taperingOn: hire.tapering_at ? todayInOslo(hire.tapering_at) : null,
      hasMentorApplication: mentorApplication !== null,
      today,
    }),
    hireStart: hire.hire_start,
  };
}

/** The employer's label for the person: the name after identity consent (audit-logged), else the code. */
export async function employerLabel(
  context: AppLoadContext,
  user: SessionUser,
  hire: { id: string; candidate_id: string; organisation_id: string; code: string },
) {
  const identity = await identityForEmployer(context, user, hire);
  return { label: identity ? `${identity.name} (${hire.code})` : hire.code, identity };
}

/** Overdue check-ins per hire still in work, of an organisation or an office (one query, one rule). */
export async function overdueByHire(scope: Scope, today = todayInOslo()): Promise<Map<string, number>> {
  return overdueCounts(await openCheckIns(getDb(), scope), today);
}

/**
 * The mentor handover: the hire's mentortilskudd application, pre-filled from the hire (the
 * contact person, the mentor named at hire, six months from the later of the start and today).
 * An existing one is reused, so a second click does not make a second application.
 */
export async function startMentorApplication(user: SessionUser, organisationId: string, hire: Hire): Promise<string> {
  const db = getDb();
  const existing = (await listHireGrants(db, hire.id)).filter((g) => g.kind === "mentor").at(-1);
  if (existing) return existing.id;
  const period = mentorPeriod(hire.hire_start, todayInOslo());
  // The mentor named at hire, or else the one the carved job names.
  const named = hireMentor({
    namedAtHire: hire.mentor_name,
    namedInJob: hire.job_mentor_name,
    mentorGrantStatuses: [],
  });
  const mentorName = named.has ? named.name : null;
  return createApplication(db, {
    kind: "mentor",
    organisationId,
    proposalId: hire.id,
    candidateId: hire.candidate_id,
    createdBy: user.id,
    answers: {
      contactName: user.name,
      contactEmail: user.email,
      ...(mentorName ? { mentorName } : {}),
      startDate: period.startDate,
      endDate: period.endDate,
      extended: "no",
    },
  });
}

// ---- Conversations ---------------------------------------------------------------------------

export async function conversationMessages(proposalId: string) {
  return (await listMessages(getDb(), proposalId)).map((m) => ({
    id: m.id,
    role: m.author_role,
    byline: texts.conversation.byline(
      m.author_name ?? texts.conversation.from[m.author_role] ?? "",
      texts.conversation.from[m.author_role] ?? "",
      formatDateTime(m.created_at),
    ),
    body: m.body,
  }));
}

export type SendResult = { ok: true } | { ok: false; message: string; confirmable: boolean };

/** Checks a message with the privacy guard and sends it, telling the other side (portal and mail). */
export async function sendMessage(
  user: SessionUser,
  role: "employer" | "specialist",
  conversation: {
    id: string;
    candidate_id: string;
    organisation_id: string;
    specialist_id: string | null;
    candidate_specialist_id: string | null;
    job_title: string;
  },
  body: string,
  confirmed: boolean,
  origin: string,
): Promise<SendResult> {
  const db = getDb();
  const identity = await db
    .selectFrom("candidate_identities")
    .select("name")
    .where("candidate_id", "=", conversation.candidate_id)
    .executeTakeFirst();
  const check = checkMessage(body, {
    candidateNames: identity ? [identity.name] : [],
    identityShared: await identityConsented(conversation.candidate_id, conversation.organisation_id),
    confirmed,
  });
  if (!check.ok) return check;
  const recipients =
    role === "employer"
      ? [conversation.specialist_id ?? conversation.candidate_specialist_id].filter((x): x is string => Boolean(x))
      : await activeMemberIds(db, conversation.organisation_id);
  const link =
    role === "employer"
      ? `${origin}/spesialist/samtaler/${conversation.id}`
      : `${origin}/arbeidsgiver/${conversation.organisation_id}/samtaler/${conversation.id}`;
  const text = texts.conversation.notify(conversation.job_title);
  await addMessage(db, { proposalId: conversation.id, authorId: user.id, role, body }, recipients, {
    kind: "message",
    text,
    link,
    mail: { subject: text, body: texts.conversation.mailBody(text, link) },
  });
  return { ok: true };
}

// ---- Job changes -----------------------------------------------------------------------------

/**
 * A job change from either side. A job end moves the match to "ended" (which tells the other
 * side and puts the candidate back in job finding); the others change the hire in place.
 * False when the change does not apply to the hire as it is now.
 */
export async function changeJob(
  user: SessionUser,
  role: "employer" | "specialist",
  hire: Hire,
  change: JobChange,
  origin: string,
): Promise<boolean> {
  if (change.kind === "ended")
    return move(
      user,
      role,
      { id: hire.id, code: hire.code, candidate_id: hire.candidate_id },
      "ended",
      { jobEnd: { reason: change.reason, date: change.date }, endReason: t.endReasons[change.reason] },
      origin,
    );
  return recordJobChange(getDb(), hire.id, change, { userId: user.id, role });
}

export type JobChangeAnswer =
  | { ok: true; location: string }
  | { ok: false; errors: FieldErrors; refused: string | null; status: 400 | 409 };

/**
 * Both hire pages' job change form: checked with zod (400 at the field), refused when it does not
 * apply to the hire as it is now (409), else done and back to the page (`base`) with a notice.
 */
export async function changeJobFromForm(
  user: SessionUser,
  role: "employer" | "specialist",
  hire: Hire,
  form: Record<string, unknown>,
  request: Request,
  base: string,
): Promise<JobChangeAnswer> {
  const parsed = jobChangeSchema(hire.hire_start).safeParse(form);
  if (!parsed.success) return { ok: false, errors: firstErrors(parsed.error), refused: null, status: 400 };
  if (!(await changeJob(user, role, hire, parsed.data, new URL(request.url).origin)))
    return { ok: false, errors: {}, refused: t.changeRefused, status: 409 };
  return { ok: true, location: `${base}?${parsed.data.kind === "ended" ? "avsluttet" : "endret"}=1` };
}
