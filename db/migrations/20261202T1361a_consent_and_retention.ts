// Frozen in time: never import application code from a migration.
// Share requests the candidate answers, notification channels (e-mail / SMS) in the outbox,
// the employer's "maybe later" list, and what the retention job needs to stay idempotent.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // A specialist asks the candidate to let one employer see who they are, for one proposal.
  await db.schema
    .createTable("share_requests")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("requested_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("shares", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{name,phone,email}'`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("deadline", "timestamptz", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending', 'accepted', 'declined', 'expired')`),
    )
    .addColumn("answered_at", "timestamptz")
    .addColumn("answered_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    // Set when a specialist answered for the candidate (no digital access): why, in their words.
    .addColumn("on_behalf_reason", "text")
    .execute();
  await db.schema.createIndex("share_requests_candidate").on("share_requests").column("candidate_id").execute();
  await sql`create unique index share_requests_one_pending on share_requests (proposal_id) where status = 'pending'`.execute(
    db,
  );

  await db.schema
    .alterTable("consents")
    .addColumn("share_request_id", "uuid", (c) => c.references("share_requests.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("consents").addColumn("on_behalf_reason", "text").execute();

  await db.schema
    .alterTable("candidates")
    .addColumn("notify_channel", "text", (c) =>
      c.notNull().defaultTo("email").check(sql`notify_channel in ('email', 'sms')`),
    )
    .execute();
  await db.schema.alterTable("candidates").addColumn("anonymised_at", "timestamptz").execute();

  await db.schema
    .alterTable("mail_outbox")
    .addColumn("channel", "text", (c) => c.notNull().defaultTo("email").check(sql`channel in ('email', 'sms')`))
    .execute();
  // One message per key (a reminder or warning the scheduled job may meet many times).
  await db.schema
    .alterTable("mail_outbox")
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .execute();

  await db.schema
    .alterTable("proposals")
    .addColumn("maybe_later", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable("proposals").addColumn("closed_at", "timestamptz").execute();

  // Each warning (and each action) of a retention rule, once per subject.
  await db.schema
    .createTable("retention_notices")
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("subject_id", "uuid", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("retention_notices_pk", ["rule", "subject_id", "stage"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("retention_notices").execute();
  await db.schema.alterTable("proposals").dropColumn("closed_at").execute();
  await db.schema.alterTable("proposals").dropColumn("maybe_later").execute();
  await db.schema.alterTable("mail_outbox").dropColumn("dedupe_key").execute();
  await db.schema.alterTable("mail_outbox").dropColumn("channel").execute();
  await db.schema.alterTable("candidates").dropColumn("anonymised_at").execute();
  await db.schema.alterTable("candidates").dropColumn("notify_channel").execute();
  await db.schema.alterTable("consents").dropColumn("on_behalf_reason").execute();
  await db.schema.alterTable("consents").dropColumn("share_request_id").execute();
  await db.schema.dropTable("share_requests").execute();
}
