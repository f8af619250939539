// Backup and restore lose nothing (finding 8 of issue 19): the demo data is dumped with pg_dump,
// restored with pg_restore into a fresh database, reindexed into fresh indexes, and the same
// searches give the same results in the same order.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/kysely";
import type { Database } from "../../db/schema";
import { seedDemoData } from "../../db/seed/demo";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { StartupError } from "../../scripts/lib/services";
import { parseCandidateSearch, searchCandidates } from "../../search/candidate-search";
import { parseJobSearch, searchJobs } from "../../search/job-search";
import { reindexCandidates, reindexJobs } from "../../search/reindex";
import { applyIndexSettings } from "../../search/settings";
import { type TestDatabase, appRoleUrl, createTestDatabase } from "../support/db";
import { testEnv } from "../support/env";
import { type TestSearch, createTestSearch } from "../support/search";
import type { Kysely } from "kysely";

const candidateQueries = ["", "q=kjøkken", "q=lager&hoursMin=10", "municipality=5501", "q=butikk&page=2"];
const jobQueries = ["", "q=oppvask", "municipality=5501", "q=lager"];

async function answers(db: Kysely<Database>, s: TestSearch) {
  await reindexCandidates(db, s.client, s.prefix);
  await reindexJobs(db, s.client, s.prefix);
  const now = new Date("2026-12-02T12:00:00Z");
  const out: Record<string, unknown> = {};
  for (const q of candidateQueries) {
    const r = await searchCandidates(s.client, s.prefix, parseCandidateSearch(new URLSearchParams(q)), now);
    out[`candidates?${q}`] = { total: r.total, ids: r.hits.map((h) => h.id) };
  }
  for (const q of jobQueries) {
    const r = await searchJobs(s.client, s.prefix, parseJobSearch(new URLSearchParams(q)));
    out[`jobs?${q}`] = { total: r.total, ids: r.hits.map((h) => h.id) };
  }
  return out;
}

async function tableCounts(db: Kysely<Database>) {
  const tables = await sql<{ name: string }>`select tablename as name from pg_tables
    where schemaname in ('public', 'graphile_worker') order by schemaname, tablename`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const schema = (
      await sql<{ s: string }>`select schemaname as s from pg_tables where tablename = ${name}`.execute(db)
    ).rows[0]?.s;
    const n = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(`${schema}.${name}`)}`.execute(db);
    counts[`${schema}.${name}`] = n.rows[0]?.n ?? -1;
  }
  return counts;
}

describe("npm run db:backup and db:restore", () => {
  let original: TestDatabase;
  let fresh: TestDatabase;
  let restoredAsApp: Kysely<Database>;
  const before = createTestSearch();
  const after = createTestSearch();
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-backup-"));
  const file = path.join(dir, "arbeidsbro.dump");

  beforeAll(async () => {
    original = await createTestDatabase();
    await seedDemoData(original.db);
    fresh = await createTestDatabase({ migrated: false });
    restoredAsApp = createDb(appRoleUrl(fresh.url), { max: 2, onPoolError: () => {} });
    await applyIndexSettings(before.client, before.prefix);
    await applyIndexSettings(after.client, after.prefix);
  }, 120_000);

  afterAll(async () => {
    await restoredAsApp?.destroy();
    await original?.drop();
    await fresh?.drop();
    await before.cleanup();
    await after.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores into a fresh database; reindexed, the same searches give the same results", async () => {
    const expected = await answers(original.db, before);
    expect((expected["candidates?"] as { total: number }).total).toBeGreaterThan(20);
    expect((expected["jobs?"] as { total: number }).total).toBeGreaterThan(5);

    await backupDatabase(original.url, file);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await restoreDatabase(fresh.url, file, testEnv.appRole);

    // Every row is back: the same counts in every table, the audit trail included.
    expect(await tableCounts(fresh.ownerDb)).toEqual(await tableCounts(original.ownerDb));
    const audit = (db: Kysely<Database>) =>
      db.selectFrom("audit_log").select(["id", "action", "subject_id", "at"]).orderBy("id").execute();
    expect(await audit(restoredAsApp)).toEqual(await audit(original.db));

    // The app role works on the restored database, with its rights and no more.
    expect(await answers(restoredAsApp, after)).toEqual(expected);
    await expect(sql`delete from audit_log`.execute(restoredAsApp)).rejects.toThrow(/permission denied/);
  }, 180_000);

  it("refuses to restore over a database that already has data", async () => {
    await expect(restoreDatabase(original.url, file, testEnv.appRole)).rejects.toThrow(StartupError);
    await expect(restoreDatabase(original.url, file, testEnv.appRole)).rejects.toThrow(/not empty/);
  });
});
