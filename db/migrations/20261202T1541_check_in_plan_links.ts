// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

// A check-in is one of the follow-up plan's meetings (issue #17: "check-ins at agreed points, the
// plan's dates"): the plan contact with the employer nearest a check-in (within a week) is linked
// to it, takes its date, and the two are done together.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("follow_ups")
    .addColumn("check_in_id", "uuid", (c) => c.references("check_ins.id").onDelete("set null").unique())
    .execute();
  // Plans made before: the same pairing as app/afterhire/rules.ts linkPlanToCheckIns.
  await sql`
    with pairs as (
      select distinct on (k.id) k.id as check_in_id, k.due_date, f.id as follow_up_id
      from check_ins k
      join follow_ups f on f.proposal_id = k.proposal_id
      where f.with_whom in ('employer', 'both') and abs(f.due_date - k.due_date) <= 7
      order by k.id, abs(f.due_date - k.due_date), f.due_date
    )
    update follow_ups f set check_in_id = pairs.check_in_id, due_date = pairs.due_date
    from pairs where f.id = pairs.follow_up_id`.execute(db);
  await sql`
    update follow_ups f set done_at = k.done_at, done_by = k.done_by, note = coalesce(k.summary, '')
    from check_ins k where f.check_in_id = k.id and f.done_at is null and k.done_at is not null`.execute(db);
  await sql`
    update check_ins k set done_at = f.done_at, done_by = f.done_by
    from follow_ups f where f.check_in_id = k.id and k.done_at is null and f.done_at is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("follow_ups").dropColumn("check_in_id").execute();
}
