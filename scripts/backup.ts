// `npm run db:backup [-- file]` and `npm run db:restore -- file` (scripts/lib/backup.ts).
//   DATABASE_URL set   → that database (restore: it must be empty; then run npm run search:reindex,
//                        or let this script do it when MEILI_URL and MEILI_MASTER_KEY are set).
//   DATABASE_URL unset → the embedded PostgreSQL in DATA_DIR (.data), started for the occasion;
//                        `npm start` must not be running. A restore replaces the embedded database
//                        only with --replace, and rebuilds the embedded search index.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseEnv, startEnvSchema } from "../app/env.server";
import { createDb } from "../db/kysely";
import { createSearchClient } from "../search/client";
import { reindexCandidates, reindexJobs } from "../search/reindex";
import { applyIndexSettings } from "../search/settings";
import { backupDatabase, isEmptyDatabase, restoreDatabase } from "./lib/backup";
import {
  type RunningService,
  StartupError,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  withDatabase,
} from "./lib/services";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mode = process.argv[2] === "restore" ? "restore" : "backup";
const args = process.argv.slice(3).filter((a) => !a.startsWith("--"));
const replace = process.argv.includes("--replace");
const log = (line: string) => console.log(`[${mode}] ${line}`);
const stops: RunningService[] = [];

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
}

async function main(): Promise<void> {
  const env = parseEnv(startEnvSchema, process.env);
  const dataDir = env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(root, ".data");
  let url = env.DATABASE_URL;
  let adminUrl: string | undefined;
  if (!url) {
    log("DATABASE_URL is not set: starting the embedded PostgreSQL for the occasion…");
    const server = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), database: "arbeidsbro" });
    stops.push(server);
    url = server.url;
    adminUrl = server.adminUrl;
  }

  if (mode === "backup") {
    const file = path.resolve(args[0] ?? path.join(root, "backups", `arbeidsbro-${stamp()}.dump`));
    mkdirSync(path.dirname(file), { recursive: true });
    await backupDatabase(url, file);
    const shown = path.relative(process.cwd(), file);
    log(`Wrote ${file}. Restore it with: npm run db:restore -- ${shown.startsWith("..") ? file : shown}`);
    return;
  }

  const file = args[0] ? path.resolve(args[0]) : undefined;
  if (!file || !existsSync(file)) throw new ConfigError("Name the backup file: npm run db:restore -- backups/….dump");
  if (adminUrl && replace && !(await isEmptyDatabase(url))) {
    log("--replace: dropping and recreating the embedded database arbeidsbro…");
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query("drop database arbeidsbro with (force)");
    await client.query("create database arbeidsbro");
    await client.end();
    url = withDatabase(adminUrl, "arbeidsbro");
  }
  await restoreDatabase(url, file, env.DATABASE_APP_ROLE).catch((error) => {
    if (adminUrl && error instanceof StartupError && /not empty/.test(error.message)) {
      throw new StartupError(
        "The embedded database already has data; add --replace to drop it and restore the backup in its place.",
      );
    }
    throw error;
  });
  log(`Restored ${file}.`);

  // The index follows the restored rows: rebuilt from them, swapped in atomically.
  let meiliUrl = env.MEILI_URL;
  let meiliKey = env.MEILI_MASTER_KEY;
  if (!meiliUrl && !env.DATABASE_URL) {
    const meili = await startEmbeddedMeilisearch({ dir: path.join(dataDir, "meilisearch") });
    stops.push(meili);
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  }
  if (!meiliUrl || !meiliKey) {
    log("MEILI_URL is not set: run npm run search:reindex against the portal's Meilisearch now.");
    return;
  }
  const search = createSearchClient({ url: meiliUrl, apiKey: meiliKey });
  const db = createDb(url, { max: 2 });
  try {
    await applyIndexSettings(search, env.MEILI_INDEX_PREFIX);
    const candidates = await reindexCandidates(db, search, env.MEILI_INDEX_PREFIX);
    const jobs = await reindexJobs(db, search, env.MEILI_INDEX_PREFIX);
    log(`Search rebuilt: ${candidates.documents} candidates, ${jobs.documents} jobs and task needs.`);
  } finally {
    await db.destroy();
  }
}

let code = 0;
try {
  await main();
} catch (error) {
  code = 1;
  if (error instanceof StartupError || error instanceof ConfigError) console.error(`[${mode}] ${error.message}`);
  else console.error(`[${mode}] failed:`, error);
} finally {
  for (const service of stops.reverse()) await service.stop().catch(() => {});
}
process.exit(code);
