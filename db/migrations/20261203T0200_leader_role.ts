// Frozen in time: never import application code from a migration.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // An office leader (leder) sees the norms dashboard of their NAV office: figures, never a
  // candidate's identity. Like a specialist, a leader belongs to one office.
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('employer', 'specialist', 'candidate', 'admin', 'leader'))`.execute(db);
  await sql`alter table users add constraint users_leader_has_office
    check (role <> 'leader' or nav_office_id is not null)`.execute(db);
  // The day a person started with their specialist (the norms count from it): the registration
  // day unless set otherwise (history brought in from before the portal).
  await sql`alter table candidates add column started_on date`.execute(db);
  await sql`update candidates set started_on = (created_at at time zone 'Europe/Oslo')::date`.execute(db);
  await sql`alter table candidates alter column started_on set default ((now() at time zone 'Europe/Oslo')::date),
    alter column started_on set not null`.execute(db);
  // The dashboard's queries: an office's candidates by start, hires by candidate.
  await sql`create index candidates_office_started on candidates (office_id, started_on)`.execute(db);
  await sql`create index proposals_candidate_hire on proposals (candidate_id, hire_start) where hire_start is not null`.execute(
    db,
  );
  // A hire's approved grants (without it every hire scanned all grant applications: 12 s → 0.2 s
  // for an office at 100 000 candidates, npm run bench -- --dashboard-only).
  await sql`create index grant_applications_proposal_approved on grant_applications (proposal_id, kind)
    where status = 'approved'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index grant_applications_proposal_approved`.execute(db);
  await sql`drop index proposals_candidate_hire`.execute(db);
  await sql`drop index candidates_office_started`.execute(db);
  await sql`alter table candidates drop column started_on`.execute(db);
  await sql`delete from users where role = 'leader'`.execute(db);
  await sql`alter table users drop constraint users_leader_has_office`.execute(db);
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('employer', 'specialist', 'candidate', 'admin'))`.execute(db);
}
