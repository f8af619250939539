// Lønnstilskudd data: the candidate's need (innsatsbehov), the decided percentage, the stored
// period plan (one row per tilskuddsperiode, for refund claims later) and grunnbeløpet by date.
import { type Kysely, type Transaction, sql } from "kysely";
import type { CandidateNeed, Database } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

export async function getNeed(db: Db, candidateId: string): Promise<CandidateNeed | null> {
  const row = await db
    .selectFrom("candidate_needs")
    .select("need")
    .where("candidate_id", "=", candidateId)
    .executeTakeFirst();
  return row?.need ?? null;
}

export async function getNeedRecord(db: Db, candidateId: string) {
  return db
    .selectFrom("candidate_needs as n")
    .leftJoin("users as u", "u.id", "n.recorded_by")
    .select(["n.need", "n.recorded_at", "u.name as recorded_by_name"])
    .where("n.candidate_id", "=", candidateId)
    .executeTakeFirst();
}

export async function recordNeed(db: Db, candidateId: string, need: CandidateNeed, by: string): Promise<void> {
  await db
    .insertInto("candidate_needs")
    .values({ candidate_id: candidateId, need, recorded_by: by })
    .onConflict((oc) => oc.column("candidate_id").doUpdateSet({ need, recorded_by: by, recorded_at: sql`now()` }))
    .execute();
}

export interface StoredPeriod {
  start: string;
  end: string;
  percent: number | null;
  amountOre: number;
}

/** Replaces an application's period plan (one row per period, in order). */
export async function storePeriodPlan(db: Db, applicationId: string, periods: StoredPeriod[]): Promise<void> {
  await db.deleteFrom("grant_periods").where("application_id", "=", applicationId).execute();
  if (periods.length === 0) return;
  await db
    .insertInto("grant_periods")
    .values(
      periods.map((p, seq) => ({
        application_id: applicationId,
        seq,
        start_date: p.start,
        end_date: p.end,
        percent: p.percent,
        amount_ore: p.amountOre,
      })),
    )
    .execute();
}

export async function listPeriods(db: Db, applicationId: string): Promise<StoredPeriod[]> {
  const rows = await db
    .selectFrom("grant_periods")
    .select(["start_date", "end_date", "percent", "amount_ore"])
    .where("application_id", "=", applicationId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => ({
    start: r.start_date,
    end: r.end_date,
    percent: r.percent === null ? null : Number(r.percent),
    amountOre: Number(r.amount_ore),
  }));
}

export async function setDecidedPercent(db: Db, applicationId: string, percent: number | null): Promise<void> {
  await db
    .updateTable("grant_applications")
    .set({ decided_percent: percent })
    .where("id", "=", applicationId)
    .execute();
}

/**
 * The grunnbeløp row for a date: the latest value from on or before it, or null before the table
 * starts. The table holds only sourced values (2023–2025); see app/grants/grunnbelop.ts for how a
 * date after the next 1 May is told apart.
 */
export async function grunnbelopRowOn(db: Db, date: string): Promise<{ validFrom: string; amountKr: number } | null> {
  const row = await db
    .selectFrom("grunnbelop")
    .select(["valid_from", "amount_kr"])
    .where("valid_from", "<=", date)
    .orderBy("valid_from", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? { validFrom: String(row.valid_from), amountKr: Number(row.amount_kr) } : null;
}

/** Grunnbeløpet on a date, or null before the table starts. */
export async function grunnbelopOn(db: Db, date: string): Promise<number | null> {
  return (await grunnbelopRowOn(db, date))?.amountKr ?? null;
}
