import { randomBytes } from "node:crypto";
import type { Meilisearch } from "meilisearch";
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
