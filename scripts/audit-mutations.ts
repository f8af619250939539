// `npm run test:audit-mutations`: the hand-made mutations of issue #23's audit, each of which once
// left every test green. Each is applied alone to a scratch worktree of the committed HEAD, and the
// test named beside it must then fail; the run first checks that those tests pass unmutated, so a
// failure means the mutation was noticed, not that the test was broken. StrykerJS
// (`npm run test:mutation`) does the same automatically for the pure rule modules; these are the
// ones in repositories, routes and test helpers that Stryker does not mutate, plus the audit's
// rule-module mutations written out by hand (Stryker's mutators would not add "employer" to a list).
// Options: names to narrow the run (`npm run test:audit-mutations -- withdraw`). Integration tests
// use DATABASE_URL / MEILI_URL when set, as `npm run test:integration` does. About 3 minutes then.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface Mutation {
  name: string;
  file: string;
  from: string;
  to: string;
  /** Test files (unit or integration) that must fail with the mutation. */
  tests: string[];
}

export const auditMutations: Mutation[] = [
  {
    name: "pipeline: an employer may record a hire from a meeting",
    file: "app/matching/pipeline.ts",
    from: `{ to: "hired", by: ["specialist"] },\n    { to: "ended", by: ["specialist", "employer"] },\n  ],\n  work_trial`,
    to: `{ to: "hired", by: ["specialist", "employer"] },\n    { to: "ended", by: ["specialist", "employer"] },\n  ],\n  work_trial`,
    tests: ["app/matching/pipeline.test.ts", "tests/integration/negative-paths.test.ts"],
  },
  {
    name: "pipeline: an employer cannot end a hire",
    file: "app/matching/pipeline.ts",
    from: `hired: [{ to: "ended", by: ["specialist", "employer"] }]`,
    to: `hired: [{ to: "ended", by: ["specialist"] }]`,
    tests: ["app/matching/pipeline.test.ts"],
  },
  {
    name: "pipeline: stage 5 reached at a meeting",
    file: "app/matching/pipeline.ts",
    from: `status === "work_trial" || status === "hired"`,
    to: `status === "meeting" || status === "work_trial" || status === "hired"`,
    tests: ["app/matching/pipeline.test.ts"],
  },
  {
    name: "repository: the move check skipped (an employer records a hire through the real action)",
    file: "db/repositories/matching.ts",
    from: "if (!check.ok) throw new MoveRefusedError(check.reason);",
    to: "",
    tests: ["tests/integration/negative-paths.test.ts"],
  },
  {
    name: "withdrawConsentById: the candidate filter dropped (anyone withdraws any consent by id)",
    file: "db/repositories/candidates.ts",
    from: `.where("id", "=", consentId)\n      .where("candidate_id", "=", candidateId)`,
    to: `.where("id", "=", consentId)`,
    tests: ["tests/integration/negative-paths.test.ts"],
  },
  {
    name: "privacy guard: names of 2–3 letters ignored",
    file: "app/domain/privacy.ts",
    from: ".filter((p) => p.length >= 2)",
    to: ".filter((p) => p.length >= 4)",
    tests: ["app/domain/privacy.test.ts"],
  },
  {
    name: "privacy guard: phone numbers with dots or dashes missed",
    file: "app/domain/privacy.ts",
    from: "[2-9]\\d(?:[\\s.-]?\\d){6}",
    to: "[2-9]\\d(?:\\s?\\d){6}",
    tests: ["app/domain/privacy.test.ts"],
  },
  {
    name: "privacy guard: a fødselsnummer written with a dot missed",
    file: "app/domain/privacy.ts",
    from: "\\d{2}\\.?\\d{2}\\.?\\d{2}[\\s.-]?\\d{5}",
    to: "\\d{2}\\d{2}\\d{2}\\s?\\d{5}",
    tests: ["app/domain/privacy.test.ts"],
  },
  {
    name: "privacy guard on the proposal note removed",
    file: "app/matching/proposals.server.ts",
    from: "if (finding) return { ok: false",
    to: "if (finding && false) return { ok: false",
    tests: ["tests/integration/negative-paths.test.ts"],
  },
  {
    name: "fit score: not available on the start day itself",
    file: "app/matching/fit-score.ts",
    from: "c.availableFrom <= availableBy",
    to: "c.availableFrom < availableBy",
    tests: ["app/matching/fit-score.test.ts"],
  },
  {
    name: "fit score: half points rounded down",
    file: "app/matching/fit-score.ts",
    from: "return Math.round((Object.keys(fitWeights)",
    to: "return Math.floor((Object.keys(fitWeights)",
    tests: ["app/matching/fit-score.test.ts"],
  },
  {
    name: "fit score: a combination starts on its earliest job's date, not its latest",
    file: "app/matching/fit-score.ts",
    from: "a > b ? a : b), null)",
    to: "a < b ? a : b), null)",
    tests: ["app/matching/fit-score.test.ts"],
  },
  {
    name: "grant route: the under-72 check skipped",
    file: "app/routes/arbeidsgiver.$orgId_.tilskudd.$appId.tsx",
    from: "if (!underAgeLimit(identity.birth_date, endDate, rates))",
    to: "if (false && !underAgeLimit(identity.birth_date, endDate, rates))",
    tests: ["tests/integration/negative-paths.test.ts"],
  },
  {
    name: "matching: employer_view consent not required",
    file: "app/matching/match.server.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code to change, as text
    from: "\n    and exists (select 1 from consents c where c.candidate_id = candidates.id and c.scope = 'employer_view' and c.withdrawn_at is null and c.expires_at > ${now})",
    to: "",
    tests: ["tests/integration/negative-paths.test.ts"],
  },
  {
    name: "search: the fresh consent check dropped (a stale index document is shown)",
    file: "app/candidates/search.server.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code to change, as text
    from: "and c.withdrawn_at is null and c.expires_at > ${now})`,",
    to: "and true)`,",
    tests: ["tests/integration/negative-paths.test.ts"],
  },
  {
    name: "test helper: 'not in the index' for any error",
    file: "tests/support/search.ts",
    from: "      return false;\n    throw error;",
    to: "      return false;\n    return false;",
    tests: ["tests/integration/test-helpers.test.ts"],
  },
  {
    name: "test helper: waitUntil treats a throwing check as 'not yet'",
    file: "tests/support/candidates.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code to change, as text
    from: "throw new Error(`waitUntil(${what}): the check failed`, { cause: error });",
    to: "result = false;",
    tests: ["tests/integration/test-helpers.test.ts"],
  },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function git(args: string[], cwd = root): void {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
}

/** The tests a Vitest JSON report says failed, by their full names. */
function failedTests(report: string): string[] {
  if (!existsSync(report)) return [];
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
  };
  return json.testResults.flatMap((file) =>
    file.assertionResults.filter((test) => test.status === "failed").map((test) => test.fullName),
  );
}

/** Runs the given test files in the worktree: whether every test passed, and which failed. */
function testsPass(dir: string, files: string[]): { passed: boolean; summary: string; failed: string[] } {
  const isIntegration = (f: string) => f.startsWith("tests/integration/");
  // Unit files go straight to Vitest; integration files through scripts/test.ts, which starts
  // (or finds) the services and writes its Vitest report to test-results/vitest.json.
  const runners = [
    {
      name: "unit",
      files: files.filter((f) => !isIntegration(f)),
      report: "audit-unit.json",
      command: (report: string) => [
        "vitest",
        "run",
        "--config",
        "vitest.unit.config.ts",
        "--reporter=json",
        `--outputFile=${report}`,
      ],
    },
    {
      name: "integration",
      files: files.filter(isIntegration),
      report: "vitest.json",
      command: () => ["tsx", "scripts/test.ts", "--only=integration"],
    },
  ];
  const lines: string[] = [];
  const failed: string[] = [];
  let passed = true;
  for (const runner of runners.filter((r) => r.files.length > 0)) {
    const report = path.join(dir, "test-results", runner.report);
    rmSync(report, { force: true });
    const r = spawnSync("npx", [...runner.command(report), ...runner.files], { cwd: dir, encoding: "utf8" });
    passed &&= r.status === 0;
    const summary = /Summary: \d+ passed, \d+ failed/.exec(r.stdout)?.[0] ?? (r.status === 0 ? "passed" : "failed");
    lines.push(`${runner.name} ${summary}`);
    failed.push(...failedTests(report));
  }
  return { passed, summary: lines.join("; "), failed };
}

function main(): number {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const chosen = auditMutations.filter((m) => filters.length === 0 || filters.some((f) => m.name.includes(f)));
  if (chosen.length === 0) {
    console.error(`[audit] No mutation matches ${filters.join(", ")}.`);
    return 2;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-audit-"));
  git(["worktree", "add", "--detach", dir, "HEAD"]);
  let failures = 0;
  try {
    symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    const allTests = [...new Set(chosen.flatMap((m) => m.tests))];
    const baseline = testsPass(dir, allTests);
    console.log(`[audit] unmutated: ${baseline.summary}`);
    if (!baseline.passed) {
      console.error("[audit] The tests fail without any mutation: fix them first.");
      return 1;
    }
    for (const m of chosen) {
      const file = path.join(dir, m.file);
      const original = readFileSync(file, "utf8");
      const count = original.split(m.from).length - 1;
      if (count !== 1) {
        console.log(`✗ ${m.name}: the code to change occurs ${count} times in ${m.file} (update this script)`);
        failures += 1;
        continue;
      }
      writeFileSync(
        file,
        original.replace(m.from, () => m.to),
      );
      try {
        const result = testsPass(dir, m.tests);
        // Caught means a test failed. A run that failed without any failed test (a service that
        // did not start, a syntax error) shows nothing about the mutation.
        const verdict = result.failed.length > 0 ? "✓ caught  " : result.passed ? "✗ SURVIVED" : "✗ NO VERDICT";
        if (result.failed.length === 0) failures += 1;
        console.log(`${verdict} ${m.name} — ${m.tests.join(", ")}: ${result.summary}`);
        for (const name of result.failed) console.log(`      failed: ${name}`);
      } finally {
        writeFileSync(file, original);
      }
    }
  } finally {
    git(["worktree", "remove", "--force", dir]);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
  console.log(`[audit] ${chosen.length - failures} of ${chosen.length} mutations caught.`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
