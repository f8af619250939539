// The transactional outbox: a change to anything indexed enqueues its index job in the SAME
// transaction (graphile-worker's add_job is plain SQL), so a commit can never lose its update and
// a rollback never leaves a stray job. The worker re-reads the row, so jobs carry only ids.
import { Logger, runMigrations } from "graphile-worker";
import { type Kysely, type Transaction, sql } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

export type IndexedKind = "candidate" | "job" | "task";

export async function enqueueIndex(
  db: Kysely<Database> | Transaction<Database>,
  kind: IndexedKind,
  id: string,
): Promise<void> {
  // One pending job per document: a burst of edits collapses into one index update.
  await sql`select graphile_worker.add_job(
    ${`index_${kind}`}::text,
    json_build_object('id', ${id}::text),
    job_key := ${`${kind}:${id}`}::text,
    max_attempts := 25
  )`.execute(db);
}

/**
 * Runs `work` while holding a database-wide advisory lock, so that portals and workers starting at
 * the same moment (a deployment, several machines) migrate, grant and install the queue one after
 * the other: concurrent GRANTs on the same objects fail with "tuple concurrently updated", and
 * graphile-worker's own migrations take no lock. The lock goes with the connection if the process dies.
 */
export async function withSetupLock<T>(connectionString: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: "arbeidsbro-setup" });
  client.on("error", () => {});
  await client.connect();
  try {
    // A first key of its own, apart from the workers' liveness locks (db/queue-liveness.ts).
    await client.query("select pg_advisory_lock(20261202, 0)");
    return await work();
  } finally {
    await client.end().catch(() => {});
  }
}

/** Installs or upgrades graphile-worker's own schema (idempotent). */
export async function installQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

export const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[worker] ${message}`);
});
