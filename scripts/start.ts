// `npm start`: the portal with everything it needs, on one command.
//   DATABASE_URL unset → embedded PostgreSQL in .data/postgres (demo data by default)
//   MEILI_URL unset    → embedded Meilisearch in .data/meilisearch
// Then: migrate, apply search settings, build if the sources changed, serve on PORT.
// Ctrl-C (SIGINT) or SIGTERM stops the server first, then every service it started.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { ConfigError, startEnvSchema, parseEnv } from "../app/env.server";
// Imported now, not while stopping: Ctrl-C also stops tsx's esbuild service, so a module first
// loaded during shutdown fails with "TransformError: The service is no longer running".
import { closeServices } from "../app/services.server";
import { createDb } from "../db/kysely";
import { MigrationError } from "../db/migrate";
import { appConnection } from "../db/roles";
import { createSearchClient } from "../search/client";
import { startSyncWorker } from "../search/sync";
import { buildApp, buildIsStale } from "./lib/build";
import { close, createApp, listen } from "./lib/http";
import { prepare } from "./lib/prepare";
import {
  type RunningService,
  StartupError,
  isPortFree,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
} from "./lib/services";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// DATA_DIR moves the embedded services' data (and the local session secret) elsewhere.
const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(root, ".data");
const shown = (dir: string) => (dir.startsWith(root + path.sep) ? path.relative(root, dir) : dir);
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[arbeidsbro] ${line}`);

const stops: Array<() => Promise<void>> = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // The services are unref'd child processes: once the pools are closed nothing else keeps
    // Node running, and it would exit before it has stopped Meilisearch and PostgreSQL.
    setInterval(() => {}, 1000);
    // Newest first: the web server, then the pool, then the services under them.
    for (const stop of stops.reverse()) await stop().catch((e) => console.error(`[arbeidsbro] while stopping: ${e}`));
    if (code === 0) log("Stopped.");
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    log("Stopping…");
    void shutdown(0);
  });
}

/** Outside production a generated secret is kept in .data/, so sessions survive a restart. */
function localSessionSecret(): string {
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  const env = parseEnv(startEnvSchema, process.env);
  if (!(await isPortFree(env.PORT, "0.0.0.0"))) {
    throw new StartupError(`Port ${env.PORT} is already in use; stop what is using it or set PORT to a free port.`);
  }

  if (env.APP_ENV === "production" && env.DEMO_DATA) {
    throw new StartupError("DEMO_DATA=1 is not allowed with APP_ENV=production: demo users sign in with one click.");
  }
  if (!env.SESSION_SECRET) {
    if (env.APP_ENV === "production")
      throw new StartupError("SESSION_SECRET is not set; production needs a fixed secret of at least 32 characters.");
    process.env.SESSION_SECRET = localSessionSecret();
  }

  let databaseUrl = env.DATABASE_URL;
  let appDatabaseUrl = env.APP_DATABASE_URL;
  let appPassword: string | undefined;
  let meiliUrl = env.MEILI_URL;
  let meiliKey = env.MEILI_MASTER_KEY;
  const embeddedDatabase = !databaseUrl;

  const track = (service: RunningService) => stops.push(() => service.stop());
  if (!databaseUrl) {
    log(`DATABASE_URL is not set: starting the embedded PostgreSQL (${shown(path.join(dataDir, "postgres"))})…`);
    const pg = await startEmbeddedPostgres({
      dir: path.join(dataDir, "postgres"),
      database: "arbeidsbro",
      appRole: env.DATABASE_APP_ROLE,
    });
    track(pg);
    databaseUrl = pg.url;
    // Two roles (db/roles.ts): the superuser migrates; the app logs in as the app role.
    appDatabaseUrl = pg.appUrl;
    appPassword = pg.appPassword;
  }
  if (!meiliUrl) {
    log(`MEILI_URL is not set: starting the embedded Meilisearch (${shown(path.join(dataDir, "meilisearch"))})…`);
    // Supervised: if it dies, it is restarted with backoff; searches answer 503 meanwhile.
    const meili = await startEmbeddedMeilisearch({ dir: path.join(dataDir, "meilisearch"), supervise: { log } });
    track(meili);
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  }
  if (!meiliKey)
    throw new StartupError("MEILI_URL is set but MEILI_MASTER_KEY is not; set the key Meilisearch was started with.");

  // The web app reads these through app/env.server.ts.
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    ...(appDatabaseUrl ? { APP_DATABASE_URL: appDatabaseUrl } : {}),
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliKey,
    NODE_ENV: dev ? "development" : "production",
  });

  const demoData = env.DEMO_DATA ?? embeddedDatabase;
  process.env.DEMO_DATA = demoData ? "1" : "0";
  // The demo mode (embedded database with demo data) turns the developer tools on; anything
  // else leaves them off unless DEV_TOOLS=1. Either way they answer only requests from this machine.
  const devTools = env.DEV_TOOLS ?? (embeddedDatabase && demoData && env.APP_ENV !== "production");
  if (devTools && env.APP_ENV === "production")
    throw new StartupError("DEV_TOOLS=1 is not allowed with APP_ENV=production: it allows sign-in without a password.");
  process.env.DEV_TOOLS = devTools ? "1" : "0";
  // The owner's pool (the superuser, with the embedded database) is for migrations only: closed
  // as soon as they are done, so nothing that serves requests holds an owner's connection.
  const ownerDb = createDb(databaseUrl, { max: 4 });
  try {
    await prepare({
      db: ownerDb,
      search: createSearchClient({ url: meiliUrl, apiKey: meiliKey }),
      databaseUrl,
      meiliUrl,
      indexPrefix: env.MEILI_INDEX_PREFIX,
      demoData,
      appRole: env.DATABASE_APP_ROLE,
      appPassword,
      appUsesSetRole: !appDatabaseUrl,
      log,
    });
  } finally {
    await ownerDb.destroy();
  }
  const app = appConnection({ ...env, DATABASE_URL: databaseUrl, APP_DATABASE_URL: appDatabaseUrl });

  // The outbox worker runs in this process unless WORKER=0 (then run `npm run worker` beside it).
  if (process.env.WORKER !== "0") {
    const appDb = createDb(app.url, { max: 2, role: app.role });
    stops.push(() => appDb.destroy());
    const runner = await startSyncWorker({
      connectionString: app.url,
      role: app.role,
      db: appDb,
      search: createSearchClient({ url: meiliUrl, apiKey: meiliKey }),
      indexPrefix: env.MEILI_INDEX_PREFIX,
    });
    stops.push(() => runner.stop());
  }

  let server: Server;
  if (dev) {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ root, server: { middlewareMode: true } });
    stops.push(() => viteServer.close());
    server = await listen(createApp({ port: env.PORT, vite: viteServer, root, trustProxy: env.TRUST_PROXY }), env.PORT);
  } else {
    if (process.env.SKIP_BUILD !== "1" && buildIsStale(root)) {
      log("Building the portal (first start or changed sources; this takes about half a minute)…");
      await buildApp(root, dataDir);
    }
    const build = (await import(path.join(root, "build", "server", "index.js"))) as ServerBuild;
    server = await listen(createApp({ port: env.PORT, build, root, trustProxy: env.TRUST_PROXY }), env.PORT);
  }
  stops.push(async () => {
    await close(server);
    await closeServices();
  });
  log(
    `Arbeidsbro is running on http://localhost:${env.PORT}${demoData ? " with demo data" : ""}. Stop it with Ctrl-C.`,
  );
  if (devTools)
    log(
      "Developer tools are ON (DEV_TOOLS=1) for requests from this machine only: one-click demo sign-in and the mail outbox at /utvikler/e-post. Set DEV_TOOLS=0 to turn them off.",
    );
}

main().catch(async (error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError || error instanceof MigrationError) {
    console.error(`[arbeidsbro] ${error.message}`);
  } else {
    console.error("[arbeidsbro] Could not start:", error);
  }
  await shutdown(1);
});
