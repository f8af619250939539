// Meilisearch dies (SIGKILL) under a running portal: searches answer 503 in Norwegian, /healthz
// says "degraded" with 200, writes go on; the supervisor restarts it with backoff, and the outbox
// brings the index up to date with nothing lost (finding 4 of issue 19).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateProfile, withdrawConsent } from "../../db/repositories/candidates";
import { type EmbeddedMeilisearch, startEmbeddedMeilisearch } from "../../scripts/lib/services";
import { parseCandidateSearch } from "../../search/candidate-search";
import { createSearchClient } from "../../search/client";
import { candidateIndex, indexUid } from "../../search/indexes";
import { parseJobSearch } from "../../search/job-search";
import { applyIndexSettings } from "../../search/settings";
import { type SyncWorker, startSyncWorker } from "../../search/sync";
import { candidateWith, createOfficeAndSpecialist, sampleProfile, waitUntil } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";

const alive = (pid: number | undefined) => {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
};

/** While Meilisearch is still down its health call fails: that means "not yet", not a broken check. */
const isAvailable = (client: { health(): Promise<{ status: string }> }) =>
  client.health().then(
    (h) => h.status === "available",
    () => false,
  );

describe("Meilisearch down and back (supervised)", () => {
  let t: TestDatabase;
  let meili: EmbeddedMeilisearch;
  let search: Meilisearch;
  let runner: SyncWorker;
  let ids: { officeId: string; specialistId: string };
  const supervisorLog: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-outage-"));
  const prefix = "outage_";
  const index = () => search.index(indexUid(prefix, candidateIndex));
  const documentOf = (id: string) =>
    index()
      .getDocument(id)
      .catch(() => null);

  beforeAll(async () => {
    chmodSync(dir, 0o755);
    t = await createTestDatabase();
    // A first delay long enough to write while it is down, short enough for the test.
    meili = await startEmbeddedMeilisearch({
      dir,
      supervise: { log: (line) => supervisorLog.push(line), firstDelayMs: 4000 },
    });
    search = createSearchClient({ url: meili.url, apiKey: meili.masterKey });
    await applyIndexSettings(search, prefix);
    ids = await createOfficeAndSpecialist(t.db);
    runner = await startSyncWorker({ connectionString: t.appUrl, db: t.db, search, indexPrefix: prefix });
    // The portal's own modules read their services from the environment, as in `npm start`.
    Object.assign(process.env, {
      DATABASE_URL: t.url,
      APP_DATABASE_URL: t.appUrl,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX_PREFIX: prefix,
      SESSION_SECRET: "a-test-secret-that-is-long-enough-0123",
      APP_ENV: "test",
    });
  }, 60_000);

  afterAll(async () => {
    const { closeServices } = await import("../../app/services.server");
    await closeServices();
    await runner?.stop();
    await meili?.stop();
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 while it is down, catches up after the supervisor restarts it, and loses nothing", async () => {
    const { runCandidateSearch } = await import("../../app/candidates/search.server");
    const { runJobSearch } = await import("../../app/jobs/search.server");
    const { checkHealth, healthStatusCode } = await import("../../app/health.server");
    const { getDb, getSearch } = await import("../../app/services.server");

    const kept = await candidateWith(t.db, ids);
    const leaving = await candidateWith(t.db, ids);
    await waitUntil(async () => (await documentOf(kept.id)) !== null, 10_000, "kept indexed");
    await waitUntil(async () => (await documentOf(leaving.id)) !== null, 10_000, "leaving indexed");
    const before = await runCandidateSearch(parseCandidateSearch(new URLSearchParams()), ids.officeId);
    expect(before.hits.map((h) => h.id).sort()).toEqual([kept.id, leaving.id].sort());

    // Meilisearch dies.
    const oldPid = meili.pid;
    process.kill(oldPid as number, "SIGKILL");
    await waitUntil(async () => !alive(oldPid), 5000, "Meilisearch gone");

    // While it is down: an update and a withdrawal are written (and wait in the outbox)…
    await updateProfile(t.db, kept.id, { ...sampleProfile, summary: "Liker å jobbe i vaskeriet om morgenen." });
    await withdrawConsent(t.db, leaving.id, "search", ids.specialistId);

    // …searches answer 503 with a Norwegian message, not a 500…
    const refused = await runCandidateSearch(parseCandidateSearch(new URLSearchParams()), ids.officeId).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(503);
    expect(await (refused as Response).json()).toEqual({
      error: "search_unavailable",
      message: expect.stringContaining("Søket er ikke tilgjengelig"),
    });
    const jobsRefused = await runJobSearch(parseJobSearch(new URLSearchParams())).catch((e: unknown) => e);
    expect((jobsRefused as Response).status).toBe(503);

    // …and the health check says degraded, yet 200: everything but search still works.
    const health = await checkHealth(getDb(), getSearch());
    expect(health).toEqual({ status: "degraded", database: "ok", search: "down" });
    expect(healthStatusCode(health)).toBe(200);
    expect(meili.restarts).toBe(0); // still within the first back-off delay: the writes above were made while down

    // The supervisor brings it back on its own.
    await waitUntil(async () => meili.restarts === 1 && (await isAvailable(search)), 20_000, "back");
    expect(meili.pid).not.toBe(oldPid);
    expect(supervisorLog.join("\n")).toMatch(/stopped unexpectedly \(SIGKILL\); restarting it in 4 s/);

    // The outbox catches the index up: the update arrives, the withdrawn profile is gone.
    await waitUntil(
      async () => String((await documentOf(kept.id))?.summary ?? "").includes("vaskeriet"),
      45_000,
      "update indexed after the restart",
    );
    await waitUntil(
      async () => (await documentOf(leaving.id)) === null,
      45_000,
      "withdrawal applied after the restart",
    );
    const after = await runCandidateSearch(parseCandidateSearch(new URLSearchParams("q=vaskeriet")), ids.officeId);
    expect(after.hits.map((h) => h.id)).toEqual([kept.id]);
    expect(healthStatusCode(await checkHealth(getDb(), getSearch()))).toBe(200);
  }, 120_000);

  it("restarts again when it dies again, waiting longer each time (backoff)", async () => {
    const pid = meili.pid;
    process.kill(pid as number, "SIGKILL");
    await waitUntil(async () => meili.restarts === 2 && (await isAvailable(search)), 30_000, "back");
    expect(supervisorLog.join("\n")).toMatch(/restarting it in 8 s/);
  }, 60_000);
});
