import path from "node:path";
import { defineConfig } from "vitest/config";

// Run through `npm test`, which starts PostgreSQL and Meilisearch (or uses the configured ones)
// and passes their addresses in TEST_* variables; see scripts/test.ts.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "db/**/*.test.ts",
      "search/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "tests/integration/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
