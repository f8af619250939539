// Registration does not tell who has an account (issue #19, finding 6): the form stores a request
// and mails a link for a new address, mails "you already have an account" for a known one, and
// changes nothing else; the account is made when the link is followed and a password chosen.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  completeRegistration,
  findOpenRegistration,
  requestRegistration,
} from "../../app/accounts/registration.server";
import { signIn } from "../../app/auth/sign-in.server";
import { listAudit } from "../../db/repositories/audit";
import { createUser } from "../../db/repositories/users";
import { type TestDatabase, createTestDatabase } from "../support/db";

const baseUrl = "https://arbeidsbro.test";
const form = (email: string, orgNumber = "974760673") => ({
  name: "Nora Nybakk",
  email,
  orgNumber,
  orgName: "Nybakk Bakeri AS",
  municipalityNumber: "5501",
});

describe("registration by e-mail link", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await createUser(t.db, { email: "finnes@bakeri.no", name: "Finn", role: "employer", passwordHash: null });
  });
  afterAll(() => t.drop());

  const mailTo = (to: string) =>
    t.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", to).orderBy("created_at", "desc").execute();
  const tokenIn = (body: string) => /\/registrer\/bekreft\/([A-Za-z0-9_-]+)/.exec(body)?.[1];
  const openOrFail = async (token: string | undefined) => {
    const open = await findOpenRegistration(t.db, token ?? "");
    if (!open) throw new Error("no open registration for the token");
    return open;
  };
  const count = async (table: "users" | "organisations" | "registration_requests") =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("a known address: no account, no organisation, no request; its owner is told by mail", async () => {
    const before = { users: await count("users"), orgs: await count("organisations") };
    await requestRegistration(t.db, form("Finnes@Bakeri.no"), { baseUrl, requestId: "r1" });
    expect(await count("users")).toBe(before.users);
    expect(await count("organisations")).toBe(before.orgs);
    expect(await count("registration_requests")).toBe(0);
    const [mail] = await mailTo("Finnes@Bakeri.no");
    expect(mail?.subject).toBe("Du har allerede en konto i Arbeidsbro");
    expect(mail?.body).toContain(`${baseUrl}/logg-inn`);
    expect(tokenIn(mail?.body ?? "")).toBeUndefined();
    const [audit] = await listAudit(t.db, { action: "auth.register_requested" });
    expect(audit).toMatchObject({ outcome: "denied", subject_id: "finnes@bakeri.no", request_id: "r1" });
  });

  it("a new address: a request and a link by mail, but no account until the link is followed", async () => {
    const users = await count("users");
    await requestRegistration(t.db, form("ny@bakeri.no"), { baseUrl, requestId: "r2" });
    expect(await count("users")).toBe(users);
    const [mail] = await mailTo("ny@bakeri.no");
    expect(mail?.subject).toBe("Fullfør registreringen i Arbeidsbro");
    const token = tokenIn(mail?.body ?? "");
    expect(token).toBeDefined();
    // Only the token's hash is stored.
    const row = await t.db.selectFrom("registration_requests").selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(mail?.body).not.toContain(row.token_hash);

    const open = await openOrFail(token);
    expect(open.email).toBe("ny@bakeri.no");
    const result = await completeRegistration(t.db, open, "et-godt-passord", "r3");
    expect(result).toMatchObject({ kind: "created", organisationName: "Nybakk Bakeri AS" });
    expect(await count("users")).toBe(users + 1);
    // The password chosen on the link's page signs in.
    expect((await signIn(t.db, { email: "ny@bakeri.no", password: "et-godt-passord", ip: "10.9.0.1" })).ok).toBe(true);

    // The link works once.
    expect(await findOpenRegistration(t.db, token ?? "")).toBeUndefined();
    expect(await completeRegistration(t.db, open, "et-annet-passord", "r4")).toEqual({ kind: "gone" });
  });

  it("a link expires after 24 hours; an unknown token finds nothing", async () => {
    await requestRegistration(t.db, form("sen@bakeri.no", "889640782"), { baseUrl, requestId: "r5" });
    const token = tokenIn((await mailTo("sen@bakeri.no"))[0]?.body ?? "") ?? "";
    const almost = new Date(Date.now() + 23.9 * 3_600_000);
    expect(await findOpenRegistration(t.db, token, almost)).toBeDefined();
    expect(await findOpenRegistration(t.db, token, new Date(Date.now() + 24.1 * 3_600_000))).toBeUndefined();
    expect(await findOpenRegistration(t.db, "ukjent-token")).toBeUndefined();
  });

  it("two requests for one address: the second link finds the address taken and makes nothing", async () => {
    await requestRegistration(t.db, form("to@bakeri.no", "889640782"), { baseUrl, requestId: "r6" });
    await requestRegistration(t.db, form("to@bakeri.no", "889640782"), { baseUrl, requestId: "r7" });
    const [second, first] = (await mailTo("to@bakeri.no")).map((m) => tokenIn(m.body) ?? "");
    const a = await openOrFail(first);
    const b = await openOrFail(second);
    expect((await completeRegistration(t.db, a, "et-godt-passord", "r8")).kind).toBe("created");
    const users = await count("users");
    expect(await completeRegistration(t.db, b, "et-godt-passord", "r9")).toEqual({ kind: "email-taken" });
    expect(await count("users")).toBe(users);
    // Nothing is half-made: the closed request is the only change.
    const closed = await sql<{
      n: string;
    }>`select count(*) as n from registration_requests where completed_at is not null and email = 'to@bakeri.no'`.execute(
      t.db,
    );
    expect(Number(closed.rows[0]?.n)).toBe(2);
  });
});
