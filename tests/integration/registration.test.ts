import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerEmployer } from "../../app/accounts/registration.server";
import { listAudit } from "../../db/repositories/audit";
import { listMail } from "../../db/repositories/mail";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("employer registration", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("creates the account and the organisation, with the user as its admin, and audits it", async () => {
    const result = await registerEmployer(
      t.db,
      {
        name: "Nora",
        email: "nora@bakeri.no",
        password: "et-godt-passord",
        orgNumber: "974760673",
        orgName: "Bakeri AS",
        municipalityNumber: "5501",
      },
      "req-reg",
    );
    expect(result.kind).toBe("created");
    const member = await t.db
      .selectFrom("organisation_members")
      .selectAll()
      .where("user_id", "=", result.user.id)
      .executeTakeFirstOrThrow();
    expect(member).toMatchObject({ role: "admin", status: "active" });
    const audit = await listAudit(t.db, { action: "auth.register" });
    expect(audit[0]).toMatchObject({ actor_user_id: result.user.id, request_id: "req-reg" });
  });

  it("asks to join an existing organisation: pending membership, and its admins get mail", async () => {
    const result = await registerEmployer(
      t.db,
      { name: "Ola", email: "ola@bakeri.no", password: "et-godt-passord", orgNumber: "974760673" },
      "req-join",
    );
    expect(result).toMatchObject({ kind: "join-requested", organisationName: "Bakeri AS" });
    const member = await t.db
      .selectFrom("organisation_members")
      .selectAll()
      .where("user_id", "=", result.user.id)
      .executeTakeFirstOrThrow();
    expect(member).toMatchObject({ role: "member", status: "pending" });
    const mail = await listMail(t.db);
    expect(mail[0]).toMatchObject({ to_address: "nora@bakeri.no", subject: "Ny forespørsel om å bli med i Bakeri AS" });
  });

  it("writes nothing when a step fails (the e-mail is taken): no half-made organisation", async () => {
    const before = await t.db.selectFrom("organisations").select("id").execute();
    await expect(
      registerEmployer(
        t.db,
        {
          name: "Nora 2",
          email: "NORA@bakeri.no",
          password: "et-godt-passord",
          orgNumber: "889640782",
          orgName: "Annet AS",
          municipalityNumber: "0301",
        },
        "req-fail",
      ),
    ).rejects.toThrow();
    const after = await t.db.selectFrom("organisations").select("id").execute();
    expect(after).toHaveLength(before.length);
  });
});
