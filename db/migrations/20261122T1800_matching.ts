// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

const statuses = sql`('proposed', 'interested', 'declined', 'withdrawn', 'meeting', 'work_trial', 'hired', 'ended')`;

export async function up(db: Kysely<any>): Promise<void> {
  // A specialist proposes a candidate to an employer for a carved job or a task need; the match
  // then moves through meeting → work trial → hired, or ends. Every move is in proposal_events.
  await db.schema
    .createTable("proposals")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("carved_job_id", "uuid", (c) => c.references("carved_jobs.id").onDelete("set null"))
    .addColumn("task_need_id", "uuid", (c) => c.references("task_needs.id").onDelete("set null"))
    .addColumn("job_title", "text", (c) => c.notNull())
    .addColumn("specialist_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("fit_score", "smallint", (c) => c.notNull())
    .addColumn("fit_fits", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("fit_misfits", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("proposed").check(sql`status in ${statuses}`))
    .addColumn("answer_reason", "text")
    .addColumn("answer_comment", "text")
    .addColumn("hire_form", "text", (c) => c.check(sql`hire_form in ('temporary', 'permanent')`))
    .addColumn("hire_hours", sql`numeric(3,1)`)
    .addColumn("hire_start", "date")
    .addColumn("end_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "proposals_job_or_task",
      sql`carved_job_id is not null or task_need_id is not null or status in ('declined', 'withdrawn', 'ended', 'hired')`,
    )
    .execute();
  await db.schema.createIndex("proposals_candidate").on("proposals").column("candidate_id").execute();
  await db.schema
    .createIndex("proposals_organisation")
    .on("proposals")
    .columns(["organisation_id", "status"])
    .execute();
  await db.schema.createIndex("proposals_specialist").on("proposals").columns(["specialist_id", "status"]).execute();
  // One live proposal per candidate and job: proposing twice is refused.
  await sql`create unique index proposals_one_live_per_job on proposals (candidate_id, coalesce(carved_job_id, task_need_id))
    where status not in ('declined', 'withdrawn', 'ended')`.execute(db);

  await db.schema
    .createTable("proposal_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("proposals.id").onDelete("cascade"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("by_user", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("by_role", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("proposal_events_proposal")
    .on("proposal_events")
    .columns(["proposal_id", "at"])
    .execute();

  await db.schema
    .createTable("stage_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("from_stage", "smallint")
    .addColumn("to_stage", "smallint", (c) => c.notNull().check(sql`to_stage between 1 and 5`))
    .addColumn("by_user", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("stage_events_candidate").on("stage_events").columns(["candidate_id", "at"]).execute();

  await db.schema
    .createTable("follow_ups")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("proposal_id", "uuid", (c) => c.references("proposals.id").onDelete("cascade"))
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("with_whom", "text", (c) => c.notNull().check(sql`with_whom in ('candidate', 'employer', 'both')`))
    .addColumn("place", "text", (c) => c.notNull().check(sql`place in ('workplace', 'outside')`))
    .addColumn("done_at", "timestamptz")
    .addColumn("done_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("follow_ups_candidate").on("follow_ups").columns(["candidate_id", "due_date"]).execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("link", "text", (c) => c.notNull())
    // The key makes a reminder idempotent (one "follow-up due" per follow-up, however often the job runs).
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    .execute();
  await db.schema.createIndex("notifications_user").on("notifications").columns(["user_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notifications").execute();
  await db.schema.dropTable("follow_ups").execute();
  await db.schema.dropTable("stage_events").execute();
  await db.schema.dropTable("proposal_events").execute();
  await db.schema.dropTable("proposals").execute();
}
