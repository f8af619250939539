// `npm run db:migrate`: applies pending migrations to DATABASE_URL (`-- --down` reverts the last one).
import { ConfigError, appEnvSchema, parseEnv } from "../app/env.server";
import { createDb } from "../db/kysely";
import { MigrationError, createMigrator } from "../db/migrate";
import { assertDatabaseReachable, migrateDatabase } from "./lib/prepare";
import { StartupError } from "./lib/services";

const url = process.env.DATABASE_URL;
try {
  if (!url) throw new ConfigError("DATABASE_URL is not set. (npm start migrates the embedded database by itself.)");
  parseEnv(appEnvSchema.pick({ DATABASE_URL: true }), process.env);
  const db = createDb(url, { max: 1 });
  try {
    await assertDatabaseReachable(db, url);
    if (process.argv.includes("--down")) {
      const { results, error } = await createMigrator(db).migrateDown();
      if (error) throw new MigrationError(String(error));
      for (const r of results ?? []) console.log(`reverted ${r.migrationName}`);
    } else {
      // The app role's rights, after every migration (db/roles.ts), as npm start does.
      const env = parseEnv(appEnvSchema.pick({ APP_DATABASE_URL: true, DATABASE_APP_ROLE: true }), process.env);
      const results = await migrateDatabase(db, url, { role: env.DATABASE_APP_ROLE, setRole: !env.APP_DATABASE_URL });
      for (const r of results) console.log(`applied ${r.migrationName}`);
      if (results.length === 0) console.log("The database is up to date.");
      console.log(`Granted the app role ${env.DATABASE_APP_ROLE} its rights.`);
    }
  } finally {
    await db.destroy();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof MigrationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
