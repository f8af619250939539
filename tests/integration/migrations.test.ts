import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAllDown, migrateToLatest } from "../../db/migrate";
import { type TestDatabase, createTestDatabase } from "../support/db";

async function tables(t: TestDatabase): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(t.db);
  return result.rows.map((r) => r.table_name);
}

describe("migrations on a real PostgreSQL", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await t.drop();
  });

  it("migrate an empty database up, all the way down, and up again", async () => {
    expect(await tables(t)).toEqual([]);
    const applied = await migrateToLatest(t.db);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tables(t)).toEqual(
      expect.arrayContaining(["nav_offices", "organisation_members", "organisations", "users"]),
    );

    await migrateAllDown(t.db);
    expect(await tables(t)).toEqual([]);

    await migrateToLatest(t.db);
    expect(await migrateToLatest(t.db)).toEqual([]); // nothing left to apply
  });

  it("the schema enforces what the code assumes: unique e-mail regardless of case, specialists have an office", async () => {
    await migrateToLatest(t.db);
    await t.db.insertInto("users").values({ email: "a@example.no", name: "A", role: "employer" }).execute();
    await expect(
      t.db.insertInto("users").values({ email: "A@Example.no", name: "B", role: "employer" }).execute(),
    ).rejects.toThrow(/users_email_unique/);
    await expect(
      t.db.insertInto("users").values({ email: "s@example.no", name: "S", role: "specialist" }).execute(),
    ).rejects.toThrow(/users_specialist_has_office/);
  });
});
