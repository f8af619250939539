// Least privilege in PostgreSQL (docs/decisions/013-roles-outages-backup.md): the owner (the
// role in DATABASE_URL) runs migrations and owns every table; the web app and the outbox worker
// connect as the app role, which may read and write rows but never change the schema, and may only
// INSERT and SELECT on audit_log. Rights are granted AFTER all migrations (grantAppRights, run on
// every start), "on all tables in schema", so a table added by any later migration is covered.
import { type Kysely, sql } from "kysely";

/** The app role's default name. Roles are cluster-wide; one name serves every database on a server. */
export const APP_ROLE = "arbeidsbro_app";

/** How the app connects: its own login (APP_DATABASE_URL), or the owner's URL with SET ROLE. */
export interface AppConnection {
  url: string;
  /** Set on every new connection (`-c role=…`) when the app shares the owner's login. */
  role?: string;
}

export function appConnection(env: { DATABASE_URL: string; APP_DATABASE_URL?: string; DATABASE_APP_ROLE?: string }) {
  return env.APP_DATABASE_URL
    ? { url: env.APP_DATABASE_URL }
    : { url: env.DATABASE_URL, role: env.DATABASE_APP_ROLE ?? APP_ROLE };
}

const ident = (name: string) => sql.id(name);

/** Error codes two sessions get when they create or alter the same role at the same instant. */
const RACE_CODES = new Set(["42710", "23505", "XX000", "40001"]);

async function retryRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (attempt >= 5 || !RACE_CODES.has(code)) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
    }
  }
}

/**
 * Creates the app role if it is missing (LOGIN with `password`, else NOLOGIN, used through SET
 * ROLE), and (unless `setRole` is false) makes the connecting owner a member so it may SET ROLE to
 * it. Idempotent, and safe
 * when several processes on one server do it at once (CI and parallel test runs share a server).
 */
export async function ensureAppRole(
  db: Kysely<any>,
  options: { role?: string; password?: string; setRole?: boolean } = {},
): Promise<void> {
  const role = options.role ?? APP_ROLE;
  const exists = async () =>
    (await sql<{ one: number }>`select 1 as one from pg_roles where rolname = ${role}`.execute(db)).rows.length > 0;
  await retryRace(async () => {
    if (await exists()) return;
    // A concurrent creator wins; we see duplicate_object or a unique violation and look again.
    try {
      await sql`create role ${ident(role)} nologin nosuperuser nocreatedb nocreaterole noinherit`.execute(db);
    } catch (error) {
      if (!(await exists())) throw error;
    }
  });
  if (options.password !== undefined) {
    await retryRace(() =>
      sql`alter role ${ident(role)} login password ${sql.lit(options.password as string)}`.execute(db),
    );
  }
  const me = (
    await sql<{ super: boolean; member: boolean }>`select
      (select rolsuper from pg_roles where rolname = current_user) as super,
      pg_has_role(current_user, ${role}, 'MEMBER') as member`.execute(db)
  ).rows[0];
  if (options.setRole !== false && !me?.super && !me?.member) {
    await retryRace(() => sql`grant ${ident(role)} to current_user`.execute(db));
  }
}

export interface AppRoleOptions {
  role: string;
  /** Makes it a login role with this password (its own URL); without one it is used through SET ROLE. */
  password?: string;
  /** Make the connecting owner a member, so it may SET ROLE to it (the app shares the owner's URL). */
  setRole?: boolean;
}

/** The app role made (if missing) and given its rights: after every migration, wherever they run. */
export async function setUpAppRole(db: Kysely<any>, options: AppRoleOptions): Promise<void> {
  await ensureAppRole(db, options);
  await grantAppRights(db, options.role);
}

/**
 * Gives the app role exactly what it needs in the current database, after every migration has
 * run: rows in public (not the migration bookkeeping), only INSERT and SELECT on audit_log, the
 * job queue in graphile_worker, and no CREATE anywhere. Idempotent.
 */
export async function grantAppRights(db: Kysely<any>, role = APP_ROLE): Promise<void> {
  const r = ident(role);
  const steps = [
    sql`revoke create on schema public from public`,
    sql`revoke all on schema public from ${r}`,
    sql`grant usage on schema public to ${r}`,
    sql`revoke all on all tables in schema public from ${r}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${r}`,
    sql`revoke update, delete on audit_log from ${r}`,
    sql`revoke all on kysely_migration, kysely_migration_lock from ${r}`,
    sql`revoke all on all sequences in schema public from ${r}`,
    sql`grant usage, select on all sequences in schema public to ${r}`,
    sql`grant execute on all functions in schema public to ${r}`,
  ];
  const hasQueue =
    (await sql`select 1 from pg_namespace where nspname = 'graphile_worker'`.execute(db)).rows.length > 0;
  if (hasQueue) {
    steps.push(
      sql`revoke create on schema graphile_worker from public`,
      sql`grant usage on schema graphile_worker to ${r}`,
      sql`revoke all on all tables in schema graphile_worker from ${r}`,
      sql`grant select, insert, update, delete on all tables in schema graphile_worker to ${r}`,
      sql`revoke insert, update, delete on graphile_worker.migrations from ${r}`,
      sql`grant usage, select on all sequences in schema graphile_worker to ${r}`,
      sql`grant execute on all functions in schema graphile_worker to ${r}`,
    );
  }
  await db.transaction().execute(async (trx) => {
    for (const step of steps) await step.execute(trx);
    if (!hasQueue) return;
    // graphile-worker turns on row-level security without policies for its private tables
    // (only their owner may touch them): the queue's worker needs a policy of its own.
    const policy = `${role}_queue`;
    const tables = await sql<{ table: string; has_policy: boolean }>`
      select c.relname as table,
        exists (select 1 from pg_policies p where p.schemaname = 'graphile_worker' and p.tablename = c.relname
          and p.policyname = ${policy}) as has_policy
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'graphile_worker' and c.relkind = 'r' and c.relrowsecurity`.execute(trx);
    for (const t of tables.rows) {
      if (t.has_policy) continue;
      await sql`create policy ${ident(policy)} on ${sql.table(`graphile_worker.${t.table}`)}
        for all to ${r} using (true) with check (true)`.execute(trx);
    }
  });
}
