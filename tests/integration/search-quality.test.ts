// The judged query set as a regression test (docs/decisions/021): our candidate search against
// PostgreSQL full-text on the fixed fixture, through the real index settings and documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QualityReport, QUALITY_TARGETS, missLines, qualityTable } from "../../search/quality/evaluate";
import { runSearchQuality } from "../fixtures/search-quality/run";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { type TestSearch, createTestSearch } from "../support/search";

describe("search quality on the judged query set", () => {
  let t: TestDatabase;
  let search: TestSearch;
  let report: QualityReport;

  beforeAll(async () => {
    t = await createTestDatabase();
    search = createTestSearch();
    report = await runSearchQuality(t.db, search.client, search.prefix);
  }, 60_000);

  afterAll(async () => {
    await search?.cleanup();
    await t?.drop();
  });

  const explain = () =>
    ["", ...qualityTable(report), "", "Our search missed:", ...missLines(report, "ours")].join("\n");

  it(`finds at least ${QUALITY_TARGETS.recall * 100} % of what a specialist wants in the first 10`, () => {
    expect(report.ours.all.recall, explain()).toBeGreaterThanOrEqual(QUALITY_TARGETS.recall);
  });

  it(`is at least ${QUALITY_TARGETS.leadOverFullText} ahead of PostgreSQL full-text search in recall@10`, () => {
    expect(report.ours.all.recall - report.fullText.all.recall, explain()).toBeGreaterThanOrEqual(
      QUALITY_TARGETS.leadOverFullText,
    );
  });
});
