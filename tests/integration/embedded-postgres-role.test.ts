// `npm start` with the embedded PostgreSQL and DATABASE_APP_ROLE set: the app must log in as that
// role, the one the start sets up and grants, not db/roles.ts's default name (which does not
// exist in a fresh cluster, so every page would fail).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/kysely";
import { APP_ROLE } from "../../db/roles";
import { migrateDatabase } from "../../scripts/lib/prepare";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../scripts/lib/services";

describe("the embedded PostgreSQL's app login follows DATABASE_APP_ROLE", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-role-"));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  const role = "arbeidsbro_eigen_app";
  let pg: EmbeddedPostgres;
  beforeAll(async () => {
    pg = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), database: "arbeidsbro", appRole: role });
  }, 90_000);
  afterAll(async () => {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("logs in as the configured role, set up as npm start sets it up", { timeout: 90_000 }, async () => {
    expect(role).not.toBe(APP_ROLE);
    expect(new URL(pg.appUrl).username).toBe(role);
    const owner = createDb(pg.url, { max: 1, onPoolError: () => {} });
    try {
      await migrateDatabase(owner, pg.url, { role, password: pg.appPassword, setRole: false });
    } finally {
      await owner.destroy();
    }
    const app = createDb(pg.appUrl, { max: 1, onPoolError: () => {} });
    try {
      const { rows } = await sql<{ who: string }>`select current_user as who`.execute(app);
      expect(rows[0]?.who).toBe(role);
      // With the rights npm start grants it: the portal's tables answer.
      expect(await app.selectFrom("users").select("id").execute()).toEqual([]);
    } finally {
      await app.destroy();
    }
  });
});
