// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // The specialist ends a person's follow-up (and may reopen it): the day and why. Both or neither.
  await sql`alter table candidates add column followup_ended_on date,
    add column followup_end_reason text,
    add constraint candidates_followup_end_reason_check check (followup_end_reason in
      ('in_work', 'declined', 'moved', 'other_measure', 'other')),
    add constraint candidates_followup_end_complete check
      ((followup_ended_on is null) = (followup_end_reason is null))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table candidates drop constraint candidates_followup_end_complete,
    drop constraint candidates_followup_end_reason_check,
    drop column followup_end_reason, drop column followup_ended_on`.execute(db);
}
