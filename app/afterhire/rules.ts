// The rules after a hire, as plain functions: when the check-ins fall and when one is overdue,
// whether a candidate may be proposed while in a job (one active placement at a time), and when
// the portal suggests a workplace mentor (mentortilskudd). Dates are "YYYY-MM-DD" strings; the
// date arithmetic is the grants' (one implementation for the whole portal).
import { addDays, addMonths, daysInclusive } from "../grants/periods";

/** Check-ins fall this many calendar months after the start (the research asks about 3, 6 and 12). */
export const CHECK_IN_MONTHS = [1, 3, 6, 12] as const;

/** Days before a check-in from which it shows as "coming up" to both sides. */
export const CHECK_IN_SOON_DAYS = 14;

/** Without a tapering mark, the mentor is suggested this many months after the start. */
export const MENTOR_SUGGESTION_MONTHS = 3;

/** The same day `months` later, clamped to the month's end: 31 January + 1 → 28 (or 29) February. */
export const addMonthsClamped = addMonths;

export function planCheckIns(start: string): Array<{ monthsAfter: number; dueDate: string }> {
  return CHECK_IN_MONTHS.map((monthsAfter) => ({ monthsAfter, dueDate: addMonthsClamped(start, monthsAfter) }));
}

/** A plan contact this many days or fewer from a check-in is that check-in. */
export const CHECK_IN_LINK_DAYS = 7;

/**
 * Which of the follow-up plan's contacts are the check-ins (issue #17: check-ins fall on the
 * plan's dates): for each check-in, the contact with the employer (or both) nearest to it, within
 * CHECK_IN_LINK_DAYS. A linked contact takes the check-in's date, so both sides see one meeting on
 * one date, and the two are done together. `checkIn` is the index of the check-in, or null.
 */
export function linkPlanToCheckIns<P extends { dueDate: string; withWhom: string }>(
  plan: P[],
  checkIns: Array<{ dueDate: string }>,
): Array<P & { checkIn: number | null }> {
  const apart = (a: string, b: string) => Math.abs(daysInclusive(a, b) - 1);
  const linked: Array<P & { checkIn: number | null }> = plan.map((p) => ({ ...p, checkIn: null }));
  checkIns.forEach((c, index) => {
    const nearest = linked
      .filter(
        (p) => p.checkIn === null && p.withWhom !== "candidate" && apart(p.dueDate, c.dueDate) <= CHECK_IN_LINK_DAYS,
      )
      .sort((x, y) => apart(x.dueDate, c.dueDate) - apart(y.dueDate, c.dueDate))[0];
    if (nearest) Object.assign(nearest, { checkIn: index, dueDate: c.dueDate });
  });
  return linked;
}

export type CheckInState = "done" | "overdue" | "due" | "soon" | "later";

/**
 * Where a check-in stands today: done once recorded; due on its day; overdue from the day after
 * (a check-in on its own date is not late); "soon" within CHECK_IN_SOON_DAYS before it.
 */
export function checkInState(dueDate: string, done: boolean, today: string): CheckInState {
  if (done) return "done";
  if (dueDate < today) return "overdue";
  if (dueDate === today) return "due";
  return addDays(today, CHECK_IN_SOON_DAYS) >= dueDate ? "soon" : "later";
}

/** Overdue check-ins only count while the person is still in the job. */
export function overdueCount(
  checkIns: Array<{ dueDate: string; done: boolean }>,
  today: string,
  active: boolean,
): number {
  if (!active) return 0;
  return checkIns.filter((c) => checkInState(c.dueDate, c.done, today) === "overdue").length;
}

/** Overdue check-ins per hire, from the open check-ins of hires still in work (`openCheckIns`). */
export function overdueCounts(
  open: Array<{ proposal_id: string; due_date: string }>,
  today: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of open)
    if (checkInState(c.due_date, false, today) === "overdue")
      counts.set(c.proposal_id, (counts.get(c.proposal_id) ?? 0) + 1);
  return counts;
}

/** The employer may add their view until the specialist has recorded the check-in. */
export function employerMayAddView(done: boolean, active: boolean): boolean {
  return active && !done;
}

/** The next meeting: the earliest planned contact or check-in not yet done (an overdue one first). */
export function nextMeeting<T extends { dueDate: string; done: boolean }>(items: T[]): T | null {
  return items.filter((i) => !i.done).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null;
}

// ---- One active placement at a time ---------------------------------------------------------

export type PlacementCheck = { ok: true } | { ok: false; reason: "in-job"; organisationId: string };

/**
 * A candidate in a job (a hire not ended) is not proposed to another employer, unless their
 * specialist has marked them open to another job. The same employer may get another proposal
 * (more hours where they already work): they know about the placement.
 */
export function checkPlacement(input: {
  targetOrganisationId: string;
  activeHireOrganisations: string[];
  openToAnotherJob: boolean;
}): PlacementCheck {
  if (input.openToAnotherJob) return { ok: true };
  const other = input.activeHireOrganisations.find((o) => o !== input.targetOrganisationId);
  return other ? { ok: false, reason: "in-job", organisationId: other } : { ok: true };
}

export type HireCheck = { ok: true; extraJob: boolean } | { ok: false; reason: "in-job"; organisationId: string };

/**
 * The same rule when a proposal becomes a hire (`activeHireOrganisations` are the candidate's
 * other hires not ended). A hire made alongside another is an extra job: the database allows any
 * number of those but only one that is not (index proposals_one_active_placement).
 */
export function checkHire(input: Parameters<typeof checkPlacement>[0]): HireCheck {
  const placement = checkPlacement(input);
  return placement.ok ? { ok: true, extraJob: input.activeHireOrganisations.length > 0 } : placement;
}

// ---- Mentor handover --------------------------------------------------------------------------

export type MentorSuggestion =
  | { suggest: false; reason: "not-active" | "has-mentor" | "not-yet"; from: string | null }
  | { suggest: true; reason: "tapering" | "time"; from: string };

/**
 * When the portal suggests mentortilskudd to the employer: once the specialist marks follow-up as
 * tapering, or MENTOR_SUGGESTION_MONTHS after the start (on that day), whichever comes first; never
 * for a hire that has ended or already has a mentor application.
 */
export function mentorSuggestion(input: {
  active: boolean;
  hireStart: string | null;
  taperingOn: string | null;
  hasMentorApplication: boolean;
  today: string;
}): MentorSuggestion {
  const byTime = input.hireStart ? addMonthsClamped(input.hireStart, MENTOR_SUGGESTION_MONTHS) : null;
  if (!input.active) return { suggest: false, reason: "not-active", from: byTime };
  if (input.hasMentorApplication) return { suggest: false, reason: "has-mentor", from: byTime };
  if (input.taperingOn && input.taperingOn <= input.today)
    return { suggest: true, reason: "tapering", from: input.taperingOn };
  if (byTime && byTime <= input.today) return { suggest: true, reason: "time", from: byTime };
  return { suggest: false, reason: "not-yet", from: byTime };
}

export type HireMentor =
  | { has: false }
  | { has: true; name: string | null; namedIn: "hire" | "job" | null; grantApproved: boolean };

/**
 * Did the hire get a workplace mentor (what the norms count)? Yes when a mentortilskudd
 * application for it is approved, or a mentor is named: at hire, or else in the carved job the
 * person was hired into. An application not (yet) approved is not a mentor.
 */
export function hireMentor(input: {
  namedAtHire: string | null;
  namedInJob: string | null;
  mentorGrantStatuses: string[];
}): HireMentor {
  const atHire = input.namedAtHire?.trim() || null;
  const inJob = input.namedInJob?.trim() || null;
  const grantApproved = input.mentorGrantStatuses.includes("approved");
  if (!atHire && !inJob && !grantApproved) return { has: false };
  return { has: true, name: atHire ?? inJob, namedIn: atHire ? "hire" : inJob ? "job" : null, grantApproved };
}

/** A mentor period of six months from the later of the start and today (the grant's normal length). */
export function mentorPeriod(hireStart: string | null, today: string): { startDate: string; endDate: string } {
  const start = hireStart && hireStart > today ? hireStart : today;
  return { startDate: start, endDate: addDays(addMonthsClamped(start, 6), -1) };
}
