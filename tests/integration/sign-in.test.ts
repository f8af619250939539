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

  it("slows repeated failures for one account, then refuses it for a while — even with the right password", async () => {
    waits.length = 0;
    const now = new Date();
    for (let i = 0; i < 8; i++) {
      await signIn(t.db, { email: "ola@firma.no", password: "feil", ip: `10.0.1.${i}` }, { wait, now });
    }
    expect(waits).toEqual([1000, 2000, 3000, 4000, 5000]);
    const locked = await signIn(
      t.db,
      { email: "ola@firma.no", password: "riktig-passord-123", ip: "10.0.2.1" },
      { wait, now },
    );
    expect(locked).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 15 });
    // Another account from another address is not affected.
    const other = await signIn(
      t.db,
      { email: "kari@firma.no", password: "riktig-passord-123", ip: "10.0.3.1" },
      { wait, now },
    );
    expect(other.ok).toBe(true);
    // After the window, the account opens again.
    const later = new Date(now.getTime() + 16 * 60_000);
    const after = await signIn(
      t.db,
      { email: "ola@firma.no", password: "riktig-passord-123", ip: "10.0.2.1" },
      { wait, now: later },
    );
    expect(after.ok).toBe(true);
  });
});
