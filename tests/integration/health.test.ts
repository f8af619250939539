import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth, healthStatusCode } from "../../app/health.server";
import { createDb } from "../../db/kysely";
import { createSearchClient } from "../../search/client";
import { freePort } from "../../scripts/lib/services";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { createTestSearch } from "../support/search";

describe("health check", () => {
  let t: TestDatabase;
  const search = createTestSearch();
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("reports ok when PostgreSQL and Meilisearch answer", async () => {
    expect(await checkHealth(t.db, search.client)).toEqual({ status: "ok", database: "ok", search: "ok" });
  });

  it("reports which one is down", async () => {
    const closed = await freePort();
    const deadDb = createDb(`postgres://postgres@127.0.0.1:${closed}/none`, { onPoolError: () => {} });
    const deadSearch = createSearchClient({ url: `http://127.0.0.1:${closed}`, apiKey: "x".repeat(16) });
    expect(await checkHealth(deadDb, search.client)).toEqual({ status: "degraded", database: "down", search: "ok" });
    expect(await checkHealth(t.db, deadSearch)).toEqual({ status: "degraded", database: "ok", search: "down" });
    await deadDb.destroy();
  });

  it("answers 200 when only search is down (the portal works) and 503 when PostgreSQL is", () => {
    expect(healthStatusCode({ status: "ok", database: "ok", search: "ok" })).toBe(200);
    expect(healthStatusCode({ status: "degraded", database: "ok", search: "down" })).toBe(200);
    expect(healthStatusCode({ status: "degraded", database: "down", search: "ok" })).toBe(503);
    expect(healthStatusCode({ status: "degraded", database: "down", search: "down" })).toBe(503);
  });
});
