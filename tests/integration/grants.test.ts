// Grant applications against the real PostgreSQL: the seeded rates table, drafts, submission,
// and the decision rules (only a submitted application is decided; sent back means editable again).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentorMonthlyGrant, ratesForYear } from "../../app/grants/calculation";
import {
  createApplication,
  decideApplication,
  getApplication,
  loadRates,
  saveDraft,
  submitApplication,
} from "../../db/repositories/grants";
import { createOrganisation } from "../../db/repositories/organisations";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("grant applications", () => {
  let t: TestDatabase;
  let ids: { officeId: string; specialistId: string };
  let application: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await createOfficeAndSpecialist(t.db);
    const org = await createOrganisation(t.db, {
      orgNumber: "974760673",
      name: "Tilskudd AS",
      address: null,
      municipalityNumber: "5501",
      navOfficeId: null,
    });
    const { id: candidateId } = await candidateWith(t.db, ids);
    // A hire (an application belongs to a work trial or a hire).
    const { id: proposalId } = await t.db
      .insertInto("proposals")
      .values({
        candidate_id: candidateId,
        organisation_id: org.id,
        job_title: "Kjøkkenhjelp",
        specialist_id: ids.specialistId,
        fit_score: 80,
        status: "hired",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    application = await createApplication(t.db, {
      kind: "mentor",
      organisationId: org.id,
      proposalId,
      candidateId,
      createdBy: ids.specialistId,
      answers: {},
    });
  }, 60_000);

  afterAll(async () => {
    await t?.drop();
  });

  it("reads NAV's rates by year from the table, and they give the worked example", async () => {
    const rates = await loadRates(t.db);
    expect(rates.map((r) => [r.year, r.inclusionMaxKr])).toEqual([
      [2023, 143_900],
      [2024, 149_100],
      [2025, 154_800],
      [2026, 160_400],
    ]);
    const r2026 = ratesForYear(2026, rates);
    expect(r2026.employerTaxZones.find((z) => z.id === "1")?.percent).toBe(14.1);
    const calc = mentorMonthlyGrant(
      {
        payType: "monthly",
        amountKr: 48_750,
        positionPercent: 100,
        hoursPerMonth: 20,
        holidayPayPercent: 12,
        otpPercent: 2,
        employerTaxPercent: 14.1,
      },
      r2026,
    );
    expect(calc.totalKr).toBe(7821);
  });

  it("keeps a draft, freezes it on submission, and decides only a submitted application", async () => {
    expect(await saveDraft(t.db, application, { contactName: "Kari" }, 2)).toBe(true);
    expect(
      await decideApplication(t.db, application, {
        status: "approved",
        by: ids.specialistId,
        reason: "ok",
        comments: {},
      }),
    ).toBe(false);
    expect(await submitApplication(t.db, application, { answers: { contactName: "Kari" } }, 2026)).toBe(true);
    // Submitted: the employer can no longer change it.
    expect(await saveDraft(t.db, application, { contactName: "Per" }, 3)).toBe(false);
    expect(
      await decideApplication(t.db, application, {
        status: "returned",
        by: ids.specialistId,
        reason: "",
        comments: { "1": "Mentorens oppgaver må beskrives." },
      }),
    ).toBe(true);
    // Sent back: editable again, with the comment on step 2 (index 1).
    const returned = await getApplication(t.db, application);
    expect(returned).toMatchObject({ status: "returned", comments: { "1": "Mentorens oppgaver må beskrives." } });
    expect(await saveDraft(t.db, application, { contactName: "Kari", mentorTasks: "Opplæring" }, 6)).toBe(true);
    expect(await submitApplication(t.db, application, { answers: { contactName: "Kari" } }, 2026)).toBe(true);
    expect(
      await decideApplication(t.db, application, {
        status: "approved",
        by: ids.specialistId,
        reason: "Godt beskrevet.",
        comments: {},
      }),
    ).toBe(true);
    // Decided once: a second decision is refused.
    expect(
      await decideApplication(t.db, application, {
        status: "rejected",
        by: ids.specialistId,
        reason: "nei",
        comments: {},
      }),
    ).toBe(false);
    const decided = await getApplication(t.db, application);
    expect(decided).toMatchObject({ status: "approved", decision_reason: "Godt beskrevet.", comments: {} });
    expect(decided?.decided_at).toBeInstanceOf(Date);
  });
});
