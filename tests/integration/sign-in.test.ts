import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { signIn } from "../../app/auth/sign-in.server";
import { createUser } from "../../db/repositories/users";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("sign-in against the database: passwords and throttling", () => {
  let t: TestDatabase;
  const waits: number[] = [];
  const wait = async (ms: number) => {
    waits.push(ms);
  };
  beforeAll(async () => {
    t = await createTestDatabase();
    const passwordHash = await hashPassword("riktig-passord-123");
    await createUser(t.db, { email: "Kari@Firma.no", name: "Kari", role: "employer", passwordHash });
    await createUser(t.db, { email: "ola@firma.no", name: "Ola", role: "employer", passwordHash });
  });
  afterAll(() => t.drop());

  it("stores an Argon2id hash, never the password", async () => {
    const row = await t.db
      .selectFrom("users")
      .select("password_hash")
      .where("email", "=", "kari@firma.no")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain("riktig-passord-123");
  });

  it("accepts the right password whatever the case of the e-mail, and refuses a wrong one", async () => {
    const ok = await signIn(
      t.db,
      { email: " KARI@firma.no ", password: "riktig-passord-123", ip: "10.0.0.1" },
      { wait },
    );
    expect(ok.ok).toBe(true);
    const wrong = await signIn(t.db, { email: "kari@firma.no", password: "feil", ip: "10.0.0.1" }, { wait });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    const unknown = await signIn(t.db, { email: "ingen@firma.no", password: "feil", ip: "10.0.0.1" }, { wait });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("an attacker from one address waits longer and longer; the owner from another address gets in at once", async () => {
    waits.length = 0;
    const now = new Date();
    const attacker = { email: "ola@firma.no", password: "feil", ip: "198.51.100.7" };
    for (let i = 0; i < 4; i++) expect((await signIn(t.db, attacker, { wait, now })).ok).toBe(false);
    // The fifth try at the same moment must wait: one second (4 failures, 3 free).
    expect(await signIn(t.db, attacker, { wait, now })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    // Even the right password from the attacker's address waits: the wait is not a hint.
    expect(
      await signIn(t.db, { ...attacker, password: "riktig-passord-123" }, { wait, now: new Date(now.getTime() + 500) }),
    ).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    // After the second has passed it may try again; failing doubles the wait.
    const later = new Date(now.getTime() + 1000);
    expect(await signIn(t.db, attacker, { wait, now: later })).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(t.db, attacker, { wait, now: later })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 2,
    });
    // The owner, from their own address, is slowed a little (5 failures on the account) but never refused.
    waits.length = 0;
    const owner = await signIn(
      t.db,
      { email: "ola@firma.no", password: "riktig-passord-123", ip: "10.0.9.9" },
      { wait, now: later },
    );
    expect(owner.ok).toBe(true);
    expect(waits).toEqual([3000]);
  });

  it("many addresses failing on one account never refuse it: each try waits at most five seconds", async () => {
    waits.length = 0;
    const now = new Date(Date.now() + 60 * 60_000);
    for (let i = 0; i < 30; i++) {
      const result = await signIn(t.db, { email: "kari@firma.no", password: "feil", ip: `10.1.0.${i}` }, { wait, now });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits.slice(0, 6)).toEqual([1000, 2000, 3000, 4000, 5000, 5000]);
    expect(Math.max(...waits)).toBe(5000);
    const owner = await signIn(
      t.db,
      { email: "kari@firma.no", password: "riktig-passord-123", ip: "10.2.0.1" },
      { wait, now },
    );
    expect(owner.ok).toBe(true);
    // A success wipes the account's slate: the next failure is not slowed.
    waits.length = 0;
    await signIn(t.db, { email: "kari@firma.no", password: "feil", ip: "10.2.0.1" }, { wait, now });
    expect(waits).toEqual([]);
  });
});
