// `npm test`: the whole suite against real services.
//   1. PostgreSQL: DATABASE_URL's server if set, else a throwaway embedded one; a migrated
//      template database is made once and each test file copies it (tests/support/db.ts).
//   2. Meilisearch: MEILI_URL if set, else a throwaway embedded one; indexes get a per-run prefix.
//   3. The production build (when e2e runs; tests/integration/two-instances.test.ts serves it
//      too), Vitest (unit + integration), then Playwright (e2e) against `scripts/start.ts` on a
//      fresh database with demo data.
// Prints each runner's own summary and a last line "Summary: N passed, M failed".
// Options: --only=unit|integration|e2e; other options (`--repeat-each=3`, `--workers=2`) go to
// Playwright; other arguments are file filters passed on to Vitest and Playwright. `--only=unit` starts nothing: unit tests need no services. For older habits,
// `npm run test:unit -- <filter>` whose filter names integration test files runs those too (and
// then starts the services), saying so; `npm run test:integration -- <filter>` is the plain way.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ConfigError, parseEnv, startEnvSchema } from "../app/env.server";
import { createDb } from "../db/kysely";
import { createSearchClient } from "../search/client";
import { buildApp } from "./lib/build";
import { assertDatabaseReachable, assertSearchReachable, migrateDatabase } from "./lib/prepare";
import { StartupError, freePort, startEmbeddedMeilisearch, startEmbeddedPostgres, withDatabase } from "./lib/services";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resultsDir = path.join(root, "test-results");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
// Anything else narrows the run to matching test files, e.g. `npm run test:unit -- job-sync`.
const fileFilters = process.argv.slice(2).filter((a) => !a.startsWith("--"));
// Other options go to Playwright as they are (write them with "=": `--repeat-each=3 --workers=2`).
const playwrightOptions = process.argv.slice(2).filter((a) => a.startsWith("--") && !a.startsWith("--only="));
const log = (line: string) => console.log(`[test] ${line}`);
const testAppRole = "arbeidsbro_test_app";
const testAppPassword = "arbeidsbro-test-app-only";

/** The same database, logged in as the test app role. */
function asTestAppRole(url: string): string {
  const u = new URL(url);
  u.username = testAppRole;
  u.password = testAppPassword;
  return u.toString();
}

const cleanups: Array<() => Promise<void>> = [];

function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env } as NodeJS.ProcessEnv,
      stdio: "inherit",
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

interface Counts {
  passed: number;
  failed: number;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    success: boolean;
  };
  // A file that fails to load has no failed tests but fails the run: count it.
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.success || report.numFailedTests ? 0 : 1),
  };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
    errors?: unknown[];
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
  };
}

/** Integration test files (as Vitest names them) that one of the filters selects. */
function integrationFilesMatching(filters: string[]): string[] {
  const dir = path.join(root, "tests", "integration");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => `tests/integration/${f}`)
    .filter((f) => filters.some((filter) => f.includes(filter)));
}

async function main(): Promise<number> {
  const projects: string[] = [];
  if (only === undefined || only === "unit") projects.push("unit");
  if (only === undefined || only === "integration") projects.push("integration");
  if (only === "unit" && fileFilters.length > 0) {
    const matching = integrationFilesMatching(fileFilters);
    if (matching.length > 0) {
      log(
        `The filter also names integration tests (${matching.join(", ")}): running them too, with PostgreSQL and Meilisearch. "npm run test:integration -- <filter>" runs only those.`,
      );
      projects.push("integration");
    }
  }
  if (only !== undefined && !["unit", "integration", "e2e"].includes(only)) {
    console.error(`[test] --only=${only}: use unit, integration or e2e.`);
    return 2;
  }
  mkdirSync(resultsDir, { recursive: true });
  const counts: Counts[] = [];
  const vitest = async (shared: Record<string, string>) => {
    log(`Vitest: ${projects.join(" and ")} tests`);
    const report = path.join(resultsDir, "vitest.json");
    rmSync(report, { force: true });
    await run(
      path.join(root, "node_modules", ".bin", "vitest"),
      [
        "run",
        ...projects.flatMap((p) => ["--project", p]),
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
        ...fileFilters,
      ],
      { ...shared, NODE_ENV: "test" },
    );
    counts.push(vitestCounts(report));
  };

  // Unit tests alone: nothing to start.
  if (only === "unit" && !projects.includes("integration")) {
    await vitest({});
    return summary(counts);
  }

  const env = parseEnv(startEnvSchema, process.env);
  const runId = `t${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-test-"));
  chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder
  cleanups.push(async () => rmSync(tmp, { recursive: true, force: true }));

  let adminUrl = env.DATABASE_URL;
  if (!adminUrl) {
    log("DATABASE_URL is not set: starting a throwaway embedded PostgreSQL…");
    const pgServer = await startEmbeddedPostgres({
      dir: path.join(tmp, "postgres"),
      database: "postgres",
      ephemeral: true,
    });
    cleanups.push(() => pgServer.stop());
    adminUrl = pgServer.adminUrl;
  } else {
    log(`Using the PostgreSQL server in DATABASE_URL (test databases are named ${runId}_*).`);
  }
  let meiliUrl = env.MEILI_URL;
  let meiliKey = env.MEILI_MASTER_KEY;
  if (!meiliUrl) {
    log("MEILI_URL is not set: starting a throwaway embedded Meilisearch…");
    const meili = await startEmbeddedMeilisearch({ dir: path.join(tmp, "meilisearch") });
    cleanups.push(() => meili.stop());
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  }
  if (!meiliKey) throw new StartupError("MEILI_URL is set but MEILI_MASTER_KEY is not.");
  const search = createSearchClient({ url: meiliUrl, apiKey: meiliKey });
  await assertSearchReachable(search, meiliUrl);
  cleanups.push(async () => {
    const { results } = await search.getRawIndexes({ limit: 1000 });
    for (const index of results.filter((i) => i.uid.startsWith(runId))) await search.deleteIndex(index.uid);
  });

  // The template every integration test file copies.
  const templateDb = `${runId}_template`;
  await adminQuery(adminUrl, `create database ${templateDb}`);
  cleanups.push(() => adminQuery(adminUrl, `drop database if exists ${templateDb} with (force)`));
  const template = createDb(withDatabase(adminUrl, templateDb), { max: 1 });
  await assertDatabaseReachable(template, withDatabase(adminUrl, templateDb));
  // Tests and the e2e portal log in as an app role, like a deployment (db/roles.ts); copies of the
  // template keep the grants. A role of their own, so a run never changes a developer's app role
  // on a shared server; its fixed password lets parallel runs set it at once without conflict.
  await migrateDatabase(template, withDatabase(adminUrl, templateDb), {
    role: testAppRole,
    password: testAppPassword,
    setRole: false,
  });
  await template.destroy();
  // Test files drop their own databases; this catches what a crashed file left.
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const left = await client.query<{ datname: string }>("select datname from pg_database where datname like $1", [
      `${runId}_%`,
    ]);
    for (const row of left.rows)
      await client.query(`drop database if exists ${pg.escapeIdentifier(row.datname)} with (force)`);
    await client.end();
  });

  const shared = {
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliKey,
    TEST_ADMIN_DATABASE_URL: adminUrl,
    TEST_TEMPLATE_DATABASE: templateDb,
    TEST_RUN_ID: runId,
    TEST_APP_ROLE: testAppRole,
    TEST_APP_PASSWORD: testAppPassword,
  };

  const e2e = only === undefined || only === "e2e";
  // The end-to-end tests and tests/integration/two-instances.test.ts serve the production build:
  // built once, before both (that test builds by itself only when run without the e2e step and the
  // build is stale).
  let built = false;
  if (e2e) {
    log("Building the portal…");
    try {
      await buildApp(root, resultsDir);
      built = true;
    } catch (error) {
      // Still run Vitest: its results say more than the build log alone. Playwright is skipped.
      console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
      counts.push({ passed: 0, failed: 1 });
    }
  }

  if (projects.length > 0) await vitest(shared);

  if (e2e && built) {
    const e2eDb = `${runId}_e2e`;
    await adminQuery(adminUrl, `create database ${e2eDb}`);
    const port = await freePort();
    const report = path.join(resultsDir, "playwright.json");
    rmSync(report, { force: true });
    log("Playwright: end-to-end tests in Chromium");
    await run(path.join(root, "node_modules", ".bin", "playwright"), ["test", ...playwrightOptions, ...fileFilters], {
      ...shared,
      E2E_DATABASE_URL: withDatabase(adminUrl, e2eDb),
      E2E_APP_DATABASE_URL: asTestAppRole(withDatabase(adminUrl, e2eDb)),
      E2E_INDEX_PREFIX: `${runId}_e2e_`,
      E2E_PORT: String(port),
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      // The stand-in for Enhetsregisteret (playwright.config.ts starts it).
      E2E_ENHETSREGISTERET_PORT: String(await freePort()),
    });
    counts.push(playwrightCounts(report));
  }
  return summary(counts);
}

function summary(counts: Counts[]): number {
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  console.log(`\nSummary: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (error instanceof StartupError || error instanceof ConfigError) console.error(`[test] ${error.message}`);
  else console.error("[test] The test run could not start:", error);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(`[test] cleanup: ${e}`));
}
process.exit(code);
