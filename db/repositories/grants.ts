// Grant applications: drafts saved step by step, submission (answers and calculation frozen with
// the year's rates), and the specialist's decision. Rates are read from the grant_rates table.
import { type Kysely, type Transaction, sql } from "kysely";
import type { GrantRates } from "../../app/grants/calculation";
import type { Database, GrantKind, GrantStatus } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

export async function loadRates(db: Db): Promise<GrantRates[]> {
  const rows = await db.selectFrom("grant_rates").selectAll().orderBy("year").execute();
  return rows.map((r) => ({
    year: r.year,
    inclusionMaxKr: r.inclusion_max_kr,
    otpMinimumPercent: Number(r.otp_minimum_percent),
    hoursPerYear: r.hours_per_year,
    holidayPayPercents: r.holiday_pay_percents.map(Number),
    employerTaxZones: r.employer_tax_zones.map((z) => ({ id: z.id, percent: Number(z.percent) })),
    mentorMaxMonths: r.mentor_max_months,
    mentorMaxMonthsExtended: r.mentor_max_months_extended,
    inclusionMaxMonths: r.inclusion_max_months,
    inclusionMaxAgeExclusive: r.inclusion_max_age_exclusive,
    fullTimeHoursPerMonth: Number(r.full_time_hours_per_month),
  }));
}

export async function createApplication(
  db: Db,
  input: {
    kind: GrantKind;
    organisationId: string;
    proposalId: string;
    candidateId: string;
    createdBy: string;
    answers: Record<string, string>;
  },
): Promise<string> {
  const row = await db
    .insertInto("grant_applications")
    .values({
      kind: input.kind,
      organisation_id: input.organisationId,
      proposal_id: input.proposalId,
      candidate_id: input.candidateId,
      created_by: input.createdBy,
      answers: JSON.stringify(input.answers),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves what was typed and where the employer is, while the application is still theirs to edit. */
export async function saveDraft(
  db: Db,
  id: string,
  answers: Record<string, string | string[]>,
  step: number,
): Promise<boolean> {
  const result = await db
    .updateTable("grant_applications")
    .set({ answers: JSON.stringify(answers), step, updated_at: sql`now()` })
    .where("id", "=", id)
    .where("status", "in", ["draft", "returned"])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function submitApplication(
  db: Db,
  id: string,
  submitted: Record<string, unknown>,
  ratesYear: number,
): Promise<boolean> {
  const result = await db
    .updateTable("grant_applications")
    .set({
      status: "submitted",
      submitted: JSON.stringify(submitted),
      rates_year: ratesYear,
      submitted_at: sql`now()`,
      comments: "{}",
      updated_at: sql`now()`,
    })
    .where("id", "=", id)
    .where("status", "in", ["draft", "returned"])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function decideApplication(
  db: Db,
  id: string,
  decision: {
    status: Extract<GrantStatus, "approved" | "rejected" | "returned">;
    by: string;
    reason: string;
    comments: Record<string, string>;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("grant_applications")
    .set({
      status: decision.status,
      decided_at: decision.status === "returned" ? null : sql`now()`,
      decided_by: decision.by,
      decision_reason: decision.reason,
      comments: JSON.stringify(decision.comments),
      updated_at: sql`now()`,
    })
    .where("id", "=", id)
    .where("status", "=", "submitted")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const columns = [
  "a.id",
  "a.kind",
  "a.organisation_id",
  "a.proposal_id",
  "a.candidate_id",
  "a.status",
  "a.answers",
  "a.step",
  "a.submitted",
  "a.rates_year",
  "a.submitted_at",
  "a.decided_at",
  "a.decision_reason",
  "a.comments",
  "a.updated_at",
  "a.decided_percent",
] as const;

export async function getApplication(db: Db, id: string) {
  return db
    .selectFrom("grant_applications as a")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .innerJoin("proposals as p", "p.id", "a.proposal_id")
    .leftJoin("users as d", "d.id", "a.decided_by")
    .select(columns)
    .select([
      "c.code",
      "c.office_id",
      "c.specialist_id",
      "o.name as organisation_name",
      "p.job_title",
      "d.name as decided_by_name",
    ])
    .where("a.id", "=", id)
    .executeTakeFirst();
}

export async function listOrganisationApplications(db: Db, organisationId: string) {
  return db
    .selectFrom("grant_applications as a")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .select(columns)
    .select("c.code")
    .where("a.organisation_id", "=", organisationId)
    .orderBy("a.updated_at", "desc")
    .execute();
}

export async function listOfficeQueue(db: Db, officeId: string) {
  return db
    .selectFrom("grant_applications as a")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .innerJoin("candidate_identities as i", "i.candidate_id", "c.id")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .select(columns)
    .select(["c.code", "i.name", "o.name as organisation_name"])
    .where("c.office_id", "=", officeId)
    .where("a.status", "=", "submitted")
    .orderBy("a.submitted_at")
    .execute();
}
