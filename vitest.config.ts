import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects. "unit": pure tests that need nothing running (`npm run test:unit`, and the only
// tests Stryker runs). "integration": tests against real PostgreSQL and Meilisearch, run through
// `npm run test:integration` or `npm test`, which start the services (or use the configured ones)
// and pass their addresses in TEST_* variables; see scripts/test.ts.
const alias = { "~": path.resolve(import.meta.dirname, "app") };

export const unitTestFiles = [
  "app/**/*.test.{ts,tsx}",
  "db/**/*.test.ts",
  "search/**/*.test.ts",
  "scripts/**/*.test.ts",
  "tests/unit/**/*.test.ts",
];
export const integrationTestFiles = ["tests/integration/**/*.test.ts"];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Unit tests are pure and keep no module state, so they share one module graph per worker
        // (isolate: false): 65 files in ~6 s instead of ~25 s spent re-importing per file. A
        // spy is restored after each test (restoreMocks). Checked with `--sequence.shuffle`.
        test: {
          name: "unit",
          include: unitTestFiles,
          environment: "node",
          testTimeout: 10_000,
          pool: "threads",
          isolate: false,
          restoreMocks: true,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: integrationTestFiles,
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
        },
      },
    ],
  },
});
