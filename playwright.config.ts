import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/lib/chromium";

// Run through `npm test` (scripts/test.ts), which prepares the database, Meilisearch and the
// build, and passes them in E2E_* variables. The web server is the real `npm start` script.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A stand-in for Enhetsregisteret's open API (tests/support/enhetsregisteret-stub.ts), which the
// portal under test looks organisation numbers up in.
const enhetsregisteretPort = Number(process.env.E2E_ENHETSREGISTERET_PORT ?? port + 1);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // A guard against a hung test, not a speed target (speed lives in `npm run bench`): on a shared
  // two-core machine a long flow with an axe scan on every page takes minutes.
  timeout: 240_000,
  // How long an assertion waits for the page: a posted form took over 10 s at a load of 18 on
  // two cores while the rest of the suite ran beside it.
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json"]],
  outputDir: "test-results/playwright",
  use: {
    baseURL,
    locale: "nb-NO",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      command: "node_modules/.bin/tsx scripts/start.ts",
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        // The portal logs in as the least-privilege app role (db/roles.ts), as in a deployment.
        APP_DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? "",
        DATABASE_APP_ROLE: process.env.TEST_APP_ROLE ?? "",
        MEILI_URL: process.env.MEILI_URL ?? "",
        MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? "",
        MEILI_INDEX_PREFIX: process.env.E2E_INDEX_PREFIX ?? "e2e_",
        DEMO_DATA: "1",
        // One-click sign-in and /utvikler/e-post: off by default, needed by the specs.
        DEV_TOOLS: "1",
        SKIP_BUILD: "1",
        ENHETSREGISTERET_URL: `http://127.0.0.1:${enhetsregisteretPort}`,
      },
    },
    {
      command: `node_modules/.bin/tsx tests/support/enhetsregisteret-stub.ts ${enhetsregisteretPort}`,
      url: `http://127.0.0.1:${enhetsregisteretPort}/enhetsregisteret/api/enheter/974760673`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
