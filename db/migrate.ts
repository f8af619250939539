import { type Kysely, type MigrationResult, Migrator } from "kysely";
import { migrations } from "./migrations/index";

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

function check(results: { error?: unknown; results?: MigrationResult[] }): MigrationResult[] {
  if (results.error) {
    const failed = results.results?.find((r) => r.status === "Error");
    const reason = results.error instanceof Error ? results.error.message : String(results.error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${reason}`);
  }
  return results.results ?? [];
}

/** Applies every pending migration; throws MigrationError naming the one that failed. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  return check(await createMigrator(db).migrateToLatest());
}

/** Reverts every migration, newest first (used by the tests that prove `down` works). */
export async function migrateAllDown(db: Kysely<any>): Promise<void> {
  const migrator = createMigrator(db);
  for (;;) {
    const results = check(await migrator.migrateDown());
    if (results.length === 0) return;
  }
}
