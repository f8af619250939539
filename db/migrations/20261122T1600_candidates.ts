// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("candidates")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The pseudonym shown everywhere identity is not shared; random, not derived from identity.
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("office_id", "uuid", (c) => c.notNull().references("nav_offices.id").onDelete("restrict"))
    .addColumn("specialist_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("user_id", "uuid", (c) => c.unique().references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("candidates_office").on("candidates").column("office_id").execute();

  // Identity lives here and nowhere else: never indexed, never shown to employers before consent.
  await db.schema
    .createTable("candidate_identities")
    .addColumn("candidate_id", "uuid", (c) => c.primaryKey().references("candidates.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("national_id", "char(11)")
    .addColumn("birth_date", "date", (c) => c.notNull())
    .addColumn("phone", "text")
    .addColumn("email", "text")
    .addColumn("address", "text")
    .execute();

  await db.schema
    .createTable("candidate_profiles")
    .addColumn("candidate_id", "uuid", (c) => c.primaryKey().references("candidates.id").onDelete("cascade"))
    .addColumn("interests", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("strengths", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("hours_min", "integer", (c) => c.notNull().check(sql`hours_min between 1 and 40`))
    .addColumn("hours_max", "integer", (c) => c.notNull().check(sql`hours_max between 1 and 40`))
    .addColumn("weekdays", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("times_of_day", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("municipality_number", "char(4)", (c) => c.notNull())
    .addColumn("reachable_municipalities", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("available_from", "date")
    .addColumn("languages", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("norwegian_level", "text")
    .addColumn("driving_licence", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("facilitation", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("euse_stage", "smallint", (c) => c.notNull().defaultTo(1).check(sql`euse_stage between 1 and 5`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("candidate_profiles_hours_range", sql`hours_min <= hours_max`)
    .execute();

  await db.schema
    .createTable("consents")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("scope", "text", (c) => c.notNull().check(sql`scope in ('search', 'employer_view', 'identity_share')`))
    .addColumn("organisation_id", "uuid", (c) => c.references("organisations.id").onDelete("cascade"))
    .addColumn("method", "text", (c) => c.notNull().check(sql`method in ('meeting', 'signed', 'portal')`))
    .addColumn("recorded_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("withdrawn_at", "timestamptz")
    .addColumn("withdrawn_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    // Set by the expiry job once an expired consent has been sent to the index (so it runs once).
    .addColumn("expiry_indexed_at", "timestamptz")
    .addCheckConstraint(
      "consents_identity_share_names_employer",
      sql`(scope = 'identity_share') = (organisation_id is not null)`,
    )
    .execute();
  await db.schema.createIndex("consents_candidate").on("consents").columns(["candidate_id", "scope"]).execute();
  await db.schema
    .createIndex("consents_expiry")
    .on("consents")
    .column("expires_at")
    .where(sql.ref("withdrawn_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("consents").execute();
  await db.schema.dropTable("candidate_profiles").execute();
  await db.schema.dropTable("candidate_identities").execute();
  await db.schema.dropTable("candidates").execute();
}
