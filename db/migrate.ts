import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FileMigrationProvider, type Kysely, type MigrationResult, Migrator } from "kysely";

const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder }),
  });
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
