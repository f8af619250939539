// The retention job: carries out what app/domain/retention.ts decides, for every rule, in one
// run. Each warning is recorded in retention_notices (and each message has a dedupe key), and each
// action only touches rows still in the state it changes, so running the job twice changes nothing
// more. The audit trail is never touched (it outlives what it names).
import { type Kysely, type Transaction, sql } from "kysely";
import { todayInOslo } from "../../app/domain/dates";
import { type RetentionRuleId, retentionStep, ruleById } from "../../app/domain/retention";
import { notifyCandidate, publicOrigin } from "../../app/notifications";
import * as texts from "../../app/texts";
import { enqueueIndex } from "../outbox";
import type { Database } from "../schema";
import { appendAudit } from "./audit";
import { enqueueJobWithTasks } from "./jobs";
import { activeMemberIds, notify } from "./matching";
import { expireShareRequests } from "./sharing";

type Db = Kysely<Database>;

export interface RetentionSummary {
  expiredRequests: number;
  identityWithdrawn: number;
  profilesWarned: number;
  profilesAnonymised: number;
  postingsWarned: number;
  postingsUnpublished: number;
  draftsWarned: number;
  draftsDeleted: number;
  /** People told that consents of theirs expire within 30 days (one message each). */
  consentsExpiringNotified: number;
}

/** The Oslo calendar date of a timestamp. */
const osloDate = (column: string) =>
  sql<string>`to_char((${sql.ref(column)} at time zone 'Europe/Oslo')::date, 'YYYY-MM-DD')`;

/**
 * The warnings already sent in this round: those sent after the thing was last active (`sinceAt`,
 * a timestamp, so that on the day of a new activity a warning from the round before, sent earlier
 * that day, no longer counts). Returned by stage, with the Oslo date each was sent on.
 */
async function warningsOf(db: Db, rule: RetentionRuleId, subjectId: string, sinceAt: Date) {
  const rows = await db
    .selectFrom("retention_notices")
    .select(["stage", osloDate("sent_at").as("sent_on")])
    .where("rule", "=", rule)
    .where("subject_id", "=", subjectId)
    .where("stage", "like", "warn-%")
    .where("sent_at", ">", sinceAt)
    .execute();
  return Object.fromEntries(rows.map((r) => [Number(r.stage.slice(5)), r.sent_on])) as Record<number, string>;
}

/** Not a retention rule, but told of once the same way: a consent about to expire. */
const EXPIRING_CONSENT = "consent-expiring";

async function recordNotice(
  db: Db | Transaction<Database>,
  rule: RetentionRuleId | typeof EXPIRING_CONSENT,
  subjectId: string,
  stage: string,
  now: Date,
) {
  await db
    .insertInto("retention_notices")
    .values({ rule, subject_id: subjectId, stage, sent_at: now })
    .onConflict((oc) => oc.columns(["rule", "subject_id", "stage"]).doUpdateSet({ sent_at: now }))
    .execute();
}

function formatIsoDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}.${m}.${y}`;
}

/** Rule 1: identity shared with an employer is withdrawn 182 days after the proposal ended without a hire. */
async function withdrawOldIdentityShares(db: Db, today: string, now: Date): Promise<number> {
  const rule = ruleById("identity-share");
  const rows = await db
    .selectFrom("consents as c")
    .innerJoin("proposals as p", (j) =>
      j.onRef("p.candidate_id", "=", "c.candidate_id").onRef("p.organisation_id", "=", "c.organisation_id"),
    )
    .select(["c.id", "c.candidate_id", "c.organisation_id"])
    .select(
      sql<string>`max(to_char((coalesce(p.closed_at, p.updated_at) at time zone 'Europe/Oslo')::date, 'YYYY-MM-DD'))`.as(
        "ended_on",
      ),
    )
    .where("c.scope", "=", "identity_share")
    .where("c.withdrawn_at", "is", null)
    .groupBy(["c.id", "c.candidate_id", "c.organisation_id"])
    // Every proposal between them has ended, and none of them was a hire.
    .having(sql<boolean>`bool_and(p.status in ('declined', 'withdrawn', 'ended') and p.hire_start is null)`)
    .execute();
  let count = 0;
  for (const row of rows) {
    if (retentionStep(rule, row.ended_on, today).kind !== "act") continue;
    const done = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("consents")
        .set({ withdrawn_at: now, withdrawn_by: null })
        .where("id", "=", row.id)
        .where("withdrawn_at", "is", null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return false;
      await appendAudit(trx, {
        actor: { userId: null, role: "system" },
        action: "consent.changed",
        outcome: "allowed",
        subjectType: "candidate",
        subjectId: row.candidate_id,
        details: {
          scope: "identity_share",
          change: "withdrawn",
          rule: rule.number,
          organisationId: row.organisation_id,
        },
      });
      return true;
    });
    if (done) count++;
  }
  return count;
}

/** Rule 2: profiles with no activity for 548 days are warned (30 and 7 days ahead), then anonymised. */
async function handleInactiveProfiles(db: Db, today: string, now: Date) {
  const rule = ruleById("inactive-profile");
  const lastActiveAt = sql<Date>`greatest(
      c.updated_at, p.updated_at,
      (select max(x.updated_at) from proposals x where x.candidate_id = c.id),
      (select max(k.recorded_at) from consents k where k.candidate_id = c.id),
      (select max(r.answered_at) from share_requests r where r.candidate_id = c.id),
      (select max(s.last_seen_at) from sessions s where s.user_id = c.user_id)
    )`;
  // Only those near or past the limit are looked at (the earliest warning is 30 days ahead).
  const horizon = new Date(now.getTime() - (rule.limitDays - 31) * 86_400_000);
  const rows = await db
    .selectFrom("candidates as c")
    .innerJoin("candidate_profiles as p", "p.candidate_id", "c.id")
    .select(["c.id", "c.code", "c.specialist_id"])
    .select(lastActiveAt.as("sinceAt"))
    .where("c.anonymised_at", "is", null)
    .where(sql<boolean>`greatest(c.updated_at, p.updated_at) < ${horizon}`)
    .execute();
  let warned = 0;
  let anonymised = 0;
  for (const row of rows) {
    const since = todayInOslo(row.sinceAt); // the Oslo date of the last activity starts the count
    const step = retentionStep(rule, since, today, await warningsOf(db, rule.id, row.id, row.sinceAt));
    if (step.kind === "warn") {
      await db.transaction().execute(async (trx) => {
        await recordNotice(trx, rule.id, row.id, `warn-${step.daysBefore}`, now);
        await notifyCandidate(trx, row.id, "profile_retention", {
          dedupeKey: `retention:${rule.id}:${row.id}:${since}:${step.daysBefore}`,
        });
        if (row.specialist_id)
          await notify(trx, [row.specialist_id], {
            kind: "retention",
            text: texts.retention.warnProfileSpecialist(row.code, formatIsoDate(step.actOn)),
            link: `/spesialist/kandidater/${row.id}`,
            dedupeKey: `retention:${rule.id}:${row.id}:${since}:${step.daysBefore}`,
          });
      });
      warned++;
    } else if (step.kind === "act") {
      if (await anonymiseCandidate(db, row.id, now)) anonymised++;
    }
  }
  return { warned, anonymised };
}

/**
 * Free text tied to a candidate where someone may have written who they are (a note, a message, a
 * grant answer). Anonymisation replaces each piece of the identity found there; the rest stays.
 */
const freeTextOfCandidate: { table: string; columns: string[]; json?: boolean; where: "candidate" | "proposal" }[] = [
  { table: "proposals", columns: ["note", "answer_comment", "end_reason"], where: "candidate" },
  { table: "proposal_events", columns: ["note"], where: "proposal" },
  { table: "messages", columns: ["body"], where: "proposal" },
  { table: "check_ins", columns: ["summary", "employer_view"], where: "proposal" },
  { table: "follow_ups", columns: ["note"], where: "candidate" },
  { table: "job_events", columns: ["note"], where: "candidate" },
  { table: "stage_events", columns: ["reason"], where: "candidate" },
  { table: "consents", columns: ["on_behalf_reason"], where: "candidate" },
  { table: "share_requests", columns: ["on_behalf_reason"], where: "candidate" },
  { table: "grant_applications", columns: ["answers", "submitted", "comments"], json: true, where: "candidate" },
];

async function redactFreeText(trx: Transaction<Database>, candidateId: string, pieces: string[]): Promise<void> {
  const mask = texts.retention.anonymisedName;
  for (const target of freeTextOfCandidate) {
    const scope =
      target.where === "candidate"
        ? sql`candidate_id = ${candidateId}`
        : sql`proposal_id in (select id from proposals where candidate_id = ${candidateId})`;
    for (const column of target.columns) {
      for (const piece of pieces) {
        // Inside JSON a value is escaped as JSON: search and replace it in that form.
        const [find, put] = target.json
          ? [JSON.stringify(piece).slice(1, -1), JSON.stringify(mask).slice(1, -1)]
          : [piece, mask];
        const col = sql.ref(column);
        const value = target.json
          ? sql`replace(${col}::text, ${find}, ${put})::jsonb`
          : sql`replace(${col}, ${find}, ${put})`;
        await sql`update ${sql.table(target.table)} set ${col} = ${value}
          where ${scope} and strpos(${col}::text, ${find}) > 0`.execute(trx);
      }
    }
  }
}

/**
 * Anonymises a candidate: identity blanked (birth date to 1 January of the year), free text and
 * tags cleared (and the identity taken out of the notes about them), every consent withdrawn,
 * pending requests expired, the candidate's own account deleted (with its sessions and in-portal
 * notices, so the person can no longer sign in), messages and sign-in attempts to or from their
 * addresses deleted, and the profile taken out of search through the outbox, all in one
 * transaction. Audit rows stay (they name ids, not people, and are append-only).
 */
export async function anonymiseCandidate(db: Db, candidateId: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("candidates as c")
      .innerJoin("candidate_identities as i", "i.candidate_id", "c.id")
      .leftJoin("users as u", "u.id", "c.user_id")
      .select([
        "c.user_id",
        "i.name",
        "i.national_id",
        "i.phone",
        "i.email",
        "u.email as user_email",
        "u.name as user_name",
      ])
      .where("c.id", "=", candidateId)
      .where("c.anonymised_at", "is", null)
      .forUpdate("c")
      .executeTakeFirst();
    if (!before) return false;
    await trx
      .updateTable("candidates")
      .set({ anonymised_at: now, user_id: null, updated_at: now })
      .where("id", "=", candidateId)
      .execute();
    await trx
      .updateTable("candidate_identities")
      .set({
        name: texts.retention.anonymisedName,
        national_id: null,
        phone: null,
        email: null,
        address: null,
        birth_date: sql`make_date(extract(year from birth_date)::int, 1, 1)`,
      })
      .where("candidate_id", "=", candidateId)
      .execute();
    await trx
      .updateTable("candidate_profiles")
      .set({ summary: "", tags: [], updated_at: now })
      .where("candidate_id", "=", candidateId)
      .execute();
    await trx
      .updateTable("consents")
      .set({ withdrawn_at: now, withdrawn_by: null })
      .where("candidate_id", "=", candidateId)
      .where("withdrawn_at", "is", null)
      .execute();
    await trx
      .updateTable("share_requests")
      .set({ status: "expired" })
      .where("candidate_id", "=", candidateId)
      .where("status", "=", "pending")
      .execute();
    const emails = [...new Set([before.email, before.user_email].filter((e): e is string => !!e))];
    const addresses = [...emails, ...(before.phone ? [before.phone] : [])];
    if (addresses.length) await trx.deleteFrom("mail_outbox").where("to_address", "in", addresses).execute();
    if (emails.length)
      await trx
        .deleteFrom("sign_in_attempts")
        .where(
          sql<string>`lower(email)`,
          "in",
          emails.map((e) => e.toLowerCase()),
        )
        .execute();
    if (before.user_id) {
      // The candidate's own account: gone, and with it (on delete cascade) its sessions and notices.
      await trx.deleteFrom("sessions").where("user_id", "=", before.user_id).execute();
      await trx.deleteFrom("users").where("id", "=", before.user_id).where("role", "=", "candidate").execute();
    }
    const pieces = [before.name, before.user_name, before.national_id, before.phone, ...emails].filter(
      (p): p is string => !!p && p.trim().length >= 3,
    );
    await redactFreeText(trx, candidateId, [...new Set(pieces)]);
    await enqueueIndex(trx, "candidate", candidateId);
    await appendAudit(trx, {
      actor: { userId: null, role: "system" },
      action: "retention.anonymised",
      outcome: "allowed",
      subjectType: "candidate",
      subjectId: candidateId,
      details: { rule: ruleById("inactive-profile").number },
    });
    return true;
  });
}

/** Rule 3: open task needs and jobs not updated for 91 days are unpublished, 14 days after a warning. */
async function handleStalePostings(db: Db, today: string, now: Date) {
  const rule = ruleById("stale-posting");
  const horizon = new Date(now.getTime() - (rule.limitDays - 15) * 86_400_000);
  const tasks = await db
    .selectFrom("task_needs")
    .select(["id", "organisation_id", "title", osloDate("updated_at").as("since")])
    .select("updated_at as sinceAt")
    .select(sql<"task">`'task'`.as("kind"))
    .where("status", "=", "open")
    .where("updated_at", "<", horizon)
    .execute();
  const jobs = await db
    .selectFrom("carved_jobs")
    .select(["id", "organisation_id", "title", osloDate("updated_at").as("since")])
    .select("updated_at as sinceAt")
    .select(sql<"job">`'job'`.as("kind"))
    .where("status", "=", "open")
    .where("updated_at", "<", horizon)
    .execute();
  let warned = 0;
  let unpublished = 0;
  for (const row of [...tasks, ...jobs]) {
    const step = retentionStep(rule, row.since, today, await warningsOf(db, rule.id, row.id, row.sinceAt));
    const link = `${publicOrigin()}/arbeidsgiver/${row.organisation_id}/${row.kind === "task" ? "oppgaver" : "jobber"}/${row.id}`;
    if (step.kind === "warn") {
      await db.transaction().execute(async (trx) => {
        await recordNotice(trx, rule.id, row.id, `warn-${step.daysBefore}`, now);
        const text = texts.retention.warnPosting(row.title, formatIsoDate(step.actOn));
        await notify(trx, await activeMemberIds(trx, row.organisation_id), {
          kind: "retention",
          text,
          link,
          mail: { subject: text, body: texts.proposal.mailBody(text, link) },
          dedupeKey: `retention:${rule.id}:${row.id}:${row.since}:${step.daysBefore}`,
        });
      });
      warned++;
    } else if (step.kind === "act") {
      const done = await db.transaction().execute(async (trx) => {
        const result =
          row.kind === "task"
            ? await trx
                .updateTable("task_needs")
                .set({ status: "closed", updated_at: now })
                .where("id", "=", row.id)
                .where("status", "=", "open")
                .executeTakeFirst()
            : await trx
                .updateTable("carved_jobs")
                .set({ status: "closed", updated_at: now })
                .where("id", "=", row.id)
                .where("status", "=", "open")
                .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        // A closed job gives its open tasks back to search: they are re-indexed with it.
        if (row.kind === "job") await enqueueJobWithTasks(trx, row.id);
        else await enqueueIndex(trx, "task", row.id);
        await recordNotice(trx, rule.id, row.id, "done", now);
        const text = texts.retention.unpublished(row.title);
        await notify(trx, await activeMemberIds(trx, row.organisation_id), { kind: "retention", text, link });
        return true;
      });
      if (done) unpublished++;
    }
  }
  return { warned, unpublished };
}

/** Rule 4: draft carved jobs and draft grant applications untouched for 30 days are deleted, 7 days after a warning. */
async function handleAbandonedDrafts(db: Db, today: string, now: Date) {
  const rule = ruleById("abandoned-draft");
  const horizon = new Date(now.getTime() - (rule.limitDays - 8) * 86_400_000);
  const jobs = await db
    .selectFrom("carved_jobs")
    .select(["id", "organisation_id", "title", "created_by", osloDate("updated_at").as("since")])
    .select("updated_at as sinceAt")
    .select(sql<"job">`'job'`.as("kind"))
    .where("status", "=", "draft")
    .where("updated_at", "<", horizon)
    .execute();
  const applications = await db
    .selectFrom("grant_applications")
    .select(["id", "organisation_id", "kind as title", "created_by", osloDate("updated_at").as("since")])
    .select("updated_at as sinceAt")
    .select(sql<"application">`'application'`.as("kind"))
    .where("status", "=", "draft")
    .where("updated_at", "<", horizon)
    .execute();
  let warned = 0;
  let deleted = 0;
  for (const row of [...jobs, ...applications]) {
    const title =
      row.kind === "application" ? texts.grants.kinds[row.title as keyof typeof texts.grants.kinds] : row.title;
    const step = retentionStep(rule, row.since, today, await warningsOf(db, rule.id, row.id, row.sinceAt));
    if (step.kind === "warn") {
      await db.transaction().execute(async (trx) => {
        await recordNotice(trx, rule.id, row.id, `warn-${step.daysBefore}`, now);
        const text = texts.retention.warnDraft(title, formatIsoDate(step.actOn));
        const link = `${publicOrigin()}/arbeidsgiver/${row.organisation_id}/${row.kind === "job" ? "jobber" : "tilskudd"}/${row.id}`;
        const to = row.created_by ? [row.created_by] : await activeMemberIds(trx, row.organisation_id);
        await notify(trx, to, {
          kind: "retention",
          text,
          link,
          mail: { subject: text, body: texts.proposal.mailBody(text, link) },
          dedupeKey: `retention:${rule.id}:${row.id}:${row.since}:${step.daysBefore}`,
        });
      });
      warned++;
    } else if (step.kind === "act") {
      const result =
        row.kind === "job"
          ? await db.deleteFrom("carved_jobs").where("id", "=", row.id).where("status", "=", "draft").executeTakeFirst()
          : await db
              .deleteFrom("grant_applications")
              .where("id", "=", row.id)
              .where("status", "=", "draft")
              .executeTakeFirst();
      if (result.numDeletedRows > 0n) deleted++;
    }
  }
  return { warned, deleted };
}

/**
 * Consents about to expire (within 30 days) tell the candidate: one message per person, counting
 * all their consents that are expiring and not yet told of, and each consent is told of once
 * (recorded in retention_notices in the same transaction as the message).
 */
async function remindExpiringConsents(db: Db, now: Date): Promise<number> {
  const rows = await db
    .selectFrom("consents as c")
    .innerJoin("candidates as k", "k.id", "c.candidate_id")
    .select(["c.id", "c.candidate_id"])
    .where("c.withdrawn_at", "is", null)
    .where("c.expires_at", ">", now)
    .where("c.expires_at", "<=", new Date(now.getTime() + 30 * 86_400_000))
    .where("k.anonymised_at", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("retention_notices as n")
            .select("n.subject_id")
            .where("n.rule", "=", EXPIRING_CONSENT)
            .whereRef("n.subject_id", "=", "c.id"),
        ),
      ),
    )
    // Told of before, one message per consent (until this was one per person): not again.
    .where(sql<boolean>`not exists (select 1 from mail_outbox m where m.dedupe_key = 'consent-expiring:' || c.id)`)
    .orderBy("c.id")
    .execute();
  const byCandidate = new Map<string, typeof rows>();
  for (const row of rows) byCandidate.set(row.candidate_id, [...(byCandidate.get(row.candidate_id) ?? []), row]);
  let sent = 0;
  for (const [candidateId, consents] of byCandidate) {
    const channel = await db.transaction().execute(async (trx) => {
      for (const c of consents) await recordNotice(trx, EXPIRING_CONSENT, c.id, "reminded", now);
      return notifyCandidate(trx, candidateId, "consent_expiring", {
        subject: texts.candidateNotices.consentsExpiring(consents.length),
        dedupeKey: `consent-expiring:${candidateId}:${consents.map((c) => c.id).join(",")}`,
      });
    });
    if (channel) sent++;
  }
  return sent;
}

/** One run of every rule (the nightly cron task; safe to run again at any time). */
export async function runRetention(db: Db, now = new Date()): Promise<RetentionSummary> {
  const today = todayInOslo(now);
  const expiredRequests = await expireShareRequests(db, now);
  const identityWithdrawn = await withdrawOldIdentityShares(db, today, now);
  const profiles = await handleInactiveProfiles(db, today, now);
  const postings = await handleStalePostings(db, today, now);
  const drafts = await handleAbandonedDrafts(db, today, now);
  const consentsExpiringNotified = await remindExpiringConsents(db, now);
  return {
    expiredRequests,
    identityWithdrawn,
    profilesWarned: profiles.warned,
    profilesAnonymised: profiles.anonymised,
    postingsWarned: postings.warned,
    postingsUnpublished: postings.unpublished,
    draftsWarned: drafts.warned,
    draftsDeleted: drafts.deleted,
    consentsExpiringNotified,
  };
}
