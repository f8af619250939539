import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../db/repositories/users";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { testEnv } from "../support/env";

type SessionModule = typeof import("../../app/auth/session.server");

describe("sessions in PostgreSQL", () => {
  let t: TestDatabase;
  let sessions: SessionModule;
  let userId: string;

  const requestWith = (setCookie: string) =>
    new Request("http://localhost/", { headers: { Cookie: setCookie.split(";")[0] ?? "" } });

  beforeAll(async () => {
    t = await createTestDatabase();
    // The session module reads its database from the environment, like the running app.
    Object.assign(process.env, {
      DATABASE_URL: t.url,
      APP_DATABASE_URL: t.appUrl,
      MEILI_URL: testEnv.meiliUrl,
      MEILI_MASTER_KEY: testEnv.meiliKey,
      SESSION_SECRET: "a-test-secret-that-is-long-enough-0123",
      APP_ENV: "test",
    });
    sessions = await import("../../app/auth/session.server");
    userId = (await createUser(t.db, { email: "s@firma.no", name: "Sara", role: "employer", passwordHash: null })).id;
  });
  afterAll(async () => {
    const { closeServices } = await import("../../app/services.server");
    await closeServices();
    await t.drop();
  });

  it("a new session finds its user; the cookie is httpOnly and SameSite=Lax; only a hash is stored", async () => {
    const setCookie = await sessions.createUserSession(new Request("http://localhost/"), userId);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const user = await sessions.getSessionUser(requestWith(setCookie));
    expect(user?.name).toBe("Sara");
    const rows = await t.db.selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute();
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id_hash) && !setCookie.includes(r.id_hash))).toBe(true);
  });

  it("signing in again rotates: the old session stops working", async () => {
    const first = await sessions.createUserSession(new Request("http://localhost/"), userId);
    const second = await sessions.createUserSession(requestWith(first), userId);
    expect(await sessions.getSessionUser(requestWith(first))).toBeNull();
    expect(await sessions.getSessionUser(requestWith(second))).not.toBeNull();
  });

  it("expires after 60 idle minutes", async () => {
    const setCookie = await sessions.createUserSession(new Request("http://localhost/"), userId);
    await sql`update sessions set last_seen_at = now() - interval '61 minutes'`.execute(t.db);
    expect(await sessions.getSessionUser(requestWith(setCookie))).toBeNull();
  });

  it("expires at the absolute limit even when active", async () => {
    const setCookie = await sessions.createUserSession(new Request("http://localhost/"), userId);
    await sql`update sessions set expires_at = now() - interval '1 second', last_seen_at = now()`.execute(t.db);
    expect(await sessions.getSessionUser(requestWith(setCookie))).toBeNull();
  });

  it("sign-out removes the session and clears the cookie", async () => {
    const setCookie = await sessions.createUserSession(new Request("http://localhost/"), userId);
    const cleared = await sessions.destroyUserSession(requestWith(setCookie));
    expect(cleared).toMatch(/Max-Age=0/i);
    expect(await sessions.getSessionUser(requestWith(setCookie))).toBeNull();
  });

  it("a tampered cookie is ignored", async () => {
    const setCookie = await sessions.createUserSession(new Request("http://localhost/"), userId);
    const value = setCookie.split(";")[0] ?? "";
    const tampered = `${value.slice(0, -3)}abc`;
    expect(
      await sessions.getSessionUser(new Request("http://localhost/", { headers: { Cookie: tampered } })),
    ).toBeNull();
  });
});
