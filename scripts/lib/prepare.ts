// Everything between "the services are up" and "the portal can serve": check that both answer,
// migrate, apply search settings, load demo data when asked. Shared by start, migrate and tests.
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import { migrateToLatest } from "../../db/migrate";
import { installQueue, withSetupLock } from "../../db/outbox";
import { type AppRoleOptions, setUpAppRole } from "../../db/roles";
import type { Database } from "../../db/schema";
import { seedDemoData } from "../../db/seed/demo";
import { applyIndexSettings } from "../../search/settings";
import { StartupError } from "./services";

function explain(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.code ?? e.cause?.message ?? e.message ?? String(error);
}

function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol.startsWith("postgres") ? "5432" : "80")}${u.pathname.length > 1 ? u.pathname : ""}`;
}

export async function assertDatabaseReachable(db: Kysely<Database>, url: string): Promise<void> {
  try {
    await db.selectNoFrom((eb) => eb.val(1).as("one")).execute();
  } catch (error) {
    throw new StartupError(`Cannot connect to PostgreSQL at ${where(url)} (DATABASE_URL): ${explain(error)}.`);
  }
}

export async function assertSearchReachable(search: Meilisearch, url: string): Promise<void> {
  try {
    await Promise.race([
      search.health(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5000).unref()),
    ]);
  } catch (error) {
    throw new StartupError(`Cannot reach Meilisearch at ${where(url)} (MEILI_URL): ${explain(error)}.`);
  }
  try {
    await search.getRawIndexes({ limit: 1 });
  } catch (error) {
    throw new StartupError(`Meilisearch at ${where(url)} refused the key in MEILI_MASTER_KEY: ${explain(error)}.`);
  }
}

export interface PrepareOptions {
  db: Kysely<Database>;
  search: Meilisearch;
  databaseUrl: string;
  meiliUrl: string;
  indexPrefix: string;
  demoData: boolean;
  /** The app role (db/roles.ts): created if missing, then granted its rights after every migration. */
  appRole: string;
  /** A password makes it a login role (the embedded server); without one the app uses SET ROLE. */
  appPassword?: string;
  /** True when the app connects with DATABASE_URL and SET ROLE (no APP_DATABASE_URL). */
  appUsesSetRole: boolean;
  log?: (line: string) => void;
}

/**
 * The database as the portal needs it, as its owner (`url`): every migration, the job queue, then
 * the app role and its rights (db/roles.ts), which must come after the last migration. Used by
 * `npm start`, `db:migrate`, a restore and the test template. Returns the migrations applied.
 */
export async function migrateDatabase(db: Kysely<any>, url: string, appRole: AppRoleOptions) {
  const applied = await migrateToLatest(db);
  await installQueue(url);
  try {
    await setUpAppRole(db, appRole);
  } catch (error) {
    throw new StartupError(
      `Could not set up the app role ${appRole.role} in PostgreSQL (${explain(error)}): the DATABASE_URL user must own the database and be allowed to create the role, or create it yourself (README, "Two database roles").`,
    );
  }
  return applied;
}

export async function prepare(options: PrepareOptions): Promise<void> {
  const log = options.log ?? (() => {});
  await assertDatabaseReachable(options.db, options.databaseUrl);
  await assertSearchReachable(options.search, options.meiliUrl);
  // One process at a time (several portals starting together): the next finds nothing to do.
  await withSetupLock(options.databaseUrl, async () => {
    const applied = await migrateDatabase(options.db, options.databaseUrl, {
      role: options.appRole,
      password: options.appPassword,
      setRole: options.appUsesSetRole,
    });
    if (applied.length > 0) log(`Applied ${applied.length} database migration(s).`);
    await applyIndexSettings(options.search, options.indexPrefix);
    if (options.demoData) {
      const seeded = await seedDemoData(options.db);
      if (seeded) log("Loaded demo data into the empty database.");
    }
  });
}
