// `npm run search:reindex`: rebuilds the search index from PostgreSQL (DATABASE_URL, MEILI_URL,
// MEILI_MASTER_KEY) into a fresh index and swaps it in atomically.
import { ConfigError, appEnvSchema, parseEnv } from "../app/env.server";
import { createDb } from "../db/kysely";
import { createSearchClient } from "../search/client";
import { reindexCandidates, reindexJobs } from "../search/reindex";
import { progressBar } from "./lib/progress";
import { StartupError } from "./lib/services";

try {
  const env = parseEnv(
    appEnvSchema.pick({ DATABASE_URL: true, MEILI_URL: true, MEILI_MASTER_KEY: true, MEILI_INDEX_PREFIX: true }),
    process.env,
  );
  const db = createDb(env.DATABASE_URL, { max: 2 });
  const total = await db
    .selectFrom("candidates")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const bar = progressBar("[reindex]", Number(total.n), "candidates");
  const search = createSearchClient({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY });
  const result = await reindexCandidates(db, search, env.MEILI_INDEX_PREFIX, bar);
  process.stderr.write("\n");
  console.log(
    `[reindex] ${result.documents} searchable candidates indexed in ${result.seconds.toFixed(1)} s (${Math.round(result.documents / Math.max(result.seconds, 0.001))} documents/s); swapped in atomically.`,
  );
  const jobs = await reindexJobs(db, search, env.MEILI_INDEX_PREFIX);
  console.log(
    `[reindex] ${jobs.documents} open jobs and task needs indexed in ${jobs.seconds.toFixed(1)} s; swapped in atomically.`,
  );
  await db.destroy();
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`[reindex] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
