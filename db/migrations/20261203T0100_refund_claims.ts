// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

// Refusjon (issue 16, docs/decisions/015): one claim per approved tilskuddsperiode of a
// lønnstilskudd (a wage claim by the employer) or a mentortilskudd (paid as agreed, no claim).
// The deadline job (graphile-worker cron `refund_deadlines`) creates, opens and expires them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("refund_claims")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("application_id", "uuid", (c) => c.notNull())
    .addColumn("period_seq", "smallint", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('wage', 'mentor')`))
    .addColumn("state", "text", (c) =>
      c.notNull().defaultTo("not_yet").check(sql`state in ('not_yet', 'ready', 'sent', 'returned', 'paid', 'expired')`),
    )
    // The last day to send (wage claims only); recomputed when absence is reported or it is extended.
    .addColumn("deadline", "date")
    .addColumn("absence_reported", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("extended_at", "timestamptz")
    .addColumn("extended_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("extension_reason", "text")
    // The form as the employer filled it in, and the calculation shown to them when they sent it.
    .addColumn("form", "jsonb")
    .addColumn("calculation", "jsonb")
    .addColumn("claimed_kr", "integer", (c) => c.check(sql`claimed_kr >= 0`))
    .addColumn("paid_kr", "integer", (c) => c.check(sql`paid_kr >= 0`))
    // Negative results carried between claims of the same agreement (0 or less).
    .addColumn("carried_in_kr", "integer", (c) => c.notNull().defaultTo(0).check(sql`carried_in_kr <= 0`))
    .addColumn("carried_out_kr", "integer", (c) => c.notNull().defaultTo(0).check(sql`carried_out_kr <= 0`))
    .addColumn("return_reason", "text")
    .addColumn("sent_at", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      "refund_claims_period",
      ["application_id", "period_seq"],
      "grant_periods",
      ["application_id", "seq"],
      (fk) => fk.onDelete("cascade"),
    )
    .addUniqueConstraint("refund_claims_one_per_period", ["application_id", "period_seq"])
    .execute();
  await db.schema.createIndex("refund_claims_state").on("refund_claims").columns(["state", "deadline"]).execute();

  // Each claim's history: opened, saved, sent, approved, returned (with reason), extended, expired.
  await db.schema
    .createTable("refund_claim_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("claim_id", "uuid", (c) => c.notNull().references("refund_claims.id").onDelete("cascade"))
    .addColumn("event", "text", (c) =>
      c.notNull().check(sql`event in ('opened', 'saved', 'sent', 'approved', 'returned', 'extended', 'expired')`),
    )
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("reason", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("refund_claim_events_claim")
    .on("refund_claim_events")
    .columns(["claim_id", "at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("refund_claim_events").execute();
  await db.schema.dropTable("refund_claims").execute();
}
