// Search quality in the bench (`npm run bench -- --quality-only`, and part of every bench run;
// docs/decisions/021): the judged query set of tests/fixtures/search-quality on a fresh database
// (arbeidsbro_bench_quality) and index prefix, our search against PostgreSQL full-text search,
// recall@10 and nDCG@10 overall and per query group, beside the targets.
import { sql } from "kysely";
import { createDb } from "../../db/kysely";
import { migrateToLatest } from "../../db/migrate";
import { createSearchClient } from "../../search/client";
import {
  QUALITY_TARGETS,
  type QualityReport,
  meetsTargets,
  missLines,
  qualityTable,
} from "../../search/quality/evaluate";
import { runSearchQuality } from "../../tests/fixtures/search-quality/run";
import { qualityProfiles } from "../../tests/fixtures/search-quality/profiles";
import { machineInfo } from "./bench-stats";
import { startEmbeddedMeilisearch, withDatabase } from "./services";

const DB_NAME = "arbeidsbro_bench_quality";
const PREFIX = "bench_quality_";

export interface QualityBench {
  /** The `quality` key of bench-results/latest.json. */
  result: {
    when: string;
    machine: ReturnType<typeof machineInfo>;
    profiles: number;
    queries: number;
    k: number;
    targets: typeof QUALITY_TARGETS;
    ours: QualityReport["ours"];
    fullText: QualityReport["fullText"];
    met: { recall: boolean; lead: boolean };
    misses: { ours: string[]; fullText: string[] };
  };
  /** Rows for the bench's table: measure, result, target. */
  rows: Array<[string, string, string]>;
  /** The per-group table and our search's misses, for the console. */
  details: string[];
}

const f2 = (n: number) => n.toFixed(2);

export async function benchQuality(
  adminUrl: string,
  options: { search?: { url: string; apiKey: string }; meiliDir: string; log: (line: string) => void },
): Promise<QualityBench> {
  const admin = createDb(adminUrl, { max: 1 });
  await sql`drop database if exists ${sql.id(DB_NAME)} with (force)`.execute(admin);
  await sql`create database ${sql.id(DB_NAME)}`.execute(admin);
  await admin.destroy();
  const db = createDb(withDatabase(adminUrl, DB_NAME), { max: 2 });
  const stops: Array<() => Promise<void>> = [() => db.destroy()];
  try {
    await migrateToLatest(db);
    let search = options.search;
    if (!search) {
      options.log("Search quality: starting an embedded Meilisearch…");
      const meili = await startEmbeddedMeilisearch({ dir: options.meiliDir });
      stops.push(() => meili.stop());
      search = { url: meili.url, apiKey: meili.masterKey };
    }
    const client = createSearchClient(search);
    // A fresh index: the previous run's, if any, goes first.
    const { results } = await client.getRawIndexes({ limit: 1000 });
    for (const index of results.filter((i) => i.uid.startsWith(PREFIX)))
      await client.tasks.waitForTask((await client.deleteIndex(index.uid)).taskUid);
    options.log(`Search quality: ${qualityProfiles.length} profiles, judged queries, our search and full-text…`);
    const report = await runSearchQuality(db, client, PREFIX);
    const met = meetsTargets(report);
    const lead = report.ours.all.recall - report.fullText.all.recall;
    const miss = (ok: boolean) => (ok ? "" : " — missed");
    const rows: Array<[string, string, string]> = [
      [
        `Search quality recall@10, ours / full-text (${report.results.length} queries)`,
        `${f2(report.ours.all.recall)} / ${f2(report.fullText.all.recall)} (lead ${f2(lead)})`,
        `≥ ${QUALITY_TARGETS.recall}, lead ≥ ${QUALITY_TARGETS.leadOverFullText}${miss(met.recall && met.lead)}`,
      ],
      ["Search quality nDCG@10, ours / full-text", `${f2(report.ours.all.ndcg)} / ${f2(report.fullText.all.ndcg)}`, ""],
      ...Object.keys(report.ours.groups).map((group): [string, string, string] => {
        const o = report.ours.groups[group];
        const ft = report.fullText.groups[group];
        return [
          `  ${group} (${o?.queries}): recall / nDCG, ours vs full-text`,
          `${f2(o?.recall ?? Number.NaN)} / ${f2(o?.ndcg ?? Number.NaN)} vs ${f2(ft?.recall ?? Number.NaN)} / ${f2(ft?.ndcg ?? Number.NaN)}`,
          "",
        ];
      }),
    ];
    const misses = { ours: missLines(report, "ours"), fullText: missLines(report, "fullText") };
    return {
      result: {
        when: new Date().toISOString(),
        machine: machineInfo(),
        profiles: qualityProfiles.length,
        queries: report.results.length,
        k: report.k,
        targets: QUALITY_TARGETS,
        ours: report.ours,
        fullText: report.fullText,
        met,
        misses,
      },
      rows,
      details: [
        ...qualityTable(report),
        "",
        `Our search missed (${misses.ours.length} of ${report.results.length} queries below recall 1):`,
        ...misses.ours.map((line) => `  ${line}`),
      ],
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}
