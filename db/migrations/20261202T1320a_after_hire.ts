// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // A hire is a proposal in status 'hired'. It may name a mentor at hire; the specialist marks
  // when follow-up starts to taper (the cue for a workplace mentor).
  await db.schema
    .alterTable("proposals")
    .addColumn("mentor_name", "text")
    .addColumn("tapering_at", "timestamptz")
    .execute();
  // The specialist's exception to "one active placement at a time" (e.g. more hours elsewhere).
  await db.schema
    .alterTable("candidates")
    .addColumn("open_to_another_job", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();

  // Check-ins after hire (1, 3, 6 and 12 months after start): the employer may add their view
  // before it; the specialist records it.
  await db.schema
    .createTable("check_ins")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("months_after", "smallint", (c) => c.notNull().check(sql`months_after between 1 and 36`))
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("employer_view", "text")
    .addColumn("employer_view_at", "timestamptz")
    .addColumn("employer_view_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("summary", "text")
    .addColumn("done_at", "timestamptz")
    .addColumn("done_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("check_ins_one_per_point", ["proposal_id", "months_after"])
    .execute();
  await db.schema.createIndex("check_ins_due").on("check_ins").columns(["due_date", "done_at"]).execute();

  // Job changes with their dates: the norms dashboard counts these (still in work at 3/6/12
  // months, temporary → permanent, why jobs end).
  await db.schema
    .createTable("job_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('hours_changed', 'made_permanent', 'ended')`))
    .addColumn("effective_date", "date", (c) => c.notNull())
    .addColumn("hours_before", sql`numeric(3,1)`)
    .addColumn("hours_after", sql`numeric(3,1)`)
    .addColumn("end_reason", "text", (c) =>
      c.check(sql`end_reason in ('candidate_wish', 'employer_wish', 'health', 'contract_end', 'new_job')`),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("by_user", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("by_role", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("job_events_end_has_reason", sql`(kind = 'ended') = (end_reason is not null)`)
    .execute();
  await db.schema.createIndex("job_events_proposal").on("job_events").columns(["proposal_id", "at"]).execute();
  await db.schema.createIndex("job_events_kind").on("job_events").columns(["kind", "effective_date"]).execute();

  // One conversation per proposal (it goes on after the hire): employer and specialist.
  await db.schema
    .createTable("messages")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("author_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("author_role", "text", (c) => c.notNull().check(sql`author_role in ('employer', 'specialist')`))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("messages_proposal").on("messages").columns(["proposal_id", "created_at"]).execute();
  await db.schema
    .createTable("message_reads")
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("read_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("message_reads_pk", ["proposal_id", "user_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("message_reads").execute();
  await db.schema.dropTable("messages").execute();
  await db.schema.dropTable("job_events").execute();
  await db.schema.dropTable("check_ins").execute();
  await db.schema.alterTable("candidates").dropColumn("open_to_another_job").execute();
  await db.schema.alterTable("proposals").dropColumn("tapering_at").dropColumn("mentor_name").execute();
}
