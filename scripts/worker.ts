// `npm run worker`: the outbox worker on its own, for deployments with several app instances
// (start those with WORKER=0). Any number of workers can run: graphile-worker hands each job to one.
import { ConfigError, appEnvSchema, parseEnv } from "../app/env.server";
import { createDb } from "../db/kysely";
import { installQueue } from "../db/outbox";
import { createSearchClient } from "../search/client";
import { startSyncWorker } from "../search/sync";
import { StartupError } from "./lib/services";

try {
  const env = parseEnv(
    appEnvSchema.pick({ DATABASE_URL: true, MEILI_URL: true, MEILI_MASTER_KEY: true, MEILI_INDEX_PREFIX: true }),
    process.env,
  );
  await installQueue(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL, { max: 4 });
  const runner = await startSyncWorker({
    connectionString: env.DATABASE_URL,
    db,
    search: createSearchClient({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY }),
    indexPrefix: env.MEILI_INDEX_PREFIX,
  });
  console.log("[worker] draining the search outbox; stop with Ctrl-C");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, async () => {
      await runner.stop();
      await db.destroy();
      process.exit(0);
    });
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`[worker] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
