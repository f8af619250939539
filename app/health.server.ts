import { type Kysely, sql } from "kysely";
import type { Meilisearch } from "meilisearch";

export type ComponentState = "ok" | "down";
export interface Health {
  status: "ok" | "degraded";
  database: ComponentState;
  search: ComponentState;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}

/** Asks both services at once, each with a short timeout, so /healthz answers quickly even when one hangs. */
export async function checkHealth(db: Kysely<any>, search: Meilisearch, timeoutMs = 2000): Promise<Health> {
  const [database, searchState] = await Promise.all([
    withTimeout(sql`select 1`.execute(db), timeoutMs).then(
      () => "ok" as const,
      () => "down" as const,
    ),
    withTimeout(search.health(), timeoutMs).then(
      (h) => (h.status === "available" ? ("ok" as const) : ("down" as const)),
      () => "down" as const,
    ),
  ]);
  return { status: database === "ok" && searchState === "ok" ? "ok" : "degraded", database, search: searchState };
}

/** 200 while PostgreSQL answers (search down is "degraded" but the portal works), 503 without it. */
export function healthStatusCode(health: Health): 200 | 503 {
  return health.database === "ok" ? 200 : 503;
}
