import path from "node:path";
import { defineConfig } from "vitest/config";
import { unitTestFiles } from "./vitest.config";

// Only the unit tests: what Stryker runs for every mutant (`npm run test:mutation`). They need
// nothing running, so a mutant costs milliseconds. Not isolated (see vitest.config.ts).
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: { include: unitTestFiles, environment: "node", testTimeout: 10_000, isolate: false, restoreMocks: true },
});
