// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

// One active placement at a time, in the database too (issue #17, decision 011). A hire made while
// the candidate is in another job (the specialist's "open to another job", or more hours with the
// same employer) is marked as an extra job; at most one hire per candidate is not an extra one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("proposals")
    .addColumn("extra_job", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  // Hires made before this rule: the earliest stays the placement, any later one is an extra job.
  await sql`
    update proposals p set extra_job = true
    where p.status = 'hired'
      and exists (
        select 1 from proposals q
        where q.candidate_id = p.candidate_id and q.status = 'hired'
          and (q.hire_start, q.created_at, q.id) < (p.hire_start, p.created_at, p.id)
      )`.execute(db);
  await db.schema
    .createIndex("proposals_one_active_placement")
    .on("proposals")
    .column("candidate_id")
    .unique()
    .where(sql.ref("status"), "=", "hired")
    .where(sql.ref("extra_job"), "=", false)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("proposals_one_active_placement").execute();
  await db.schema.alterTable("proposals").dropColumn("extra_job").execute();
}
