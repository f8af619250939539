// After the hire: the hires of an organisation or an office, their check-ins, job changes with
// dates (job_events, counted by the norms dashboard), the mentor cue, and the conversation between
// employer and specialist per proposal with unread counts. Rules are in app/afterhire/rules.ts.
import { type Kysely, type Transaction, sql } from "kysely";
import { checkInState } from "../../app/afterhire/rules";
import { formatDate } from "../../app/format";
import * as texts from "../../app/texts";
import type { Database, JobEndReason } from "../schema";
import { type Notice, notify } from "./matching";

type Db = Kysely<Database> | Transaction<Database>;

// ---- Hires ----------------------------------------------------------------------------------

const hireColumns = [
  "p.id",
  "p.candidate_id",
  "p.organisation_id",
  "p.job_title",
  "p.status",
  "p.hire_form",
  "p.hire_hours",
  "p.hire_start",
  "p.mentor_name",
  "p.tapering_at",
  "p.specialist_id",
  "p.updated_at",
] as const;

/** Hires (registered with a start date) of one organisation, the ones still in work first. */
export async function listOrganisationHires(db: Db, organisationId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select(hireColumns)
    .select("c.code")
    .where("p.organisation_id", "=", organisationId)
    .where("p.hire_start", "is not", null)
    .where("p.status", "in", ["hired", "ended"])
    .orderBy(sql`case when p.status = 'hired' then 0 else 1 end`)
    .orderBy("p.hire_start", "desc")
    .execute();
}

/** Hires of the candidates an office follows, with the candidate's name (the specialist may see it). */
export async function listOfficeHires(db: Db, officeId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .innerJoin("candidate_identities as i", "i.candidate_id", "c.id")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select(hireColumns)
    .select(["c.code", "i.name", "o.name as organisation_name"])
    .where("c.office_id", "=", officeId)
    .where("p.hire_start", "is not", null)
    .where("p.status", "in", ["hired", "ended"])
    .orderBy(sql`case when p.status = 'hired' then 0 else 1 end`)
    .orderBy("p.hire_start", "desc")
    .execute();
}

/** Whose a hire or a conversation is: an employer's organisation, or a specialist's office. */
export type Scope = { organisationId: string } | { officeId: string };

/** Hires with what the hire pages show: the specialist's contact details, the organisation's and office's names. */
function hireQuery(db: Db) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .leftJoin("users as s", "s.id", "p.specialist_id")
    .leftJoin("nav_offices as n", "n.id", "c.office_id")
    .leftJoin("carved_jobs as j", "j.id", "p.carved_job_id")
    .select(hireColumns)
    .select([
      "j.mentor_name as job_mentor_name",
      "c.code",
      "c.office_id",
      "c.open_to_another_job",
      "o.name as organisation_name",
      "s.name as specialist_name",
      "s.email as specialist_email",
      "n.name as office_name",
    ])
    .where("p.hire_start", "is not", null);
}

/** One hire, only within the scope (another organisation's or office's id finds nothing). */
export async function getHire(db: Db, id: string, scope: Scope) {
  return hireQuery(db)
    .where("p.id", "=", id)
    .where("p.status", "in", ["hired", "ended"])
    .where((eb) =>
      "organisationId" in scope
        ? eb("p.organisation_id", "=", scope.organisationId)
        : eb("c.office_id", "=", scope.officeId),
    )
    .executeTakeFirst();
}

/** The proposal a conversation belongs to, only within the scope. */
export async function getConversation(db: Db, id: string, scope: Scope) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select([
      "p.id",
      "p.candidate_id",
      "p.organisation_id",
      "p.specialist_id",
      "p.job_title",
      "p.status",
      "p.hire_start",
      "c.code",
      "c.office_id",
      "c.specialist_id as candidate_specialist_id",
      "o.name as organisation_name",
    ])
    .where("p.id", "=", id)
    .where((eb) =>
      "organisationId" in scope
        ? eb("p.organisation_id", "=", scope.organisationId)
        : eb("c.office_id", "=", scope.officeId),
    )
    .executeTakeFirst();
}

/** The active hires (not ended) of a candidate, as the hire pages read them: what the candidate's own page shows. */
export async function listCandidateHires(db: Db, candidateId: string) {
  return hireQuery(db)
    .where("p.candidate_id", "=", candidateId)
    .where("p.status", "=", "hired")
    .orderBy("p.hire_start", "desc")
    .execute();
}

export async function setOpenToAnotherJob(db: Db, candidateId: string, open: boolean): Promise<void> {
  await db
    .updateTable("candidates")
    .set({ open_to_another_job: open, updated_at: sql`now()` })
    .where("id", "=", candidateId)
    .execute();
}

/** The specialist marks follow-up as tapering (once): the cue for a workplace mentor. */
export async function markTapering(db: Db, proposalId: string): Promise<boolean> {
  const result = await db
    .updateTable("proposals")
    .set({ tapering_at: sql`now()` })
    .where("id", "=", proposalId)
    .where("status", "=", "hired")
    .where("tapering_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ---- Check-ins -------------------------------------------------------------------------------

export async function listCheckIns(db: Db, proposalId: string) {
  return db
    .selectFrom("check_ins as k")
    .leftJoin("users as s", "s.id", "k.done_by")
    .leftJoin("users as e", "e.id", "k.employer_view_by")
    .selectAll("k")
    .select(["s.name as done_by_name", "e.name as employer_view_by_name"])
    .where("k.proposal_id", "=", proposalId)
    .orderBy("k.due_date")
    .execute();
}

/**
 * The check-ins not yet recorded on the hires still in work of an organisation or an office: the
 * one query behind every overdue count (the navigation's and the lists'), which app/afterhire/rules.ts
 * overdueCount counts.
 */
export async function openCheckIns(db: Db, scope: Scope | "all") {
  return db
    .selectFrom("check_ins as k")
    .innerJoin("proposals as p", "p.id", "k.proposal_id")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select(["k.id", "k.proposal_id", "k.due_date", "p.organisation_id", "c.code", "c.specialist_id"])
    .where("k.done_at", "is", null)
    .where("p.status", "=", "hired")
    .$if(scope !== "all", (q) =>
      q.where((eb) =>
        typeof scope === "object" && "organisationId" in scope
          ? eb("p.organisation_id", "=", scope.organisationId)
          : eb("c.office_id", "=", (scope as { officeId: string }).officeId),
      ),
    )
    .execute();
}

/** The employer's view before a check-in: only while the job is on and the check-in not recorded. */
export async function addEmployerView(
  db: Db,
  organisationId: string,
  proposalId: string,
  checkInId: string,
  userId: string,
  view: string,
): Promise<boolean> {
  const result = await db
    .updateTable("check_ins")
    .set({ employer_view: view, employer_view_at: sql`now()`, employer_view_by: userId })
    .where("id", "=", checkInId)
    .where("proposal_id", "=", proposalId)
    .where("done_at", "is", null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("proposals")
          .select("id")
          .where("id", "=", proposalId)
          .where("organisation_id", "=", organisationId)
          .where("status", "=", "hired"),
      ),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The specialist records a check-in (once); the plan contact that is this check-in is done with it. */
export async function recordCheckIn(
  db: Kysely<Database>,
  proposalId: string,
  checkInId: string,
  userId: string,
  summary: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("check_ins")
      .set({ summary, done_at: sql`now()`, done_by: userId })
      .where("id", "=", checkInId)
      .where("proposal_id", "=", proposalId)
      .where("done_at", "is", null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await trx
      .updateTable("follow_ups")
      .set({ done_at: sql`now()`, done_by: userId, note: summary })
      .where("check_in_id", "=", checkInId)
      .where("done_at", "is", null)
      .execute();
    return true;
  });
}

// ---- Job changes -----------------------------------------------------------------------------

export type JobChange =
  | { kind: "hours_changed"; date: string; hours: number }
  | { kind: "made_permanent"; date: string }
  | { kind: "ended"; date: string; reason: JobEndReason };

/**
 * Hours changed or temporary → permanent, on a hire still in work: the hire row follows and a
 * dated event is written. Returns false when the change does not apply (job ended, already
 * permanent, the same hours). A job end goes through moveProposal (it also moves the match).
 */
export async function recordJobChange(
  db: Kysely<Database>,
  proposalId: string,
  change: Exclude<JobChange, { kind: "ended" }>,
  actor: { userId: string; role: "employer" | "specialist" },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const hire = await trx
      .selectFrom("proposals")
      .selectAll()
      .where("id", "=", proposalId)
      .where("status", "=", "hired")
      .forUpdate()
      .executeTakeFirst();
    if (!hire) return false;
    if (change.kind === "made_permanent" && hire.hire_form === "permanent") return false;
    if (change.kind === "hours_changed" && Number(hire.hire_hours) === change.hours) return false;
    await trx
      .updateTable("proposals")
      .set(
        change.kind === "made_permanent"
          ? { hire_form: "permanent", updated_at: sql`now()` }
          : { hire_hours: change.hours, updated_at: sql`now()` },
      )
      .where("id", "=", proposalId)
      .execute();
    await trx
      .insertInto("job_events")
      .values({
        proposal_id: proposalId,
        candidate_id: hire.candidate_id,
        organisation_id: hire.organisation_id,
        kind: change.kind,
        effective_date: change.date,
        hours_before: hire.hire_hours,
        hours_after: change.kind === "hours_changed" ? change.hours : hire.hire_hours,
        by_user: actor.userId,
        by_role: actor.role,
      })
      .execute();
    return true;
  });
}

export async function listJobEvents(db: Db, proposalId: string) {
  return db
    .selectFrom("job_events as e")
    .leftJoin("users as u", "u.id", "e.by_user")
    .select([
      "e.id",
      "e.kind",
      "e.effective_date",
      "e.hours_before",
      "e.hours_after",
      "e.end_reason",
      "e.by_role",
      "e.at",
      "u.name as by_name",
    ])
    .where("e.proposal_id", "=", proposalId)
    .orderBy("e.effective_date")
    .orderBy("e.id")
    .execute();
}

// ---- Grants tied to the hire -------------------------------------------------------------------

export async function listHireGrants(db: Db, proposalId: string) {
  return db
    .selectFrom("grant_applications")
    .select(["id", "kind", "status", "updated_at"])
    .where("proposal_id", "=", proposalId)
    .orderBy("created_at")
    .execute();
}

// ---- Conversations ---------------------------------------------------------------------------

export async function listMessages(db: Db, proposalId: string) {
  return db
    .selectFrom("messages as m")
    .leftJoin("users as u", "u.id", "m.author_id")
    .select(["m.id", "m.author_role", "m.body", "m.created_at", "u.name as author_name"])
    .where("m.proposal_id", "=", proposalId)
    .orderBy("m.created_at")
    .orderBy("m.id")
    .execute();
}

/** A message, and a notice (in the portal and in the mail outbox) to the other side. */
export async function addMessage(
  db: Kysely<Database>,
  input: { proposalId: string; authorId: string; role: "employer" | "specialist"; body: string },
  recipients: string[],
  notice: Notice,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("messages")
      .values({ proposal_id: input.proposalId, author_id: input.authorId, author_role: input.role, body: input.body })
      .execute();
    await markConversationRead(trx, input.proposalId, input.authorId);
    await notify(
      trx,
      recipients.filter((r) => r !== input.authorId),
      notice,
    );
  });
}

export async function markConversationRead(db: Db, proposalId: string, userId: string): Promise<void> {
  await db
    .insertInto("message_reads")
    .values({ proposal_id: proposalId, user_id: userId })
    .onConflict((oc) => oc.columns(["proposal_id", "user_id"]).doUpdateSet({ read_at: sql`now()` }))
    .execute();
}

/** Messages from the other side this user has not seen, per proposal. */
function unreadQuery(db: Db, userId: string, otherRole: "employer" | "specialist") {
  return db
    .selectFrom("messages as m")
    .leftJoin("message_reads as r", (j) => j.onRef("r.proposal_id", "=", "m.proposal_id").on("r.user_id", "=", userId))
    .where("m.author_role", "=", otherRole)
    .where((eb) => eb.or([eb("r.read_at", "is", null), eb("m.created_at", ">", eb.ref("r.read_at"))]));
}

/** Unread messages per proposal of an organisation (for an employer who is a member of it). */
export async function unreadForOrganisations(db: Db, userId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return unreadQuery(db, userId, "specialist")
    .innerJoin("proposals as p", "p.id", "m.proposal_id")
    .select(["m.proposal_id", "p.organisation_id", sql<number>`count(*)::int`.as("unread")])
    .where("p.organisation_id", "in", organisationIds)
    .groupBy(["m.proposal_id", "p.organisation_id"])
    .execute();
}

/** Unread messages per proposal for a specialist: proposals of the candidates their office follows. */
export async function unreadForOffice(db: Db, userId: string, officeId: string) {
  return unreadQuery(db, userId, "employer")
    .innerJoin("proposals as p", "p.id", "m.proposal_id")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select(["m.proposal_id", sql<number>`count(*)::int`.as("unread")])
    .where("c.office_id", "=", officeId)
    .groupBy("m.proposal_id")
    .execute();
}

/** Conversations (proposals with at least one message) of an organisation, newest first. */
export async function listOrganisationConversations(db: Db, organisationId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select([
      "p.id",
      "p.candidate_id",
      "p.job_title",
      "p.status",
      "c.code",
      (eb) =>
        eb
          .selectFrom("messages as m")
          .select(sql<Date>`max(m.created_at)`.as("x"))
          .whereRef("m.proposal_id", "=", "p.id")
          .as("last_at"),
    ])
    .where("p.organisation_id", "=", organisationId)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom("messages as m").select("m.id").whereRef("m.proposal_id", "=", "p.id")),
    )
    .orderBy("last_at", "desc")
    .execute();
}

export async function listOfficeConversations(db: Db, officeId: string) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .innerJoin("candidate_identities as i", "i.candidate_id", "c.id")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select([
      "p.id",
      "p.job_title",
      "p.status",
      "c.code",
      "i.name",
      "o.name as organisation_name",
      (eb) =>
        eb
          .selectFrom("messages as m")
          .select(sql<Date>`max(m.created_at)`.as("x"))
          .whereRef("m.proposal_id", "=", "p.id")
          .as("last_at"),
    ])
    .where("c.office_id", "=", officeId)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom("messages as m").select("m.id").whereRef("m.proposal_id", "=", "p.id")),
    )
    .orderBy("last_at", "desc")
    .execute();
}

// ---- Overdue check-ins -------------------------------------------------------------------------

/**
 * The reminder job (daily): each check-in overdue (the rule of the pages, over the same query)
 * tells both sides once: the candidate's specialist and the employer's active members. The
 * employer's notice names the code, never the person. The members of all the organisations
 * concerned are read at once.
 */
export async function remindOverdueCheckIns(db: Kysely<Database>, today: string): Promise<number> {
  const overdue = (await openCheckIns(db, "all")).filter((k) => checkInState(k.due_date, false, today) === "overdue");
  if (overdue.length === 0) return 0;
  const members = await db
    .selectFrom("organisation_members")
    .select(["organisation_id", "user_id"])
    .where("organisation_id", "in", [...new Set(overdue.map((k) => k.organisation_id))])
    .where("status", "=", "active")
    .execute();
  for (const k of overdue) {
    const text = texts.afterHire.notifyOverdue(k.code, formatDate(k.due_date));
    const dedupeKey = `checkin:${k.id}`;
    await notify(
      db,
      members.filter((m) => m.organisation_id === k.organisation_id).map((m) => m.user_id),
      { kind: "check_in", text, link: `/arbeidsgiver/${k.organisation_id}/ansatte/${k.proposal_id}`, dedupeKey },
    );
    if (k.specialist_id)
      await notify(db, [k.specialist_id], {
        kind: "check_in",
        text,
        link: `/spesialist/ansettelser/${k.proposal_id}`,
        dedupeKey,
      });
  }
  return overdue.length;
}
