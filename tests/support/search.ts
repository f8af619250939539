import { randomBytes } from "node:crypto";
import { type Index, type Meilisearch, MeilisearchApiError } from "meilisearch";
import { createSearchClient } from "../../search/client";
import { testEnv } from "./env";

export interface TestSearch {
  client: Meilisearch;
  prefix: string;
  cleanup(): Promise<void>;
}

/** A client plus an index prefix of its own, so test files never share an index. */
export function createTestSearch(): TestSearch {
  const client = createSearchClient({ url: testEnv.meiliUrl, apiKey: testEnv.meiliKey });
  const prefix = `${testEnv.runId}_${randomBytes(3).toString("hex")}_`;
  return {
    client,
    prefix,
    async cleanup() {
      const { results } = await client.getRawIndexes({ limit: 1000 });
      for (const index of results.filter((i) => i.uid.startsWith(prefix))) {
        await client.tasks.waitForTask((await client.deleteIndex(index.uid)).taskUid);
      }
    },
  };
}

/**
 * Whether a document is in the index. Absent means exactly Meilisearch's answer 404
 * `document_not_found`; any other error (no such index, a wrong key, Meilisearch down) fails the
 * test instead of passing for "not there".
 */
export async function documentInIndex(index: Index, id: string): Promise<boolean> {
  try {
    await index.getDocument(id);
    return true;
  } catch (error) {
    if (
      error instanceof MeilisearchApiError &&
      error.response.status === 404 &&
      error.cause?.code === "document_not_found"
    )
      return false;
    throw error;
  }
}
