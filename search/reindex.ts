// Rebuilds the candidate index from PostgreSQL into a fresh index, then swaps it in atomically
// (Meilisearch's index swap), so search never goes empty or half-full while it runs.
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import { loadCandidatePageForIndex } from "../db/repositories/candidates";
import type { Database } from "../db/schema";
import { candidateIndex, indexUid } from "./indexes";
import { applyIndexDefinition } from "./settings";
import { buildCandidateDocument } from "./sync";

export interface ReindexResult {
  documents: number;
  seconds: number;
}

async function waitOk(search: Meilisearch, taskUid: number): Promise<void> {
  const task = await search.tasks.waitForTask(taskUid, { timeout: 600_000, interval: 50 });
  if (task.status !== "succeeded") throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? ""}`);
}

export async function reindexCandidates(
  db: Kysely<Database>,
  search: Meilisearch,
  prefix: string,
  onProgress: (done: number) => void = () => {},
  batchSize = 2000,
): Promise<ReindexResult> {
  const started = Date.now();
  const live = indexUid(prefix, candidateIndex);
  const fresh = `${live}_rebuild_${Date.now().toString(36)}`;
  await applyIndexDefinition(search, live, candidateIndex); // the swap needs both to exist
  await applyIndexDefinition(search, fresh, candidateIndex);
  const now = new Date();
  let after: string | null = null;
  let documents = 0;
  let seen = 0;
  const pending: number[] = [];
  for (;;) {
    const page = await loadCandidatePageForIndex(db, after, batchSize, now);
    if (page.length === 0) break;
    after = page[page.length - 1]?.id ?? null;
    const docs = page.filter((c) => c.searchable).map((c) => buildCandidateDocument(c, now));
    if (docs.length > 0) pending.push((await search.index(fresh).addDocuments(docs, { primaryKey: "id" })).taskUid);
    documents += docs.length;
    seen += page.length;
    onProgress(seen);
  }
  for (const uid of pending) await waitOk(search, uid);
  await waitOk(search, (await search.swapIndexes([{ indexes: [live, fresh], rename: false }])).taskUid);
  await waitOk(search, (await search.deleteIndex(fresh)).taskUid); // after the swap, `fresh` holds the old documents
  return { documents, seconds: (Date.now() - started) / 1000 };
}
