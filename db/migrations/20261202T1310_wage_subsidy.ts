// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

// Grunnbeløpet (G) in folketrygden, from 1 May each year (source: domain.md "Lønnstilskudd", which
// takes them from nav.no "Grunnbeløpet i folketrygden": 2023 118 620 kr, 2024 124 028 kr,
// 2025 130 160 kr). 2026's G was not known to this migration's author and is not guessed: add it
// as a new row (a later migration or an admin insert) when it is looked up. Refunds of varig
// lønnstilskudd are capped at 5 G per calendar year with the G of the date.
const grunnbelop = [
  ["2023-05-01", 118_620],
  ["2024-05-01", 124_028],
  ["2025-05-01", 130_160],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  // Lønnstilskudd is a third kind of grant application; which of the three (midlertidig, varig,
  // sommerjobb) is in its answers. The percentage NAV decided is kept with the decision.
  await sql`alter table grant_applications drop constraint grant_applications_kind_check`.execute(db);
  await sql`alter table grant_applications add constraint grant_applications_kind_check
    check (kind in ('mentor', 'inclusion', 'wage'))`.execute(db);
  await db.schema
    .alterTable("grant_applications")
    .addColumn("decided_percent", sql`numeric(5,2)`, (c) => c.check(sql`decided_percent between 0 and 100`))
    .execute();

  // The candidate's need for help (innsatsbehov), recorded by the job specialist, once per candidate.
  await db.schema
    .createTable("candidate_needs")
    .addColumn("candidate_id", "uuid", (c) => c.primaryKey().references("candidates.id").onDelete("cascade"))
    .addColumn("need", "text", (c) =>
      c.notNull().check(sql`need in ('situasjonsbestemt', 'spesielt_tilpasset', 'gradert_varig', 'varig_tilpasset')`),
    )
    .addColumn("recorded_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // The approved period plan (tilskuddsperioder): one row per period, what refund claims are checked against.
  await db.schema
    .createTable("grant_periods")
    .addColumn("application_id", "uuid", (c) => c.notNull().references("grant_applications.id").onDelete("cascade"))
    .addColumn("seq", "smallint", (c) => c.notNull())
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("end_date", "date", (c) => c.notNull())
    .addColumn("percent", sql`numeric(5,2)`)
    .addColumn("amount_ore", "bigint", (c) => c.notNull().check(sql`amount_ore >= 0`))
    .addPrimaryKeyConstraint("grant_periods_pkey", ["application_id", "seq"])
    .addCheckConstraint("grant_periods_dates", sql`end_date >= start_date`)
    .execute();

  await db.schema
    .createTable("grunnbelop")
    .addColumn("valid_from", "date", (c) => c.primaryKey())
    .addColumn("amount_kr", "integer", (c) => c.notNull().check(sql`amount_kr > 0`))
    .execute();
  await db
    .insertInto("grunnbelop")
    .values(grunnbelop.map(([valid_from, amount_kr]) => ({ valid_from, amount_kr })))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("grunnbelop").execute();
  await db.schema.dropTable("grant_periods").execute();
  await db.schema.dropTable("candidate_needs").execute();
  await db.deleteFrom("grant_applications").where("kind", "=", "wage").execute();
  await db.schema.alterTable("grant_applications").dropColumn("decided_percent").execute();
  await sql`alter table grant_applications drop constraint grant_applications_kind_check`.execute(db);
  await sql`alter table grant_applications add constraint grant_applications_kind_check
    check (kind in ('mentor', 'inclusion'))`.execute(db);
}
