// Refusjon against the real PostgreSQL: the deadline job (the graphile-worker cron task
// `refund_deadlines`) opens a claim the day after its period ends, expires one past its deadline,
// marks mentor periods paid, reminds once, and a second run changes nothing more; a negative
// result is carried to the next claim of the agreement; varig's 5 G cap counts what was paid this
// calendar year for the person, employer and kind across agreements.
import { sql } from "kysely";
import type { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInOslo } from "../../app/domain/dates";
import { addDays } from "../../app/grants/periods";
import { calculateRefund, claimDeadline, fiveGLeftKr } from "../../app/grants/refund";
import { createApplication, decideApplication, submitApplication } from "../../db/repositories/grants";
import { createOrganisation } from "../../db/repositories/organisations";
import {
  approveClaim,
  claimHistory,
  extendClaim,
  getClaim,
  listOrganisationClaims,
  runRefundDeadlines,
  sendClaim,
  varigPaidInYear,
} from "../../db/repositories/refunds";
import { grunnbelopOn, storePeriodPlan } from "../../db/repositories/wage-subsidy";
import { syncTasks } from "../../search/sync";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";

interface Period {
  start: string;
  end: string;
  amountKr: number;
}

describe("refund claims", () => {
  let t: TestDatabase;
  let ids: { officeId: string; specialistId: string };
  let orgId: string;
  let employerId: string;
  let candidateId: string;
  let proposalId: string;

  async function agreement(kind: "wage" | "mentor", wageKind: string, periods: Period[], decidedOn: string) {
    const answers = { wageKind, holidayPayPercent: "10.2", otpPercent: "2", taxZone: "1" };
    const id = await createApplication(t.db, {
      kind,
      organisationId: orgId,
      proposalId,
      candidateId,
      createdBy: employerId,
      answers,
    });
    await submitApplication(t.db, id, { answers }, 2026);
    await decideApplication(t.db, id, { status: "approved", by: ids.specialistId, reason: "Innvilget.", comments: {} });
    await t.db.updateTable("grant_applications").set({ decided_at: decidedOn }).where("id", "=", id).execute();
    await storePeriodPlan(
      t.db,
      id,
      periods.map((p) => ({ ...p, percent: kind === "wage" ? 40 : null, amountOre: p.amountKr * 100 })),
    );
    return id;
  }

  const claimsOf = async (applicationId: string) =>
    (await listOrganisationClaims(t.db, orgId)).filter((c) => c.application_id === applicationId);
  const counts = async () => ({
    events: Number((await sql<{ n: string }>`select count(*) as n from refund_claim_events`.execute(t.db)).rows[0]?.n),
    notifications: Number(
      (await sql<{ n: string }>`select count(*) as n from notifications where kind = 'refund'`.execute(t.db)).rows[0]
        ?.n,
    ),
    mails: Number((await sql<{ n: string }>`select count(*) as n from mail_outbox`.execute(t.db)).rows[0]?.n),
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await createOfficeAndSpecialist(t.db);
    const org = await createOrganisation(t.db, {
      orgNumber: "974760673",
      name: "Refusjon AS",
      address: null,
      municipalityNumber: "5501",
      navOfficeId: null,
    });
    orgId = org.id;
    employerId = (
      await t.db
        .insertInto("users")
        .values({ email: "arbeidsgiver@refusjon.test", name: "Ada Arbeidsgiver", role: "employer" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await t.db
      .insertInto("organisation_members")
      .values({ organisation_id: orgId, user_id: employerId, role: "admin", status: "active" })
      .execute();
    candidateId = (await candidateWith(t.db, ids)).id;
    proposalId = (
      await t.db
        .insertInto("proposals")
        .values({
          candidate_id: candidateId,
          organisation_id: orgId,
          job_title: "Kjøkkenhjelp",
          specialist_id: ids.specialistId,
          fit_score: 80,
          status: "hired",
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t?.drop());

  it("the cron task opens yesterday's period, expires one past its deadline, pays mentor periods, and a rerun changes nothing", async () => {
    const today = todayInOslo();
    const yesterday = addDays(today, -1);
    const longAgo = addDays(today, -100);
    const dueSoon = addDays(today, -55);
    const wage = await agreement(
      "wage",
      "midlertidig",
      [
        { start: addDays(longAgo, -9), end: longAgo, amountKr: 8_000 },
        { start: addDays(dueSoon, -9), end: dueSoon, amountKr: 8_000 },
        { start: addDays(yesterday, -9), end: yesterday, amountKr: 8_000 },
        { start: today, end: addDays(today, 10), amountKr: 8_000 },
      ],
      addDays(today, -200),
    );
    const mentor = await agreement(
      "mentor",
      "",
      [{ start: addDays(yesterday, -9), end: yesterday, amountKr: 4_000 }],
      addDays(today, -200),
    );

    const tasks = syncTasks({ db: t.db, search: {} as Meilisearch, indexPrefix: "" });
    await tasks.refund_deadlines?.({}, {} as never);

    const [past, soon, ended, running] = await claimsOf(wage);
    expect(past?.state).toBe("expired");
    expect(past?.deadline).toBe(claimDeadline({ periodEnd: longAgo, absenceReported: false, extended: false }));
    expect(soon?.state).toBe("ready");
    expect(ended?.state).toBe("ready");
    expect(running?.state).toBe("not_yet");
    const [mentorPeriod] = await claimsOf(mentor);
    expect(mentorPeriod).toMatchObject({ state: "paid", paid_kr: 4_000, deadline: null });
    expect((await claimHistory(t.db, ended?.id ?? "")).map((e) => e.event)).toEqual(["opened"]);
    expect((await claimHistory(t.db, past?.id ?? "")).map((e) => e.event)).toEqual(["opened", "expired"]);

    // Reminders: opened (two open claims) and the deadline 14 days ahead (one), in the portal and the mail outbox.
    const notes = await t.db
      .selectFrom("notifications")
      .select(["text", "link"])
      .where("user_id", "=", employerId)
      .execute();
    expect(notes.filter((n) => n.text.startsWith("Refusjonskravet for"))).toHaveLength(2);
    expect(notes.filter((n) => n.text.startsWith("Husk refusjonskravet"))).toHaveLength(1);
    expect(notes.some((n) => n.link === `/arbeidsgiver/${orgId}/refusjon/${ended?.id}`)).toBe(true);
    const mail = await t.db.selectFrom("mail_outbox").select(["to_address", "subject"]).execute();
    expect(mail.filter((m) => m.subject === "Refusjonskrav kan sendes")).toHaveLength(2);
    expect(mail.filter((m) => m.subject === "Frist for refusjonskrav nærmer seg")).toHaveLength(1);

    const before = await counts();
    const statesBefore = (await listOrganisationClaims(t.db, orgId)).map((c) => c.state);
    await tasks.refund_deadlines?.({}, {} as never);
    expect(await runRefundDeadlines(t.db, today)).toEqual({ created: 0, opened: 0, mentorPaid: 0, expired: 0 });
    expect(await counts()).toEqual(before);
    expect((await listOrganisationClaims(t.db, orgId)).map((c) => c.state)).toEqual(statesBefore);
  });

  it("carries a negative result to the next claim on the same agreement through the database", async () => {
    const wage = await agreement(
      "wage",
      "midlertidig",
      [
        { start: "2026-03-01", end: "2026-03-31", amountKr: 30_000 },
        { start: "2026-04-01", end: "2026-04-30", amountKr: 30_000 },
      ],
      "2026-02-15",
    );
    await runRefundDeadlines(t.db, "2026-05-02");
    const [first, second] = await claimsOf(wage);
    expect([first?.state, second?.state]).toEqual(["ready", "ready"]);
    const rates = { holidayPayPercent: 10.2, otpPercent: 2, employerTaxPercent: 14.1, percent: 40, agreedKr: 30_000 };
    const negative = calculateRefund({
      ...rates,
      lines: [{ kind: "fixed", amountKr: 10_000 }],
      holidayDeductionKr: 15_000,
      absenceRefundKr: 0,
      carriedInKr: first?.carried_in_kr ?? 0,
      fiveGLeftKr: null,
    });
    const saved = { form: {}, calculation: {}, absenceReported: false, deadline: first?.deadline ?? "" };
    expect(
      await sendClaim(t.db, first?.id ?? "", employerId, {
        ...saved,
        claimedKr: negative.payableKr,
        carriedOutKr: negative.carriedOutKr,
      }),
    ).toBe(true);
    expect(await approveClaim(t.db, first?.id ?? "", ids.specialistId)).toBe(true);
    // A second approval of the same claim changes nothing (and does not carry twice).
    expect(await approveClaim(t.db, first?.id ?? "", ids.specialistId)).toBe(false);
    const next = await getClaim(t.db, second?.id ?? "");
    expect(next?.carried_in_kr).toBe(-2_565);
    const r = calculateRefund({
      ...rates,
      lines: [{ kind: "fixed", amountKr: 40_000 }],
      holidayDeductionKr: 0,
      absenceRefundKr: 0,
      carriedInKr: next?.carried_in_kr ?? 0,
      fiveGLeftKr: null,
    });
    expect(r.payableKr).toBe(17_955);
    expect((await getClaim(t.db, first?.id ?? ""))?.paid_kr).toBe(0);
  });

  it("caps varig by what is left of 5 G this calendar year across agreements of the person, employer and kind", async () => {
    const periods = [{ start: "2023-06-01", end: "2023-06-30", amountKr: 600_000 }];
    const first = await agreement("wage", "varig", periods, "2023-05-15");
    const second = await agreement(
      "wage",
      "varig",
      [{ start: "2023-09-01", end: "2023-09-30", amountKr: 40_000 }],
      "2023-08-15",
    );
    const otherYear = await agreement(
      "wage",
      "varig",
      [{ start: "2022-12-01", end: "2022-12-31", amountKr: 9_000 }],
      "2022-11-15",
    );
    const midlertidig = await agreement(
      "wage",
      "midlertidig",
      [{ start: "2023-07-01", end: "2023-07-31", amountKr: 9_000 }],
      "2023-06-15",
    );
    await runRefundDeadlines(t.db, "2023-10-02");
    const pay = async (applicationId: string, kr: number) => {
      const [c] = await claimsOf(applicationId);
      // Sent within its deadline: open it again for the test's "today" if the job expired it.
      await t.db
        .updateTable("refund_claims")
        .set({ state: "ready" })
        .where("id", "=", c?.id ?? "")
        .execute();
      await sendClaim(t.db, c?.id ?? "", employerId, {
        form: {},
        calculation: {},
        absenceReported: false,
        deadline: c?.deadline ?? "",
        claimedKr: kr,
        carriedOutKr: 0,
      });
      await approveClaim(t.db, c?.id ?? "", ids.specialistId);
    };
    await pay(first, 590_000);
    await pay(otherYear, 9_000);
    await pay(midlertidig, 9_000);
    const [claim] = await claimsOf(second);
    if (!claim) throw new Error("no claim");
    const paid = await varigPaidInYear(t.db, claim, 2023);
    expect(paid).toBe(590_000);
    const g = await grunnbelopOn(t.db, claim.end_date);
    expect(g).toBe(118_620);
    expect(fiveGLeftKr(g ?? 0, paid)).toBe(3_100);
  });

  it("extends a deadline once: an expired claim whose new deadline is ahead opens again, a second extension is refused", async () => {
    const wage = await agreement(
      "wage",
      "midlertidig",
      [{ start: "2025-03-01", end: "2025-03-31", amountKr: 20_000 }],
      "2025-02-15",
    );
    await runRefundDeadlines(t.db, "2025-06-02");
    const [claim] = await claimsOf(wage);
    expect(claim).toMatchObject({ state: "expired", deadline: "2025-05-31" });
    const extended = claimDeadline({ periodEnd: "2025-03-31", absenceReported: false, extended: true });
    expect(extended).toBe("2025-06-30");
    expect(
      await extendClaim(t.db, claim?.id ?? "", ids.specialistId, "Lønnssystemet var nede.", extended, "2025-06-02"),
    ).toBe(true);
    expect(await getClaim(t.db, claim?.id ?? "")).toMatchObject({ state: "ready", deadline: "2025-06-30" });
    expect(await extendClaim(t.db, claim?.id ?? "", ids.specialistId, "En gang til.", "2025-07-31", "2025-06-02")).toBe(
      false,
    );
    // The job leaves it open until the new deadline, then expires it again.
    await runRefundDeadlines(t.db, "2025-06-30");
    expect((await getClaim(t.db, claim?.id ?? ""))?.state).toBe("ready");
    await runRefundDeadlines(t.db, "2025-07-01");
    expect((await getClaim(t.db, claim?.id ?? ""))?.state).toBe("expired");
    expect((await claimHistory(t.db, claim?.id ?? "")).map((e) => [e.event, e.reason])).toEqual([
      ["opened", null],
      ["expired", null],
      ["extended", "Lønnssystemet var nede."],
      ["expired", null],
    ]);
  });
});
