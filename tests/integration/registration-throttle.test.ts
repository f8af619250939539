// /registrer is throttled like sign-in (issue #19): every request sends a mail, so one address
// asking again and again waits longer and longer, the same way for an e-mail with an account and
// one without, and the owner of an address asked for from many places is only slowed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { throttleRegistration } from "../../app/accounts/registration.server";
import { action as registerAction } from "../../app/routes/registrer";
import { createUser } from "../../db/repositories/users";
import { callRoute, closeServices, useAppServices } from "../support/app";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("registration requests are throttled like sign-ins", () => {
  let t: TestDatabase;
  const waits: number[] = [];
  const wait = async (ms: number) => {
    waits.push(ms);
  };
  beforeAll(async () => {
    t = await createTestDatabase();
    await createUser(t.db, { email: "finnes@bakeri.no", name: "Finn", role: "employer", passwordHash: null });
    useAppServices(t);
  });
  afterAll(async () => {
    await closeServices();
    await t.drop();
  });

  it("one address asking for one e-mail: 4 at once, then 1 s, then 2 s; known and unknown e-mails alike", async () => {
    const now = new Date();
    for (const [email, ip] of [
      ["finnes@bakeri.no", "198.51.100.1"],
      ["ukjent@bakeri.no", "198.51.100.2"],
    ] as const) {
      for (let i = 0; i < 4; i++)
        expect(await throttleRegistration(t.db, { email, ip }, { now, wait })).toEqual({ ok: true });
      expect(await throttleRegistration(t.db, { email, ip }, { now, wait })).toEqual({
        ok: false,
        retryAfterSeconds: 1,
      });
      // Told to wait is not recorded: asking again while waiting does not make the wait longer.
      expect(await throttleRegistration(t.db, { email, ip }, { now, wait })).toEqual({
        ok: false,
        retryAfterSeconds: 1,
      });
      const later = new Date(now.getTime() + 1000);
      expect(await throttleRegistration(t.db, { email, ip }, { now: later, wait })).toEqual({ ok: true });
      expect(await throttleRegistration(t.db, { email, ip }, { now: later, wait })).toEqual({
        ok: false,
        retryAfterSeconds: 2,
      });
    }
  });

  it("one address across many e-mails waits after 10; another address is not held up", async () => {
    const now = new Date(Date.now() + 60 * 60_000);
    const ip = "203.0.113.50";
    for (let i = 0; i < 10; i++) {
      expect(await throttleRegistration(t.db, { email: `nr${i}@bakeri.no`, ip }, { now, wait })).toEqual({ ok: true });
    }
    expect(await throttleRegistration(t.db, { email: "nr10@bakeri.no", ip }, { now, wait })).toEqual({ ok: true });
    expect(await throttleRegistration(t.db, { email: "nr11@bakeri.no", ip }, { now, wait })).toEqual({
      ok: false,
      retryAfterSeconds: 1,
    });
    expect(await throttleRegistration(t.db, { email: "nr11@bakeri.no", ip: "203.0.113.51" }, { now, wait })).toEqual({
      ok: true,
    });
  });

  it("an e-mail asked for from many addresses is only slowed, never refused; old rows are gone", async () => {
    const now = new Date(Date.now() + 2 * 60 * 60_000);
    waits.length = 0;
    for (let i = 0; i < 8; i++) {
      expect(await throttleRegistration(t.db, { email: "mange@bakeri.no", ip: `192.0.2.${i}` }, { now, wait })).toEqual(
        { ok: true },
      );
    }
    expect(waits).toEqual([1000, 2000, 3000, 4000, 5000]);
    // Only the throttle's window is kept (15 minutes): the first test's rows are deleted.
    const left = await t.db.selectFrom("registration_attempts").select("email").execute();
    expect(left.map((r) => r.email)).not.toContain("finnes@bakeri.no");
  });

  it("the form answers 429 with Retry-After and the wait in Norwegian, and sends no more mail", async () => {
    const form = {
      name: "Nora Nybakk",
      email: "skjema@bakeri.no",
      orgNumber: "974760673",
      orgName: "Nybakk Bakeri AS",
      municipalityNumber: "5501",
    };
    // callRoute posts from 127.0.0.1, an address no earlier test used.
    const first = await callRoute(registerAction, { path: "/registrer", form });
    expect([first.status, first.location]).toEqual([302, "/registrer?sendt=1"]);
    // Seven more from the same address in the last seconds: a wait of many seconds, so the post
    // below cannot slip through on a slow machine.
    const at = new Date();
    await t.db
      .insertInto("registration_attempts")
      .values(Array.from({ length: 7 }, () => ({ email: form.email, ip: "127.0.0.1", at })))
      .execute();
    const refused = await callRoute(registerAction, { path: "/registrer", form });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(10);
    expect(JSON.stringify(refused.data)).toMatch(/For mange registreringer herfra på kort tid\. Vent \d+ sekund/);
    const mails = await t.db.selectFrom("mail_outbox").select("id").where("to_address", "=", form.email).execute();
    expect(mails).toHaveLength(1);
  });
});
