// Frozen in time: never import application code from a migration.
// A share request is closed (no longer answerable) when its proposal closes; requests left
// pending on proposals already closed are closed now.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table share_requests drop constraint share_requests_status_check`.execute(db);
  await sql`alter table share_requests add constraint share_requests_status_check
    check (status in ('pending', 'accepted', 'declined', 'expired', 'closed'))`.execute(db);
  await sql`update share_requests set status = 'closed'
    where status = 'pending'
      and proposal_id in (select id from proposals where status in ('declined', 'withdrawn', 'ended'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update share_requests set status = 'expired' where status = 'closed'`.execute(db);
  await sql`alter table share_requests drop constraint share_requests_status_check`.execute(db);
  await sql`alter table share_requests add constraint share_requests_status_check
    check (status in ('pending', 'accepted', 'declined', 'expired'))`.execute(db);
}
