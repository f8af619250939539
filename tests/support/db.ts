import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import pg from "pg";
import { createDb } from "../../db/kysely";
import type { Database } from "../../db/schema";
import { testEnv } from "./env";

export interface TestDatabase {
  name: string;
  url: string;
  /** As the app role, like the portal: rows only, no DDL, audit_log append-only (db/roles.ts). */
  db: Kysely<Database>;
  /** As the owner (the server's superuser in tests), for what only a migration or an operator does. */
  ownerDb: Kysely<Database>;
  /** `db`'s login: the app role's (pass it to startSyncWorker as connectionString). */
  appUrl: string;
  drop(): Promise<void>;
}

export function databaseUrl(name: string): string {
  const url = new URL(testEnv.adminDbUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The same database, logged in as the app role the tests use. */
export function appRoleUrl(url: string): string {
  const u = new URL(url);
  u.username = testEnv.appRole;
  u.password = testEnv.appPassword;
  return u.toString();
}

export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testEnv.adminDbUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file: a copy of the migrated template (fast: no
 * migrations per file), so files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `${testEnv.runId}_${randomBytes(4).toString("hex")}`;
  const template = options.migrated === false ? "template0" : testEnv.templateDb;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`);
      break;
    } catch (error) {
      // Two files copying the template at the same instant can collide; try again shortly.
      if (attempt >= 10 || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  const url = databaseUrl(name);
  const migrated = options.migrated !== false;
  // An unmigrated copy has no grants yet: it stays with the owner until a test migrates it.
  const appUrl = migrated ? appRoleUrl(url) : url;
  const db = createDb(appUrl, { max: 5, onPoolError: () => {} });
  const ownerDb = createDb(url, { max: 2, onPoolError: () => {} });
  return {
    name,
    url,
    appUrl,
    db,
    ownerDb,
    async drop() {
      await db.destroy();
      await ownerDb.destroy();
      await adminQuery(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    },
  };
}
