// One database pool and one search client per process, created on first use.
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import { createDb } from "../db/kysely";
import type { Database } from "../db/schema";
import { createSearchClient } from "../search/client";
import { getEnv } from "./env.server";

// Kept on globalThis so Vite's dev-mode module reloads do not open a new pool per edit.
const store = globalThis as typeof globalThis & {
  __arbeidsbroDb?: Kysely<Database>;
  __arbeidsbroSearch?: Meilisearch;
};

export function getDb(): Kysely<Database> {
  store.__arbeidsbroDb ??= createDb(getEnv().DATABASE_URL);
  return store.__arbeidsbroDb;
}

export function getSearch(): Meilisearch {
  const env = getEnv();
  store.__arbeidsbroSearch ??= createSearchClient({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY });
  return store.__arbeidsbroSearch;
}

export function getIndexPrefix(): string {
  return getEnv().MEILI_INDEX_PREFIX;
}

export async function closeServices(): Promise<void> {
  const db = store.__arbeidsbroDb;
  store.__arbeidsbroDb = undefined;
  store.__arbeidsbroSearch = undefined;
  await db?.destroy();
}
