// Runs a judged query set (docs/decisions/021) through two engines and scores both: our search
// (search/candidate-search.ts on the app's index settings) and PostgreSQL full-text search
// (db/repositories/full-text-search.ts), with the same filters. Engine-agnostic: an engine is a
// function from the query's URL parameters to profile codes, best first.
import { type QueryScore, type Summary, ndcgAt, recallAt, summarise } from "./metrics";

export const K = 10;

export interface QualityQuery {
  group: string;
  /** The URL parameters of /spesialist/sok. */
  params: URLSearchParams;
  label: string;
  relevant: readonly string[];
}

export type Engine = (params: URLSearchParams) => Promise<string[]>;

export interface EngineScore {
  top: string[];
  recall: number;
  ndcg: number;
  /** Relevant profiles not in the first K while there was room for them (recall below 1). */
  missed: string[];
}

export interface QueryResult {
  query: QualityQuery;
  ours: EngineScore;
  fullText: EngineScore;
}

export interface QualityReport {
  k: number;
  results: QueryResult[];
  ours: { all: Summary; groups: Record<string, Summary> };
  fullText: { all: Summary; groups: Record<string, Summary> };
}

function score(ranked: string[], relevant: readonly string[]): EngineScore {
  const top = ranked.slice(0, K);
  const recall = recallAt(K, top, relevant);
  return {
    top,
    recall,
    ndcg: ndcgAt(K, top, relevant),
    missed: recall < 1 ? relevant.filter((code) => !top.includes(code)) : [],
  };
}

export async function evaluateQuality(
  queries: readonly QualityQuery[],
  engines: { ours: Engine; fullText: Engine },
): Promise<QualityReport> {
  const results: QueryResult[] = [];
  for (const query of queries) {
    results.push({
      query,
      ours: score(await engines.ours(query.params), query.relevant),
      fullText: score(await engines.fullText(query.params), query.relevant),
    });
  }
  const scores = (pick: (r: QueryResult) => EngineScore): QueryScore[] =>
    results.map((r) => ({ group: r.query.group, recall: pick(r).recall, ndcg: pick(r).ndcg }));
  return {
    k: K,
    results,
    ours: summarise(scores((r) => r.ours)),
    fullText: summarise(scores((r) => r.fullText)),
  };
}

export const QUALITY_TARGETS = { recall: 0.9, leadOverFullText: 0.2 } as const;

/** Whether our search meets the targets: recall@K ≥ 0.9 and ≥ 0.2 ahead of full-text. */
export function meetsTargets(report: QualityReport): { recall: boolean; lead: boolean } {
  return {
    recall: report.ours.all.recall >= QUALITY_TARGETS.recall,
    lead: report.ours.all.recall - report.fullText.all.recall >= QUALITY_TARGETS.leadOverFullText,
  };
}

const f2 = (n: number) => n.toFixed(2);

/** The per-group table: our search and full-text side by side. */
export function qualityTable(report: QualityReport): string[] {
  const rows: string[][] = [
    ["Group", "Queries", "Ours recall@10", "Ours nDCG@10", "Full-text recall@10", "Full-text nDCG@10"],
  ];
  const row = (name: string, ours: Summary, ft: Summary) =>
    rows.push([name, String(ours.queries), f2(ours.recall), f2(ours.ndcg), f2(ft.recall), f2(ft.ndcg)]);
  for (const group of Object.keys(report.ours.groups))
    row(group, report.ours.groups[group] as Summary, report.fullText.groups[group] as Summary);
  row("all", report.ours.all, report.fullText.all);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length))) ?? [];
  return rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
  );
}

/** One line per query where our search (or, with `fullText`, the baseline) missed something. */
export function missLines(report: QualityReport, engine: "ours" | "fullText" = "ours"): string[] {
  return report.results
    .filter((r) => r[engine].recall < 1)
    .map(
      (r) =>
        `${r.query.group} ${r.query.label}: recall ${f2(r[engine].recall)}, missed ${r[engine].missed.join(" ")}; top ${K}: ${r[engine].top.join(" ") || "(nothing)"}`,
    );
}
