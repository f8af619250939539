// `npm run worker`: the outbox worker on its own, for deployments with several app instances
// (start those with WORKER=0). Any number of workers can run: graphile-worker hands each job to one.
import { ConfigError, appEnvSchema, parseEnv } from "../app/env.server";
import { createDb } from "../db/kysely";
import { installQueue, withSetupLock } from "../db/outbox";
import { appConnection } from "../db/roles";
import { createSearchClient } from "../search/client";
import { startSyncWorker } from "../search/sync";
import { StartupError } from "./lib/services";

try {
  const env = parseEnv(
    appEnvSchema.pick({
      DATABASE_URL: true,
      APP_DATABASE_URL: true,
      DATABASE_APP_ROLE: true,
      MEILI_URL: true,
      MEILI_MASTER_KEY: true,
      MEILI_INDEX_PREFIX: true,
    }),
    process.env,
  );
  await withSetupLock(env.DATABASE_URL, () => installQueue(env.DATABASE_URL));
  // The worker works as the app role, like the web app (db/roles.ts).
  const app = appConnection(env);
  const db = createDb(app.url, { max: 4, role: app.role });
  const runner = await startSyncWorker({
    connectionString: app.url,
    role: app.role,
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
