// Search quality measures over a judged query set (docs/decisions/021): recall@k and nDCG@k with
// binary judgments. Pure: the ranked lists come from whichever engine is measured.

/**
 * Share of the relevant profiles found in the first k results. The denominator is capped at k
 * (a query with 25 relevant profiles scores 1 when all 10 places are taken by relevant ones), so a
 * perfect engine scores 1 on every query.
 */
export function recallAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = judged(relevant);
  const found = new Set(ranked.slice(0, k).filter((id) => wanted.has(id)));
  return found.size / Math.min(k, wanted.size);
}

/**
 * Normalised discounted cumulative gain at k with binary gains: a relevant result at rank i
 * (1-based) counts 1/log2(i + 1), divided by the same sum for the ideal ranking (all relevant
 * profiles first). 1 when the first min(k, |relevant|) places are all relevant.
 */
export function ndcgAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = judged(relevant);
  const seen = new Set<string>();
  let dcg = 0;
  for (const [i, id] of ranked.slice(0, k).entries()) {
    if (wanted.has(id) && !seen.has(id)) dcg += 1 / Math.log2(i + 2);
    seen.add(id);
  }
  let ideal = 0;
  for (let i = 0; i < Math.min(k, wanted.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

function judged(relevant: readonly string[]): Set<string> {
  const wanted = new Set(relevant);
  if (wanted.size === 0) throw new Error("A judged query needs at least one relevant profile.");
  return wanted;
}

export interface QueryScore {
  group: string;
  recall: number;
  ndcg: number;
}

export interface Summary {
  queries: number;
  recall: number;
  ndcg: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Mean recall and nDCG over all queries and per group (groups in first-seen order). */
export function summarise(scores: readonly QueryScore[]): { all: Summary; groups: Record<string, Summary> } {
  if (scores.length === 0) throw new Error("No queries to summarise.");
  const summary = (list: readonly QueryScore[]): Summary => ({
    queries: list.length,
    recall: mean(list.map((s) => s.recall)),
    ndcg: mean(list.map((s) => s.ndcg)),
  });
  const groups: Record<string, Summary> = {};
  for (const group of new Set(scores.map((s) => s.group))) {
    groups[group] = summary(scores.filter((s) => s.group === group));
  }
  return { all: summary(scores), groups };
}
