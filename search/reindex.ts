// Rebuilds the candidate index from PostgreSQL into a fresh index, then swaps it in atomically
// (Meilisearch's index swap), so search never goes empty or half-full while it runs.
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import { loadCandidatePageForIndex } from "../db/repositories/candidates";
import { listIndexableJobIds, loadJobForIndex, loadTaskForIndex } from "../db/repositories/jobs";
import type { Database } from "../db/schema";
import { type IndexDefinition, candidateIndex, indexUid, jobIndex } from "./indexes";
import { applyIndexDefinition } from "./settings";
import { buildJobDocument, candidateDocumentOrRefusal } from "./sync";

export interface ReindexResult {
  documents: number;
  seconds: number;
}

async function waitOk(search: Meilisearch, taskUid: number): Promise<void> {
  const task = await search.tasks.waitForTask(taskUid, { timeout: 600_000, interval: 50 });
  if (task.status !== "succeeded")
    throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? ""}`);
}

export async function reindexCandidates(
  db: Kysely<Database>,
  search: Meilisearch,
  prefix: string,
  onProgress: (done: number) => void = () => {},
  batchSize = 2000,
): Promise<ReindexResult> {
  const started = Date.now();
  const now = new Date();
  const load = (afterId: string | null) => {
    const page = loadCandidatePageForIndex(db, afterId, batchSize, now);
    page.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
    return page;
  };
  async function* batches() {
    let seen = 0;
    let next = load(null);
    for (;;) {
      const page = await next;
      if (page.length === 0) return;
      // PostgreSQL reads the following page while this one is checked, built and sent.
      next = load(page[page.length - 1]?.id ?? null);
      // A candidate refused by the privacy wall stays out of the rebuilt index (named in the log).
      yield page.filter((c) => c.searchable).flatMap((c) => candidateDocumentOrRefusal(c, now) ?? []);
      seen += page.length;
      onProgress(seen);
    }
  }
  const documents = await rebuild(search, prefix, candidateIndex, batches());
  return { documents, seconds: (Date.now() - started) / 1000 };
}

/** Fills a fresh index from `batches`, then swaps it in for the live one and drops the old one. */
async function rebuild(
  search: Meilisearch,
  prefix: string,
  definition: IndexDefinition,
  batches: AsyncIterable<object[]>,
): Promise<number> {
  const live = indexUid(prefix, definition);
  const fresh = `${live}_rebuild_${Date.now().toString(36)}`;
  await applyIndexDefinition(search, live, definition); // the swap needs both to exist
  await applyIndexDefinition(search, fresh, definition);
  const pending: number[] = [];
  let documents = 0;
  for await (const docs of batches) {
    if (docs.length > 0) pending.push((await search.index(fresh).addDocuments(docs, { primaryKey: "id" })).taskUid);
    documents += docs.length;
  }
  for (const uid of pending) await waitOk(search, uid);
  await waitOk(search, (await search.swapIndexes([{ indexes: [live, fresh], rename: false }])).taskUid);
  await waitOk(search, (await search.deleteIndex(fresh)).taskUid); // after the swap, `fresh` holds the old documents
  return documents;
}

/** The jobs index: every open carved job and every open task need not inside a published job. */
export async function reindexJobs(
  db: Kysely<Database>,
  search: Meilisearch,
  prefix: string,
  batchSize = 1000,
): Promise<ReindexResult> {
  const started = Date.now();
  const ids = await listIndexableJobIds(db);
  async function* batches() {
    for (let i = 0; i < ids.length; i += batchSize) {
      const rows = await Promise.all(
        ids
          .slice(i, i + batchSize)
          .map((x) => (x.kind === "job" ? loadJobForIndex(db, x.id) : loadTaskForIndex(db, x.id))),
      );
      yield rows.filter((r) => r !== undefined).map(buildJobDocument);
    }
  }
  const documents = await rebuild(search, prefix, jobIndex, batches());
  return { documents, seconds: (Date.now() - started) / 1000 };
}
