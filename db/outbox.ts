// The transactional outbox: a change to anything indexed enqueues its index job in the SAME
// transaction (graphile-worker's add_job is plain SQL), so a commit can never lose its update and
// a rollback never leaves a stray job. The worker re-reads the row, so jobs carry only ids.
import { Logger, runMigrations } from "graphile-worker";
import { type Kysely, type Transaction, sql } from "kysely";
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

/** Installs or upgrades graphile-worker's own schema (idempotent). */
export async function installQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

export const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[worker] ${message}`);
});
