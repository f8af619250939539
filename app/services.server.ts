// One database pool and one search client per process, created on first use.
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import { createDb } from "../db/kysely";
import { appConnection } from "../db/roles";
import type { Database } from "../db/schema";
import { createSearchClient } from "../search/client";
import { getEnv } from "./env.server";

// Kept on globalThis so Vite's dev-mode module reloads do not open a new pool per edit.
const store = globalThis as typeof globalThis & {
  __arbeidsbroDb?: Kysely<Database>;
  __arbeidsbroSearch?: Meilisearch;
};

export function getDb(): Kysely<Database> {
  // As the app role: rows only, no DDL, audit_log append-only (db/roles.ts).
  if (!store.__arbeidsbroDb) {
    const { url, role } = appConnection(getEnv());
    store.__arbeidsbroDb = createDb(url, { role });
  }
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
