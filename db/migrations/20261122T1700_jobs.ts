// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

const slotCheck = (column: string) =>
  sql`cardinality(${sql.ref(column)}) > 0 and ${sql.ref(column)} <@ array[
    'mon:morning','mon:day','mon:evening','tue:morning','tue:day','tue:evening','wed:morning','wed:day','wed:evening',
    'thu:morning','thu:day','thu:evening','fri:morning','fri:day','fri:evening','sat:morning','sat:day','sat:evening',
    'sun:morning','sun:day','sun:evening']::text[]`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("task_needs")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("hours_per_week", sql`numeric(3,1)`, (c) => c.notNull().check(sql`hours_per_week between 1 and 40`))
    // The schedule as weekday:time-of-day slots, e.g. {mon:morning,wed:morning}.
    .addColumn("slots", sql`text[]`, (c) => c.notNull().check(slotCheck("slots")))
    .addColumn("municipality_number", "char(4)", (c) => c.notNull())
    .addColumn("address", "text")
    .addColumn("strengths", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("physical_demands", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("social_setting", "text", (c) => c.notNull())
    .addColumn("adaptations", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("mentor_possible", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("earliest_start", "date")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status in ('open', 'closed')`))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("task_needs_organisation")
    .on("task_needs")
    .columns(["organisation_id", "status"])
    .execute();

  await db.schema
    .createTable("carved_jobs")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hours_per_week", sql`numeric(3,1)`, (c) => c.notNull().check(sql`hours_per_week between 1 and 40`))
    .addColumn("slots", sql`text[]`, (c) => c.notNull().check(slotCheck("slots")))
    .addColumn("employment_form", "text", (c) =>
      c.notNull().check(sql`employment_form in ('work-trial', 'temporary', 'permanent')`),
    )
    .addColumn("wage_subsidy_expected", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("mentor_name", "text")
    .addColumn("adaptations", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("municipality_number", "char(4)", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'open', 'filled', 'closed')`),
    )
    .addColumn("published_at", "timestamptz")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // A schedule must be able to hold the hours: 7.5 h per slot.
    .addCheckConstraint("carved_jobs_hours_fit_slots", sql`hours_per_week <= cardinality(slots) * 7.5`)
    .execute();
  await db.schema
    .createIndex("carved_jobs_organisation")
    .on("carved_jobs")
    .columns(["organisation_id", "status"])
    .execute();

  await db.schema
    .createTable("carved_job_tasks")
    .addColumn("carved_job_id", "uuid", (c) => c.notNull().references("carved_jobs.id").onDelete("cascade"))
    .addColumn("task_need_id", "uuid", (c) => c.notNull().references("task_needs.id").onDelete("restrict"))
    .addPrimaryKeyConstraint("carved_job_tasks_pk", ["carved_job_id", "task_need_id"])
    .execute();
  await db.schema.createIndex("carved_job_tasks_task").on("carved_job_tasks").column("task_need_id").execute();

  // When an employer last looked at their home page: "what has changed since last visit".
  await db.schema.alterTable("organisation_members").addColumn("home_seen_at", "timestamptz").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organisation_members").dropColumn("home_seen_at").execute();
  await db.schema.dropTable("carved_job_tasks").execute();
  await db.schema.dropTable("carved_jobs").execute();
  await db.schema.dropTable("task_needs").execute();
}
