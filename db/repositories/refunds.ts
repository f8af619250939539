// Refusjon (issue 16, docs/decisions/015): claims per approved tilskuddsperiode, their history,
// the deadline job and the sums the overview and the 5 G cap need. The rules (deadlines, the
// window, the calculation) are in app/grants/refund.ts; every state change here is conditional on
// the state it comes from, so a double submit or a second run of the job changes nothing.
import { type Kysely, type Transaction, sql } from "kysely";
import { claimDeadline, reminderOn } from "../../app/grants/refund";
import { formatDate } from "../../app/format";
import * as texts from "../../app/texts";
import type { Database, RefundClaimEvent, RefundClaimState } from "../schema";
import { activeMemberIds, notify } from "./matching";

type Db = Kysely<Database> | Transaction<Database>;

const wageKindSql = sql<string | null>`coalesce(a.submitted->'answers'->>'wageKind', a.answers->>'wageKind')`;

/** A claim with its period and agreement, as the pages and the job read it. */
function claimQuery(db: Db) {
  return db
    .selectFrom("refund_claims as r")
    .innerJoin("grant_periods as gp", (j) =>
      j.onRef("gp.application_id", "=", "r.application_id").onRef("gp.seq", "=", "r.period_seq"),
    )
    .innerJoin("grant_applications as a", "a.id", "r.application_id")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .select([
      "r.id",
      "r.application_id",
      "r.period_seq",
      "r.kind",
      "r.state",
      "r.deadline",
      "r.absence_reported",
      "r.extended_at",
      "r.extension_reason",
      "r.form",
      "r.calculation",
      "r.claimed_kr",
      "r.paid_kr",
      "r.carried_in_kr",
      "r.carried_out_kr",
      "r.return_reason",
      "r.sent_at",
      "gp.start_date",
      "gp.end_date",
      "gp.percent",
      "gp.amount_ore",
      "a.organisation_id",
      "a.candidate_id",
      "a.answers",
      "a.submitted",
      "a.decided_percent",
      "c.code",
      "c.office_id",
      "o.name as organisation_name",
    ])
    .select(wageKindSql.as("wage_kind"));
}

export type RefundClaim = NonNullable<Awaited<ReturnType<typeof getClaim>>>;

export async function getClaim(db: Db, id: string) {
  return claimQuery(db).where("r.id", "=", id).executeTakeFirst();
}

export async function listOrganisationClaims(db: Db, organisationId: string) {
  return claimQuery(db)
    .where("a.organisation_id", "=", organisationId)
    .orderBy("a.created_at")
    .orderBy("r.period_seq")
    .execute();
}

/** Claims of candidates followed by an office: sent ones first (the queue), then ready, returned and expired ones. */
export async function listOfficeClaims(db: Db, officeId: string) {
  return claimQuery(db)
    .where("c.office_id", "=", officeId)
    .where("r.kind", "=", "wage")
    .where("r.state", "in", ["sent", "ready", "returned", "expired"])
    .orderBy("r.sent_at")
    .orderBy("r.deadline")
    .execute();
}

export async function claimHistory(db: Db, claimId: string) {
  return db
    .selectFrom("refund_claim_events as e")
    .leftJoin("users as u", "u.id", "e.actor_id")
    .select(["e.event", "e.reason", "e.at", "u.name as actor_name"])
    .where("e.claim_id", "=", claimId)
    .orderBy("e.at")
    .orderBy("e.id")
    .execute();
}

async function addEvent(db: Db, claimId: string, event: RefundClaimEvent, actorId: string | null, reason?: string) {
  await db
    .insertInto("refund_claim_events")
    // clock_timestamp: several events in one transaction keep their order.
    .values({ claim_id: claimId, event, actor_id: actorId, reason: reason ?? null, at: sql`clock_timestamp()` })
    .execute();
}

/** Employer counts for the navigation: wage claims they can send now (ready or sent back). */
export async function employerOpenClaims(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom("refund_claims as r")
    .innerJoin("grant_applications as a", "a.id", "r.application_id")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("a.organisation_id", "=", organisationId)
    .where("r.state", "in", ["ready", "returned"])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Specialist count: claims sent and waiting, for candidates followed by the office. */
export async function officeSentClaims(db: Db, officeId: string): Promise<number> {
  const row = await db
    .selectFrom("refund_claims as r")
    .innerJoin("grant_applications as a", "a.id", "r.application_id")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("c.office_id", "=", officeId)
    .where("r.state", "=", "sent")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Varig: refunds paid (or approved) this calendar year for the person, employer and kind, across
 * agreements, less the claim itself. What is left of 5 G is computed from this.
 */
export async function varigPaidInYear(
  db: Db,
  claim: { candidate_id: string; organisation_id: string; id: string },
  year: number,
): Promise<number> {
  const row = await db
    .selectFrom("refund_claims as r")
    .innerJoin("grant_periods as gp", (j) =>
      j.onRef("gp.application_id", "=", "r.application_id").onRef("gp.seq", "=", "r.period_seq"),
    )
    .innerJoin("grant_applications as a", "a.id", "r.application_id")
    .select(sql<string>`coalesce(sum(r.paid_kr), 0)`.as("kr"))
    .where("a.candidate_id", "=", claim.candidate_id)
    .where("a.organisation_id", "=", claim.organisation_id)
    .where(wageKindSql, "=", "varig")
    .where("r.state", "=", "paid")
    .where("r.id", "!=", claim.id)
    .where(sql<number>`extract(year from gp.start_date)`, "=", year)
    .executeTakeFirst();
  return Number(row?.kr ?? 0);
}

export interface SavedClaim {
  form: Record<string, unknown>;
  calculation: Record<string, unknown>;
  absenceReported: boolean;
  deadline: string;
}

/** Stores the employer's figures and the calculation shown (while ready or sent back). */
export async function saveClaim(db: Db, id: string, by: string, saved: SavedClaim): Promise<boolean> {
  const row = await db
    .updateTable("refund_claims")
    .set({
      form: JSON.stringify(saved.form),
      calculation: JSON.stringify(saved.calculation),
      absence_reported: saved.absenceReported,
      deadline: saved.deadline,
      updated_at: sql`now()`,
    })
    .where("id", "=", id)
    .where("state", "in", ["ready", "returned"])
    .returning("id")
    .executeTakeFirst();
  if (row) await addEvent(db, id, "saved", by);
  return Boolean(row);
}

/** Sends the claim with the saved figures: the payable amount and what is carried on are frozen. */
export async function sendClaim(
  db: Db,
  id: string,
  by: string,
  saved: SavedClaim & { claimedKr: number; carriedOutKr: number },
): Promise<boolean> {
  const row = await db
    .updateTable("refund_claims")
    .set({
      state: "sent",
      form: JSON.stringify(saved.form),
      calculation: JSON.stringify(saved.calculation),
      absence_reported: saved.absenceReported,
      deadline: saved.deadline,
      claimed_kr: saved.claimedKr,
      carried_out_kr: saved.carriedOutKr,
      return_reason: null,
      sent_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where("id", "=", id)
    .where("state", "in", ["ready", "returned"])
    .returning("id")
    .executeTakeFirst();
  if (row) await addEvent(db, id, "sent", by);
  return Boolean(row);
}

/**
 * Approves a sent claim for payment. A negative result is carried to the next claim on the same
 * agreement that has not been sent yet.
 */
export async function approveClaim(db: Db, id: string, by: string): Promise<boolean> {
  const row = await db
    .updateTable("refund_claims")
    .set({ state: "paid", paid_kr: sql`claimed_kr`, decided_at: sql`now()`, decided_by: by, updated_at: sql`now()` })
    .where("id", "=", id)
    .where("state", "=", "sent")
    .returning(["application_id", "period_seq", "carried_out_kr"])
    .executeTakeFirst();
  if (!row) return false;
  await addEvent(db, id, "approved", by);
  if (row.carried_out_kr < 0) {
    const next = await db
      .selectFrom("refund_claims")
      .select("id")
      .where("application_id", "=", row.application_id)
      .where("period_seq", ">", row.period_seq)
      .where("kind", "=", "wage")
      .where("state", "in", ["not_yet", "ready", "returned"])
      .orderBy("period_seq")
      .limit(1)
      .executeTakeFirst();
    if (next)
      await db
        .updateTable("refund_claims")
        .set({ carried_in_kr: sql`carried_in_kr + ${row.carried_out_kr}` })
        .where("id", "=", next.id)
        .execute();
  }
  return true;
}

export async function returnClaim(db: Db, id: string, by: string, reason: string): Promise<boolean> {
  const row = await db
    .updateTable("refund_claims")
    .set({ state: "returned", return_reason: reason, decided_at: sql`now()`, decided_by: by, updated_at: sql`now()` })
    .where("id", "=", id)
    .where("state", "=", "sent")
    .returning("id")
    .executeTakeFirst();
  if (row) await addEvent(db, id, "returned", by, reason);
  return Boolean(row);
}

/**
 * Extends the deadline once by one month. An expired claim whose new deadline is still ahead is
 * open again.
 */
export async function extendClaim(
  db: Db,
  id: string,
  by: string,
  reason: string,
  newDeadline: string,
  today: string,
): Promise<boolean> {
  const row = await db
    .updateTable("refund_claims")
    .set({
      deadline: newDeadline,
      extended_at: sql`now()`,
      extended_by: by,
      extension_reason: reason,
      state: sql<RefundClaimState>`case when state = 'expired' and ${newDeadline}::date >= ${today}::date then 'ready' else state end`,
      updated_at: sql`now()`,
    })
    .where("id", "=", id)
    .where("kind", "=", "wage")
    .where("extended_at", "is", null)
    .where("state", "in", ["not_yet", "ready", "returned", "expired"])
    .returning("id")
    .executeTakeFirst();
  if (row) await addEvent(db, id, "extended", by, reason);
  return Boolean(row);
}

export interface DeadlineRun {
  created: number;
  opened: number;
  mentorPaid: number;
  expired: number;
}

const periodText = (start: string, end: string) => texts.refund.period(formatDate(start), formatDate(end));

/**
 * The deadline job (graphile-worker cron `refund_deadlines`, hourly): creates a claim for every
 * approved period that has none, opens wage claims the day after their period ends, marks mentor
 * periods paid as agreed, expires claims not sent by their deadline, and reminds the employer once
 * when a claim opens and once 14 days before its deadline (portal + mail outbox). Idempotent.
 */
export async function runRefundDeadlines(db: Kysely<Database>, today: string): Promise<DeadlineRun> {
  return db.transaction().execute(async (trx) => {
    // Serialises two workers running the job at once.
    await sql`select pg_advisory_xact_lock(hashtext('refund_deadlines'))`.execute(trx);
    const missing = await trx
      .selectFrom("grant_periods as gp")
      .innerJoin("grant_applications as a", "a.id", "gp.application_id")
      .leftJoin("refund_claims as r", (j) =>
        j.onRef("r.application_id", "=", "gp.application_id").onRef("r.period_seq", "=", "gp.seq"),
      )
      .select(["gp.application_id", "gp.seq", "gp.end_date", "a.kind", "a.decided_at"])
      .where("a.status", "=", "approved")
      .where("a.kind", "in", ["wage", "mentor"])
      .where("r.id", "is", null)
      .execute();
    if (missing.length > 0)
      await trx
        .insertInto("refund_claims")
        .values(
          missing.map((p) => ({
            application_id: p.application_id,
            period_seq: p.seq,
            kind: p.kind as "wage" | "mentor",
            deadline:
              p.kind === "wage"
                ? claimDeadline({
                    periodEnd: p.end_date,
                    approvedOn: p.decided_at ? p.decided_at.toISOString().slice(0, 10) : null,
                    absenceReported: false,
                    extended: false,
                  })
                : null,
          })),
        )
        .onConflict((oc) => oc.columns(["application_id", "period_seq"]).doNothing())
        .execute();

    const endedBefore = (state: RefundClaimState, kind: "wage" | "mentor") =>
      trx
        .selectFrom("refund_claims as r")
        .innerJoin("grant_periods as gp", (j) =>
          j.onRef("gp.application_id", "=", "r.application_id").onRef("gp.seq", "=", "r.period_seq"),
        )
        .select("r.id")
        .where("r.state", "=", state)
        .where("r.kind", "=", kind)
        .where("gp.end_date", "<", today);

    const opened = await trx
      .updateTable("refund_claims")
      .set({ state: "ready", updated_at: sql`now()` })
      .where("id", "in", endedBefore("not_yet", "wage"))
      .returning("id")
      .execute();
    for (const c of opened) await addEvent(trx, c.id, "opened", null);

    const mentorPaid = await trx
      .updateTable("refund_claims as r")
      .from("grant_periods as gp")
      .set({ state: "paid", paid_kr: sql`(gp.amount_ore / 100)::int`, updated_at: sql`now()` })
      .whereRef("gp.application_id", "=", "r.application_id")
      .whereRef("gp.seq", "=", "r.period_seq")
      .where("r.id", "in", endedBefore("not_yet", "mentor"))
      .returning("r.id")
      .execute();

    const expired = await trx
      .updateTable("refund_claims")
      .set({ state: "expired", updated_at: sql`now()` })
      .where("kind", "=", "wage")
      .where("state", "in", ["ready", "returned"])
      .where("deadline", "<", today)
      .returning("id")
      .execute();
    for (const c of expired) await addEvent(trx, c.id, "expired", null);

    // Reminders, once each (the notification's dedupe key): open claims, and deadlines 14 days ahead.
    const open = await claimQuery(trx)
      .where("r.kind", "=", "wage")
      .where("r.state", "in", ["ready", "returned"])
      .execute();
    const members = new Map<string, string[]>();
    for (const c of open) {
      if (!members.has(c.organisation_id))
        members.set(c.organisation_id, await activeMemberIds(trx, c.organisation_id));
      const to = members.get(c.organisation_id) ?? [];
      const period = periodText(c.start_date, c.end_date);
      const link = `/arbeidsgiver/${c.organisation_id}/refusjon/${c.id}`;
      const openText = texts.refund.notifyOpen(period);
      await notify(trx, to, {
        kind: "refund",
        text: openText,
        link,
        dedupeKey: `refund-open:${c.id}`,
        mail: { subject: texts.refund.mailSubjectOpen, body: openText },
      });
      if (c.deadline && reminderOn(c.deadline) <= today) {
        const dueText = texts.refund.notifyDue(period, formatDate(c.deadline));
        await notify(trx, to, {
          kind: "refund",
          text: dueText,
          link,
          dedupeKey: `refund-due:${c.id}:${c.deadline}`,
          mail: { subject: texts.refund.mailSubjectDue, body: dueText },
        });
      }
    }
    return { created: missing.length, opened: opened.length, mentorPaid: mentorPaid.length, expired: expired.length };
  });
}
