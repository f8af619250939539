// Crash recovery for the outbox queue (docs/decisions/020). graphile-worker 0.16 marks a job
// taken with `locked_by`/`locked_at` columns, not with a database lock, so when a worker process
// dies without stopping (SIGKILL, out of memory, a lost machine) its jobs stay locked until the
// lock is 4 hours old: the index updates they carry would arrive 4 hours late. Its answer is
// `force_unlock_workers(ids)` for workers known to be dead. This module tells which are dead:
//
// - every worker process holds, on one connection of its own, a PostgreSQL session advisory lock
//   per graphile-worker worker id. PostgreSQL drops a session's locks when its connection ends,
//   and the connection ends when the process dies, however it dies;
// - every few seconds each process looks for jobs locked (for longer than a short grace, so a
//   worker just created has had time to take its lock) by a worker id whose advisory lock nobody
//   holds, and unlocks them. Any other worker then takes them at its next poll.
//
// A job so freed may run twice (the dead worker may have sent its update already). Every job in
// search/sync.ts re-reads the row and is idempotent, so that is harmless: delivery is at least once.
import { EventEmitter } from "node:events";
import type { WorkerEvents } from "graphile-worker";
import pg from "pg";

/** The first key of every advisory lock taken here; the second is hashtext(worker id). */
export const LIVENESS_LOCK_CLASS = 20_261_203;
const SWEEP_EVERY_MS = 5_000;
const GRACE_SECONDS = 5;

export interface QueueLiveness {
  /** Pass to graphile-worker's run() as `events`: workers announce themselves on it. */
  events: WorkerEvents;
  /** Frees the jobs of dead workers now (also run every few seconds). Returns the dead worker ids. */
  sweep(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startQueueLiveness(options: {
  connectionString: string;
  role?: string;
  log?: (line: string) => void;
}): Promise<QueueLiveness> {
  const events = new EventEmitter() as WorkerEvents;
  const live = new Set<string>();
  let client: pg.Client | undefined;
  let stopped = false;
  let reconnectTimer: NodeJS.Timeout | undefined;
  const log = options.log ?? ((line: string) => console.error(`[worker] ${line}`));

  const lock = async (c: pg.Client, id: string) => {
    // try: a hash collision with a live worker must never block this one.
    await c.query("select pg_try_advisory_lock($1::int4, hashtext($2))", [LIVENESS_LOCK_CLASS, id]);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({
      connectionString: options.connectionString,
      application_name: "arbeidsbro-worker-liveness",
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
    });
    c.on("error", () => {
      // The connection is gone, and with it this process's locks: take them again on a new one.
      if (client === c) client = undefined;
      if (!stopped) reconnectTimer ??= setTimeout(reconnect, 1_000);
    });
    await c.connect();
    for (const id of live) await lock(c, id);
    client = c;
  };
  const reconnect = () => {
    reconnectTimer = undefined;
    if (stopped) return;
    connect().catch(() => {
      if (!stopped) reconnectTimer ??= setTimeout(reconnect, 1_000);
    });
  };
  await connect();

  events.on("worker:create", ({ worker }) => {
    live.add(worker.workerId);
    if (client) lock(client, worker.workerId).catch(() => {});
  });
  events.on("worker:release", ({ worker }) => {
    live.delete(worker.workerId);
    client
      ?.query("select pg_advisory_unlock($1::int4, hashtext($2))", [LIVENESS_LOCK_CLASS, worker.workerId])
      .catch(() => {});
  });

  const sweep = async (): Promise<string[]> => {
    if (!client) return [];
    const { rows } = await client.query<{ worker_id: string }>(
      `select distinct j.locked_by as worker_id
         from graphile_worker._private_jobs j
        where j.locked_by is not null
          and j.locked_at < now() - make_interval(secs => $2)
          and not exists (
            select 1 from pg_locks l
             where l.locktype = 'advisory' and l.granted and l.objsubid = 2
               and l.database = (select oid from pg_database where datname = current_database())
               and l.classid = $1::int4::oid and l.objid = hashtext(j.locked_by)::oid)`,
      [LIVENESS_LOCK_CLASS, GRACE_SECONDS],
    );
    const dead = rows.map((r) => r.worker_id);
    if (dead.length > 0) {
      await client.query("select graphile_worker.force_unlock_workers($1::text[])", [dead]);
      log(`released the jobs of ${dead.length} worker(s) that stopped without finishing them: ${dead.join(", ")}`);
    }
    return dead;
  };
  const timer = setInterval(() => {
    sweep().catch(() => {}); // PostgreSQL away: the next sweep tries again
  }, SWEEP_EVERY_MS);
  timer.unref();
  await sweep();

  return {
    events,
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}
