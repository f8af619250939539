// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

// NAV's rates by year (domain.md: tiltaksgjennomforing snapshot 2026-08 and nav.no). A new year is
// a new row (a later migration or an admin insert), never an edit of the forms.
const zones = JSON.stringify([
  { id: "1", percent: 14.1 },
  { id: "1a", percent: 10.6 },
  { id: "2", percent: 10.6 },
  { id: "3", percent: 6.4 },
  { id: "4", percent: 5.1 },
  { id: "4a", percent: 7.9 },
  { id: "5", percent: 0 },
]);
const rates = [
  [2023, 143_900],
  [2024, 149_100],
  [2025, 154_800],
  [2026, 160_400],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("grant_rates")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("inclusion_max_kr", "integer", (c) => c.notNull())
    .addColumn("otp_minimum_percent", sql`numeric(4,2)`, (c) => c.notNull())
    .addColumn("hours_per_year", "integer", (c) => c.notNull())
    .addColumn("holiday_pay_percents", sql`numeric(4,2)[]`, (c) => c.notNull())
    .addColumn("employer_tax_zones", "jsonb", (c) => c.notNull())
    .addColumn("mentor_max_months", "integer", (c) => c.notNull())
    .addColumn("mentor_max_months_extended", "integer", (c) => c.notNull())
    .addColumn("inclusion_max_months", "integer", (c) => c.notNull())
    .addColumn("inclusion_max_age_exclusive", "integer", (c) => c.notNull())
    .addColumn("full_time_hours_per_month", sql`numeric(5,1)`, (c) => c.notNull())
    .execute();
  await db
    .insertInto("grant_rates")
    .values(
      rates.map(([year, max]) => ({
        year,
        inclusion_max_kr: max,
        otp_minimum_percent: 2,
        hours_per_year: 1950,
        holiday_pay_percents: sql`array[10.2, 12]::numeric[]`,
        employer_tax_zones: zones,
        mentor_max_months: 6,
        mentor_max_months_extended: 36,
        inclusion_max_months: 12,
        inclusion_max_age_exclusive: 72,
        full_time_hours_per_month: 173.3,
      })),
    )
    .execute();

  await db.schema
    .createTable("grant_applications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('mentor', 'inclusion')`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'submitted', 'returned', 'approved', 'rejected')`),
    )
    // The answers as typed (a draft can be incomplete) and the step to resume at.
    .addColumn("answers", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("step", "smallint", (c) => c.notNull().defaultTo(0))
    // Frozen at submission: the validated answers and the calculation with the year's rates.
    .addColumn("submitted", "jsonb")
    .addColumn("rates_year", "integer", (c) => c.references("grant_rates.year"))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decision_reason", "text")
    .addColumn("comments", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("grant_applications_organisation")
    .on("grant_applications")
    .columns(["organisation_id", "status"])
    .execute();
  await db.schema.createIndex("grant_applications_candidate").on("grant_applications").column("candidate_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("grant_applications").execute();
  await db.schema.dropTable("grant_rates").execute();
}
