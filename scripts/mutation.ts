// `npm run test:mutation`: StrykerJS changes the rule modules one small edit ("mutant") at a time
// and runs the unit tests against each; a mutant no test notices "survives". Prints the score
// per module (killed ÷ all that ran, timeouts count as killed) and writes the HTML report to
// reports/mutation/index.html. Exits non-zero when a module is below the threshold.
// Options: --threshold=85 (per module), --concurrency=2, other arguments narrow the run to
// modules whose name contains them (`npm run test:mutation -- privacy`).
// How to read the report, and the survivors judged equivalent: docs/testing.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MutantResult, PartialStrykerOptions } from "@stryker-mutator/api/core";
import { Stryker } from "@stryker-mutator/core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The rule modules under mutation testing: one line per module, name → files (globs, or
// "file:from-to" line ranges for the pure part of a file that also does I/O). Add a module here.
export const mutationModules: Record<string, string[]> = {
  "grants/calculation": ["app/grants/calculation.ts"],
  "matching/fit-score": ["app/matching/fit-score.ts"],
  "matching/pipeline": ["app/matching/pipeline.ts"],
  "domain/privacy": ["app/domain/privacy.ts"],
  "domain/identifiers": ["app/domain/identifiers.ts"],
  "domain/dates": ["app/domain/dates.ts"],
  "candidates/consent": ["app/candidates/consent-rules.ts"],
  "candidates/profile-schema": ["app/candidates/profile-schema.ts"],
  "auth/access": ["app/auth/access-rules.ts"],
  "auth/throttle": ["app/auth/throttle.ts"],
  "auth/next-path": ["app/auth/next-path.ts"],
  "grants/periods": ["app/grants/periods.ts"],
  "grants/wage-subsidy": ["app/grants/wage-subsidy.ts"],
  "afterhire/rules": ["app/afterhire/rules.ts"],
  "domain/retention": ["app/domain/retention.ts"],
  "domain/free-text-guard": ["app/domain/free-text-guard.ts"],
  "jobs/rules": ["app/jobs/rules.ts"],
  "candidates/share-request": ["app/candidates/share-request-rules.ts"],
  "accounts/enhetsregisteret": ["app/accounts/enhetsregisteret.ts"],
  "grants/refund": ["app/grants/refund.ts", "app/grants/refund-form.ts"],
  "norms/figures": ["app/norms/figures.ts"],
};

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? fallback : Number(value);
};
const threshold = option("threshold", 85);
const concurrency = option("concurrency", 2);
const filters = args.filter((a) => !a.startsWith("--"));
const chosen = Object.entries(mutationModules).filter(
  ([name]) => filters.length === 0 || filters.some((f) => name.includes(f)),
);
if (chosen.length === 0) {
  console.error(
    `[mutation] No module matches ${filters.join(", ")}. Modules: ${Object.keys(mutationModules).join(", ")}.`,
  );
  process.exit(2);
}

const options: PartialStrykerOptions = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.unit.config.ts", related: true },
  mutate: chosen.flatMap(([, files]) => files),
  coverageAnalysis: "perTest",
  concurrency,
  timeoutMS: 10_000,
  // Only what the unit tests need is copied to Stryker's sandbox.
  ignorePatterns: ["/.data", "/build", "/test-results", "/reports", "/bench-results", "/.stryker-tmp"],
  reporters: ["html", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  thresholds: { high: 90, low: threshold, break: null },
  cleanTempDir: "always",
  // LogLevel is a const enum that isolatedModules cannot read: its value for "warning".
  logLevel: "warn" as PartialStrykerOptions["logLevel"],
};

function moduleOf(fileName: string, line: number): string | undefined {
  const relative = path.relative(root, path.resolve(root, fileName));
  for (const [name, files] of chosen) {
    for (const file of files) {
      const [filePath, range] = file.split(":");
      if (filePath !== relative) continue;
      if (!range) return name;
      const [from, to] = range.split("-").map(Number);
      if (line >= (from ?? 0) && line <= (to ?? Number.POSITIVE_INFINITY)) return name;
    }
  }
  return undefined;
}

const results: MutantResult[] = await new Stryker(options).runMutationTest();

interface Tally {
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
}
const tallies = new Map<string, Tally>(
  chosen.map(([name]) => [name, { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0 }]),
);
for (const mutant of results) {
  const name = moduleOf(mutant.fileName, mutant.location.start.line);
  const tally = name ? tallies.get(name) : undefined;
  if (!tally) continue;
  if (mutant.status === "Killed") tally.killed++;
  else if (mutant.status === "Timeout") tally.timeout++;
  else if (mutant.status === "Survived") tally.survived++;
  else if (mutant.status === "NoCoverage") tally.noCoverage++;
  else tally.ignored++;
}

const score = (t: Tally) => {
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
};
const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
  `\n${"Module".padEnd(28)}${pad("Score", 8)}${pad("Killed", 8)}${pad("Timeout", 9)}${pad("Survived", 10)}${pad("No cov.", 9)}`,
);
let below = 0;
for (const [name, t] of tallies) {
  const s = score(t);
  if (s < threshold) below++;
  console.log(
    `${name.padEnd(28)}${pad(`${s.toFixed(1)} %`, 8)}${pad(t.killed, 8)}${pad(t.timeout, 9)}${pad(t.survived, 10)}${pad(t.noCoverage, 9)}${s < threshold ? "  below threshold" : ""}`,
  );
}
const survivors = results.filter(
  (m) => (m.status === "Survived" || m.status === "NoCoverage") && moduleOf(m.fileName, m.location.start.line),
);
if (survivors.length > 0) {
  console.log("\nSurvivors (killed by no test; see docs/testing.md for those judged equivalent):");
  for (const m of survivors)
    console.log(
      `  ${path.relative(root, m.fileName)}:${m.location.start.line}  ${m.mutatorName}  ${(m.replacement ?? "").replace(/\s+/g, " ").slice(0, 80)}${m.status === "NoCoverage" ? "  (no test covers it)" : ""}`,
    );
}
console.log(`\nHTML report: ${path.join("reports", "mutation", "index.html")}. Threshold ${threshold} % per module.`);
if (below > 0) {
  console.error(`[mutation] ${below} module(s) below ${threshold} %.`);
  process.exit(1);
}
