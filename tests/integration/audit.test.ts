import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit, listAudit } from "../../db/repositories/audit";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("the audit trail is append-only, enforced by PostgreSQL", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await appendAudit(t.db, {
      actor: { userId: null, role: "specialist", officeId: null },
      action: "candidate.profile_viewed",
      outcome: "allowed",
      subjectType: "candidate",
      subjectId: "K-7F3Q",
      requestId: "req-1",
      details: { why: "test" },
    });
  });
  afterAll(() => t.drop());

  it("keeps what was appended, with who, what, outcome and request id", async () => {
    const [row] = await listAudit(t.db, { subjectType: "candidate", subjectId: "K-7F3Q" });
    expect(row).toMatchObject({
      action: "candidate.profile_viewed",
      actor_role: "specialist",
      outcome: "allowed",
      request_id: "req-1",
      details: { why: "test" },
    });
  });

  it("refuses UPDATE, even to the owner (the trigger; the app role has no right to try)", async () => {
    await expect(sql`update audit_log set outcome = 'denied'`.execute(t.ownerDb)).rejects.toThrow(
      /append-only: UPDATE/,
    );
  });

  it("refuses DELETE, even to the owner (the trigger; the app role has no right to try)", async () => {
    await expect(sql`delete from audit_log`.execute(t.ownerDb)).rejects.toThrow(/append-only: DELETE/);
  });

  it("refuses TRUNCATE, even to the owner (the trigger; the app role has no right to try)", async () => {
    await expect(sql`truncate audit_log`.execute(t.ownerDb)).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it("refuses UPDATE even for a role that was granted every privilege on the table", async () => {
    const role = `${t.name}_app`;
    await sql.raw(`create role "${role}"`).execute(t.ownerDb);
    await sql.raw(`grant all on audit_log to "${role}"`).execute(t.ownerDb);
    await t.ownerDb.connection().execute(async (conn) => {
      await sql.raw(`set role "${role}"`).execute(conn);
      try {
        await expect(sql`update audit_log set action = 'x'`.execute(conn)).rejects.toThrow(/append-only/);
      } finally {
        await sql`reset role`.execute(conn);
      }
    });
    await sql.raw(`revoke all on audit_log from "${role}"`).execute(t.ownerDb);
    await sql.raw(`drop role "${role}"`).execute(t.ownerDb);
    const rows = await listAudit(t.db, {});
    expect(rows).toHaveLength(1);
  });
});
