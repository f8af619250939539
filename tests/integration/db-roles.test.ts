import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/kysely";
import { ensureAppRole, grantAppRights, setUpAppRole } from "../../db/roles";
import { appendAudit, listAudit } from "../../db/repositories/audit";
import { enqueueIndex } from "../../db/outbox";
import { type TestDatabase, adminQuery, createTestDatabase } from "../support/db";
import { testEnv } from "../support/env";

const entry = {
  actor: { userId: null, role: "specialist" as const, officeId: null },
  action: "candidate.profile_viewed" as const,
  outcome: "allowed" as const,
  subjectType: "candidate",
  subjectId: "K-ROLE",
  requestId: "req-role",
  details: {},
};

describe("the app works as a least-privilege role (no DDL, audit_log append-only)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("is really the app role, not the superuser", async () => {
    const { rows } = await sql<{ who: string; su: boolean }>`select current_user as who,
      (select rolsuper from pg_roles where rolname = current_user) as su`.execute(t.db);
    expect(rows[0]).toEqual({ who: testEnv.appRole, su: false });
  });

  it("may INSERT and SELECT on audit_log", async () => {
    await appendAudit(t.db, entry);
    expect(await listAudit(t.db, { subjectType: "candidate", subjectId: "K-ROLE" })).toHaveLength(1);
  });

  it.each([
    ["UPDATE", sql`update audit_log set outcome = 'denied'`],
    ["DELETE", sql`delete from audit_log`],
    ["TRUNCATE", sql`truncate audit_log`],
    ["ALTER TABLE … DISABLE TRIGGER", sql`alter table audit_log disable trigger audit_log_no_update_delete`],
    ["ALTER TABLE … DISABLE TRIGGER ALL", sql`alter table audit_log disable trigger all`],
    ["DROP TABLE", sql`drop table audit_log`],
    ["CREATE TABLE", sql`create table sneaky (id int)`],
    ["CREATE TABLE in the queue's schema", sql`create table graphile_worker.sneaky (id int)`],
    ["CREATE SCHEMA", sql`create schema sneaky`],
    ["CREATE FUNCTION", sql`create function sneaky() returns int language sql as 'select 1'`],
    ["DROP the audit trigger", sql`drop trigger audit_log_no_update_delete on audit_log`],
    ["changing the migration bookkeeping", sql`delete from kysely_migration`],
    ["SET ROLE to the superuser", sql`set role postgres`],
  ])("refuses %s", async (_what, statement) => {
    await expect(statement.execute(t.db)).rejects.toThrow(/permission denied|must be owner|must be member/);
    // Nothing changed: the row is still there and no table was made.
    expect(await listAudit(t.ownerDb, { subjectType: "candidate", subjectId: "K-ROLE" })).toHaveLength(1);
    const made = await sql`select 1 from pg_tables where tablename = 'sneaky'`.execute(t.ownerDb);
    expect(made.rows).toHaveLength(0);
  });

  it("still does its work: writes rows in every table it uses and enqueues index jobs", async () => {
    const office = await t.db
      .insertInto("nav_offices")
      .values({ name: "NAV Rolletest", municipality_number: "5501" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db.updateTable("nav_offices").set({ name: "NAV Rolletest 2" }).where("id", "=", office.id).execute();
    await enqueueIndex(t.db, "candidate", "00000000-0000-4000-8000-000000000001");
    const jobs = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs`.execute(t.db);
    expect(jobs.rows[0]?.n).toBeGreaterThanOrEqual(1);
    await t.db.deleteFrom("nav_offices").where("id", "=", office.id).execute();
  });

  it("covers a table a later migration adds, once the grants run after the migrations", async () => {
    await sql`create table later_feature (id int primary key)`.execute(t.ownerDb);
    await expect(sql`insert into later_feature values (1)`.execute(t.db)).rejects.toThrow(/permission denied/);
    await grantAppRights(t.ownerDb, testEnv.appRole);
    await sql`insert into later_feature values (1)`.execute(t.db);
    // …and audit_log stays append-only for it after every grant run.
    await expect(sql`update audit_log set outcome = 'denied'`.execute(t.db)).rejects.toThrow(/permission denied/);
  });
});

describe("creating the app role", () => {
  it("is idempotent and safe when several runs do it at once (roles are cluster-wide)", async () => {
    const role = `arbeidsbro_race_${randomBytes(4).toString("hex")}`;
    const t = await createTestDatabase();
    const dbs = Array.from({ length: 6 }, () => createDb(t.url, { max: 1, onPoolError: () => {} }));
    try {
      await Promise.all(dbs.map((db) => ensureAppRole(db, { role })));
      await ensureAppRole(dbs[0] as (typeof dbs)[0], { role });
      const found = await sql`select 1 from pg_roles where rolname = ${role}`.execute(t.ownerDb);
      expect(found.rows).toHaveLength(1);
    } finally {
      await Promise.all(dbs.map((db) => db.destroy()));
      await t.drop();
      await adminQuery(`drop role if exists ${pg.escapeIdentifier(role)}`);
    }
  });

  it("with a password it is a login role that can connect on its own (the embedded server)", async () => {
    const role = `arbeidsbro_login_${randomBytes(4).toString("hex")}`;
    const t = await createTestDatabase();
    try {
      await setUpAppRole(t.ownerDb, { role, password: "role-test-password", setRole: false });
      const { rows } = await sql<{ login: boolean; su: boolean }>`select rolcanlogin as login, rolsuper as su
        from pg_roles where rolname = ${role}`.execute(t.ownerDb);
      expect(rows[0]).toEqual({ login: true, su: false });
      const url = new URL(t.url);
      url.username = role;
      url.password = "role-test-password";
      const own = createDb(url.toString(), { max: 1, onPoolError: () => {} });
      try {
        const me = await sql<{ who: string }>`select current_user as who`.execute(own);
        expect(me.rows[0]?.who).toBe(role);
        await expect(sql`create table sneaky (id int)`.execute(own)).rejects.toThrow(/permission denied/);
      } finally {
        await own.destroy();
      }
    } finally {
      await t.drop();
      await adminQuery(`drop owned by ${pg.escapeIdentifier(role)}`).catch(() => {});
      await adminQuery(`drop role if exists ${pg.escapeIdentifier(role)}`);
    }
  });
});
