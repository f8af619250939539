// Ctrl-C on `npm start` with nothing configured (embedded PostgreSQL and Meilisearch): it stops
// the web server, the pools, then the services, quietly, and leaves nothing running (finding 7 of
// issue 19). A fresh tsx cache, as on a new machine: a module first loaded while stopping used to
// fail with "TransformError: The service is no longer running", and the app's pool, never closed,
// then printed "PostgreSQL pool error" as PostgreSQL went down.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { freePort } from "../../scripts/lib/services";

function exited(child: ChildProcess, timeoutMs: number): Promise<number | string | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? child.signalCode);
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

const runningUnder = (dir: string) => {
  try {
    return execFileSync("pgrep", ["-af", dir], { encoding: "utf8" }).trim();
  } catch {
    return ""; // pgrep exits 1 when nothing matches
  }
};

test("Ctrl-C on npm start stops everything in order, without error lines, and leaves nothing running", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-stop-"));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  const tsxCache = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-tsx-"));
  const port = await freePort();
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    detached: true, // its own process group, like a terminal's foreground job
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: "",
      APP_DATABASE_URL: "",
      DATABASE_APP_ROLE: "",
      MEILI_URL: "",
      MEILI_MASTER_KEY: "",
      MEILI_INDEX_PREFIX: "",
      DATA_DIR: path.join(dir, "data"),
      PORT: String(port),
      DEMO_DATA: "0",
      SKIP_BUILD: "1",
      TMPDIR: tsxCache,
    },
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  try {
    await expect
      .poll(
        async () => {
          if (child.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
          return fetch(`http://127.0.0.1:${port}/healthz`).then(
            (r) => r.status,
            () => 0,
          );
        },
        { timeout: 150_000, intervals: [500] },
      )
      .toBe(200);
    // A page that uses the database, so the app's pool is open when Ctrl-C comes.
    expect((await fetch(`http://127.0.0.1:${port}/logg-inn`)).status).toBe(200);
    expect(runningUnder(dir)).toContain("postgres");
    // Migrations done, the owner's (superuser's) pool is closed: only the app role is connected.
    const state = JSON.parse(readFileSync(path.join(dir, "data", "postgres", "state.json"), "utf8"));
    const superuser = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/arbeidsbro`,
    });
    await superuser.connect();
    const connected = await superuser.query<{ usename: string }>(
      "select usename from pg_stat_activity where datname = 'arbeidsbro' and backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    await superuser.end();
    expect(connected.rows.map((r) => r.usename)).toContain("arbeidsbro_app");
    expect(connected.rows.map((r) => r.usename)).not.toContain("postgres");

    process.kill(-(child.pid as number), "SIGINT");
    expect(await exited(child, 40_000)).toBe(0);

    expect(output).toContain("[arbeidsbro] Stopping…");
    expect(output).toContain("[arbeidsbro] Stopped.");
    expect(output).not.toMatch(/TransformError|no longer running|pool error|while stopping|Error/i);
    expect(runningUnder(dir)).toBe("");
  } finally {
    if (child.exitCode === null) process.kill(-(child.pid as number), "SIGKILL");
    for (const line of runningUnder(dir).split("\n").filter(Boolean)) {
      process.kill(Number(line.split(" ")[0]), "SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(tsxCache, { recursive: true, force: true });
  }
});
