// Proposals (a specialist brokers a candidate to an employer's job), their timestamped history,
// the candidate's EUSE stage history, follow-ups after hire and in-portal notifications. Every
// move is checked against app/matching/pipeline.ts inside the transaction that makes it.
import { type Kysely, type Transaction, sql } from "kysely";
import { checkHire, checkPlacement, linkPlanToCheckIns, planCheckIns } from "../../app/afterhire/rules";
import {
  type Actor,
  type ProposalStatus,
  checkMove,
  finalStatuses,
  planFollowUps,
  stageAfter,
} from "../../app/matching/pipeline";
import { formatDate } from "../../app/format";
import * as texts from "../../app/texts";
import { enqueueIndex } from "../outbox";
import type { Database, JobEndReason, Proposal } from "../schema";
import { sendMessage } from "../../app/notifications";

type Db = Kysely<Database> | Transaction<Database>;

export class ProposalExistsError extends Error {
  constructor() {
    super("The candidate already has a live proposal for this job");
  }
}

/** One active placement at a time: the candidate is in a job with another employer. */
export class PlacementRefusedError extends Error {
  constructor() {
    super("The candidate is in a job with another employer");
  }
}

export class MoveRefusedError extends Error {
  constructor(readonly reason: "not-allowed" | "wrong-actor" | "not-found") {
    super(`Proposal move refused: ${reason}`);
  }
}

export interface Notice {
  kind: string;
  text: string;
  link: string;
  mail?: { subject: string; body: string };
  dedupeKey?: string;
}

/** In-portal notifications (and, when given, an e-mail to the outbox) for each user. */
export async function notify(db: Db, userIds: string[], notice: Notice): Promise<void> {
  for (const userId of new Set(userIds)) {
    const inserted = await db
      .insertInto("notifications")
      .values({
        user_id: userId,
        kind: notice.kind,
        text: notice.text,
        link: notice.link,
        dedupe_key: notice.dedupeKey ? `${notice.dedupeKey}:${userId}` : null,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted || !notice.mail) continue;
    const user = await db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirst();
    if (user) await sendMessage(db, "email", { to: user.email, subject: notice.mail.subject, body: notice.mail.body });
  }
}

export async function activeMemberIds(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("organisation_members")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .execute();
  return rows.map((r) => r.user_id);
}

export async function listNotifications(db: Db, userId: string, limit = 20) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

export async function markNotificationsRead(db: Db, userId: string): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ read_at: sql`now()` })
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .execute();
}

/**
 * Moves the candidate's EUSE stage inside a transaction (the profile row locked) and records why:
 * "raise" never lowers it (a match's move), "set" goes to the stage asked for (a specialist's
 * change, a job end back to job finding). No change, no event.
 */
async function changeStage(
  trx: Transaction<Database>,
  candidateId: string,
  to: number,
  byUser: string | null,
  reason: string,
  mode: "raise" | "set",
): Promise<void> {
  const profile = await trx
    .selectFrom("candidate_profiles")
    .select("euse_stage")
    .where("candidate_id", "=", candidateId)
    .forUpdate()
    .executeTakeFirst();
  if (!profile || (mode === "raise" ? profile.euse_stage >= to : profile.euse_stage === to)) return;
  await trx
    .updateTable("candidate_profiles")
    .set({ euse_stage: to, updated_at: sql`now()` })
    .where("candidate_id", "=", candidateId)
    .execute();
  await trx
    .insertInto("stage_events")
    .values({ candidate_id: candidateId, from_stage: profile.euse_stage, to_stage: to, by_user: byUser, reason })
    .execute();
  await enqueueIndex(trx, "candidate", candidateId);
}

/** A specialist's own change of stage (e.g. back to job finding after a job ended), with a reason. */
export async function setStage(
  db: Kysely<Database>,
  candidateId: string,
  to: number,
  byUser: string,
  reason: string,
): Promise<void> {
  await db.transaction().execute((trx) => changeStage(trx, candidateId, to, byUser, reason, "set"));
}

export async function listStageEvents(db: Db, candidateId: string) {
  return db
    .selectFrom("stage_events as e")
    .leftJoin("users as u", "u.id", "e.by_user")
    .select(["e.from_stage", "e.to_stage", "e.reason", "e.at", "u.name as by_name"])
    .where("e.candidate_id", "=", candidateId)
    .orderBy("e.at", "desc")
    .orderBy("e.id", "desc")
    .execute();
}

export interface NewProposal {
  candidateId: string;
  organisationId: string;
  carvedJobId: string | null;
  taskNeedId: string | null;
  jobTitle: string;
  specialistId: string;
  note: string;
  fit: { score: number; fits: string[]; misfits: string[] };
}

/**
 * What the placement rule needs, with the candidate row locked so that two proposals or two hires
 * cannot both slip past it: the organisations of the candidate's hires not ended (but `except`,
 * the proposal being hired) and the specialist's "open to another job".
 */
async function lockPlacement(
  trx: Transaction<Database>,
  candidateId: string,
  targetOrganisationId: string,
  except?: string,
) {
  const candidate = await trx
    .selectFrom("candidates")
    .select("open_to_another_job")
    .where("id", "=", candidateId)
    .forUpdate()
    .executeTakeFirst();
  const hires = await trx
    .selectFrom("proposals")
    .select("organisation_id")
    .where("candidate_id", "=", candidateId)
    .where("status", "=", "hired")
    .$if(except !== undefined, (q) => q.where("id", "<>", except as string))
    .execute();
  return {
    targetOrganisationId,
    activeHireOrganisations: hires.map((h) => h.organisation_id),
    openToAnotherJob: candidate?.open_to_another_job ?? false,
  };
}

/** "Open to another job" is an exception for one more job: a hire uses it up, a job end clears it. */
async function clearOpenToAnotherJob(trx: Transaction<Database>, candidateId: string): Promise<void> {
  await trx
    .updateTable("candidates")
    .set({ open_to_another_job: false, updated_at: sql`now()` })
    .where("id", "=", candidateId)
    .where("open_to_another_job", "=", true)
    .execute();
}

export async function createProposal(
  db: Kysely<Database>,
  input: NewProposal,
  notice: (id: string) => Notice,
): Promise<string> {
  try {
    return await db.transaction().execute(async (trx) => {
      const placement = checkPlacement(await lockPlacement(trx, input.candidateId, input.organisationId));
      if (!placement.ok) throw new PlacementRefusedError();
      const { id } = await trx
        .insertInto("proposals")
        .values({
          candidate_id: input.candidateId,
          organisation_id: input.organisationId,
          carved_job_id: input.carvedJobId,
          task_need_id: input.taskNeedId,
          job_title: input.jobTitle,
          specialist_id: input.specialistId,
          note: input.note,
          fit_score: input.fit.score,
          fit_fits: input.fit.fits,
          fit_misfits: input.fit.misfits,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("proposal_events")
        .values({
          proposal_id: id,
          from_status: null,
          to_status: "proposed",
          by_user: input.specialistId,
          by_role: "specialist",
        })
        .execute();
      await changeStage(trx, input.candidateId, stageAfter("proposed", 1), input.specialistId, "proposal", "raise");
      await notify(trx, await activeMemberIds(trx, input.organisationId), notice(id));
      return id;
    });
  } catch (error) {
    if ((error as { constraint?: string }).constraint === "proposals_one_live_per_job") throw new ProposalExistsError();
    throw error;
  }
}

export interface MoveDetails {
  note?: string;
  answerReason?: string;
  answerComment?: string;
  hireForm?: "temporary" | "permanent";
  hireHours?: number;
  hireStart?: string;
  /** A workplace mentor named when the hire is registered. */
  mentorName?: string;
  endReason?: string;
  /** Ending a hire is a job end: a reason from the fixed list and the last day. */
  jobEnd?: { reason: JobEndReason; date: string };
}

/** Moves a proposal one step, if the rules allow it for this actor; returns the updated row. */
export async function moveProposal(
  db: Kysely<Database>,
  id: string,
  to: ProposalStatus,
  actor: { userId: string; role: Actor },
  details: MoveDetails,
  notice: (p: Proposal) => { to: "employer" | "specialist"; notice: Notice } | null,
): Promise<Proposal> {
  try {
    return await moveProposalIn(db, id, to, actor, details, notice);
  } catch (error) {
    // The index is the last guard of one placement at a time (the rule below refuses first).
    if ((error as { constraint?: string }).constraint === "proposals_one_active_placement")
      throw new PlacementRefusedError();
    throw error;
  }
}

async function moveProposalIn(
  db: Kysely<Database>,
  id: string,
  to: ProposalStatus,
  actor: { userId: string; role: Actor },
  details: MoveDetails,
  notice: (p: Proposal) => { to: "employer" | "specialist"; notice: Notice } | null,
): Promise<Proposal> {
  return db.transaction().execute(async (trx) => {
    const proposal = await trx.selectFrom("proposals").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!proposal) throw new MoveRefusedError("not-found");
    const check = checkMove(proposal.status, to, actor.role);
    if (!check.ok) throw new MoveRefusedError(check.reason);
    // A hire ends only as a job end (with a reason from the list), so the norms can count it.
    const endsJob = proposal.status === "hired" && to === "ended";
    if (endsJob && !details.jobEnd) throw new MoveRefusedError("not-allowed");
    // One active placement at a time, checked again at the hire: the candidate may have been
    // hired elsewhere since this proposal was made. Refused before anything is written.
    const hire =
      to === "hired"
        ? checkHire(await lockPlacement(trx, proposal.candidate_id, proposal.organisation_id, proposal.id))
        : null;
    if (hire && !hire.ok) throw new PlacementRefusedError();
    const updated = await trx
      .updateTable("proposals")
      .set({
        status: to,
        updated_at: sql`now()`,
        ...(to === "interested" || to === "declined"
          ? { answer_reason: details.answerReason ?? null, answer_comment: details.answerComment ?? null }
          : {}),
        ...(to === "hired"
          ? {
              hire_form: details.hireForm ?? null,
              hire_hours: details.hireHours ?? null,
              hire_start: details.hireStart ?? null,
              mentor_name: details.mentorName ?? null,
              extra_job: hire?.ok === true && hire.extraJob,
            }
          : {}),
        ...(to === "ended" ? { end_reason: details.endReason ?? null } : {}),
        ...(finalStatuses.includes(to) ? { closed_at: sql`now()` } : {}),
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const note = [details.answerReason, details.answerComment, details.endReason, details.note]
      .filter(Boolean)
      .join(" – ");
    await trx
      .insertInto("proposal_events")
      .values({
        proposal_id: id,
        from_status: proposal.status,
        to_status: to,
        by_user: actor.userId,
        by_role: actor.role,
        note,
      })
      .execute();
    await changeStage(trx, proposal.candidate_id, stageAfter(to, 1), actor.userId, to, "raise");
    // A closed proposal closes its pending share request: no yes can come after the employer's no.
    if (finalStatuses.includes(to))
      await trx
        .updateTable("share_requests")
        .set({ status: "closed" })
        .where("proposal_id", "=", id)
        .where("status", "=", "pending")
        .execute();
    if (endsJob && details.jobEnd) await endJobIn(trx, proposal, details.jobEnd, actor);
    if (to === "hired") await clearOpenToAnotherJob(trx, proposal.candidate_id);
    if (to === "hired" && details.hireStart) {
      // The check-ins and the follow-up plan; the plan's meetings with the employer at about 1, 3
      // and 6 months are those check-ins (linked, on the check-in's date, done together).
      const checkIns = planCheckIns(details.hireStart);
      const checkInIds = await trx
        .insertInto("check_ins")
        .values(checkIns.map((c) => ({ proposal_id: id, months_after: c.monthsAfter, due_date: c.dueDate })))
        .returning(["id", "months_after"])
        .execute();
      const checkInId = (index: number | null) =>
        index === null ? null : (checkInIds.find((k) => k.months_after === checkIns[index]?.monthsAfter)?.id ?? null);
      await trx
        .insertInto("follow_ups")
        .values(
          linkPlanToCheckIns(planFollowUps(details.hireStart), checkIns).map((f) => ({
            candidate_id: proposal.candidate_id,
            proposal_id: id,
            due_date: f.dueDate,
            with_whom: f.withWhom,
            place: f.place,
            check_in_id: checkInId(f.checkIn),
          })),
        )
        .execute();
      // A carved job is filled by the hire: it leaves search.
      if (proposal.carved_job_id) {
        await trx
          .updateTable("carved_jobs")
          .set({ status: "filled", updated_at: sql`now()` })
          .where("id", "=", proposal.carved_job_id)
          .where("status", "=", "open")
          .execute();
        await enqueueIndex(trx, "job", proposal.carved_job_id);
      }
    }
    const message = notice(updated);
    if (message) {
      const recipients =
        message.to === "employer"
          ? await activeMemberIds(trx, proposal.organisation_id)
          : proposal.specialist_id
            ? [proposal.specialist_id]
            : [];
      await notify(trx, recipients, message.notice);
    }
    return updated;
  });
}

/**
 * The consequences of a job end: a dated job event with its reason, the candidate back to job
 * finding (EUSE stage 3, the earlier stages kept in stage_events), and the plans that no longer
 * apply (contacts and check-ins not done, due after the last day) removed. Done ones stay.
 */
async function endJobIn(
  trx: Transaction<Database>,
  proposal: Proposal,
  end: { reason: JobEndReason; date: string },
  actor: { userId: string; role: Actor },
): Promise<void> {
  await trx
    .insertInto("job_events")
    .values({
      proposal_id: proposal.id,
      candidate_id: proposal.candidate_id,
      organisation_id: proposal.organisation_id,
      kind: "ended",
      effective_date: end.date,
      hours_before: proposal.hire_hours,
      end_reason: end.reason,
      by_user: actor.userId,
      by_role: actor.role,
    })
    .execute();
  await changeStage(trx, proposal.candidate_id, 3, actor.userId, "job_ended", "set");
  await clearOpenToAnotherJob(trx, proposal.candidate_id);
  await trx
    .deleteFrom("follow_ups")
    .where("proposal_id", "=", proposal.id)
    .where("done_at", "is", null)
    .where("due_date", ">", end.date)
    .execute();
  await trx
    .deleteFrom("check_ins")
    .where("proposal_id", "=", proposal.id)
    .where("done_at", "is", null)
    .where("due_date", ">", end.date)
    .execute();
}

export async function listProposalEvents(db: Db, proposalId: string) {
  return db
    .selectFrom("proposal_events as e")
    .leftJoin("users as u", "u.id", "e.by_user")
    .select(["e.from_status", "e.to_status", "e.by_role", "e.note", "e.at", "u.name as by_name"])
    .where("e.proposal_id", "=", proposalId)
    .orderBy("e.at")
    .orderBy("e.id")
    .execute();
}

const proposalColumns = [
  "p.id",
  "p.candidate_id",
  "p.organisation_id",
  "p.carved_job_id",
  "p.task_need_id",
  "p.job_title",
  "p.note",
  "p.fit_score",
  "p.fit_fits",
  "p.fit_misfits",
  "p.status",
  "p.answer_reason",
  "p.answer_comment",
  "p.hire_form",
  "p.hire_hours",
  "p.hire_start",
  "p.end_reason",
  "p.created_at",
  "p.updated_at",
  "p.specialist_id",
  "p.mentor_name",
  "p.tapering_at",
  "p.maybe_later",
  "p.closed_at",
] as const;

export async function listOrganisationProposals(db: Db, organisationId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select(proposalColumns)
    .select("c.code")
    .where("p.organisation_id", "=", organisationId)
    .orderBy(sql`case when p.status = 'proposed' then 0 else 1 end`)
    .orderBy("p.updated_at", "desc")
    .execute();
}

export async function getProposal(db: Db, id: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .leftJoin("users as s", "s.id", "p.specialist_id")
    .select(proposalColumns)
    .select([
      "c.code",
      "c.office_id",
      "o.name as organisation_name",
      "s.name as specialist_name",
      "s.email as specialist_email",
    ])
    .where("p.id", "=", id)
    .executeTakeFirst();
}

export async function listOfficeProposals(db: Db, officeId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .innerJoin("candidate_identities as i", "i.candidate_id", "c.id")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select(proposalColumns)
    .select(["c.code", "i.name", "o.name as organisation_name"])
    .where("c.office_id", "=", officeId)
    .orderBy("p.updated_at", "desc")
    .execute();
}

export async function listCandidateProposals(db: Db, candidateId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select(proposalColumns)
    .select("o.name as organisation_name")
    .where("p.candidate_id", "=", candidateId)
    .orderBy("p.updated_at", "desc")
    .execute();
}

// ---- Identity sharing ------------------------------------------------------------------------

/**
 * THE check: may this employer see who this candidate is? True only while an identity_share
 * consent for that organisation is live (given by the candidate's yes to a share request, see
 * db/repositories/sharing.ts, and not withdrawn, expired or removed by the retention job).
 * Every page that shows identity to an employer asks this function and nothing else.
 */
export async function hasIdentityConsent(
  db: Db,
  candidateId: string,
  organisationId: string,
  now = new Date(),
): Promise<boolean> {
  const row = await db
    .selectFrom("consents")
    .select("id")
    .where("candidate_id", "=", candidateId)
    .where("scope", "=", "identity_share")
    .where("organisation_id", "=", organisationId)
    .where("withdrawn_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Boolean(row);
}

/** The employer keeps a declined candidate in "maybe later" (by code only), or takes them out. */
export async function setMaybeLater(db: Db, organisationId: string, proposalId: string, on: boolean): Promise<boolean> {
  const result = await db
    .updateTable("proposals")
    .set({ maybe_later: on })
    .where("id", "=", proposalId)
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "declined")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ---- Follow-up -------------------------------------------------------------------------------

export async function listFollowUps(db: Db, candidateId: string) {
  return db.selectFrom("follow_ups").selectAll().where("candidate_id", "=", candidateId).orderBy("due_date").execute();
}

/** A plan contact is done; when it is a check-in, the check-in is recorded as done with it. */
export async function completeFollowUp(
  db: Kysely<Database>,
  candidateId: string,
  id: string,
  userId: string,
  note: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("follow_ups")
      .set({ done_at: sql`now()`, done_by: userId, note })
      .where("id", "=", id)
      .where("candidate_id", "=", candidateId)
      .where("done_at", "is", null)
      .returning("check_in_id")
      .executeTakeFirst();
    if (!done) return false;
    if (done.check_in_id)
      await trx
        .updateTable("check_ins")
        .set({ done_at: sql`now()`, done_by: userId, summary: note.trim() || null })
        .where("id", "=", done.check_in_id)
        .where("done_at", "is", null)
        .execute();
    return true;
  });
}

/** Follow-ups due today or earlier and not done, with the specialist who should act. */
export async function dueFollowUps(db: Db, today: string) {
  return db
    .selectFrom("follow_ups as f")
    .innerJoin("candidates as c", "c.id", "f.candidate_id")
    .select(["f.id", "f.candidate_id", "f.due_date", "c.code", "c.specialist_id"])
    .where("f.done_at", "is", null)
    .where("f.due_date", "<=", today)
    .execute();
}

/** The reminder job: each follow-up that has come due tells the candidate's specialist, once. */
export async function remindDueFollowUps(db: Kysely<Database>, today: string): Promise<number> {
  let sent = 0;
  for (const f of await dueFollowUps(db, today)) {
    if (!f.specialist_id) continue;
    await notify(db, [f.specialist_id], {
      kind: "follow_up",
      text: texts.proposal.notifyFollowUp(f.code, formatDate(f.due_date)),
      link: `/spesialist/kandidater/${f.candidate_id}`,
      dedupeKey: `followup:${f.id}`,
    });
    sent++;
  }
  return sent;
}
