// Lønnstilskudd data against the real PostgreSQL: the need recorded once per candidate (and
// changed in place), the approved plan as one row per period in order, the database refusing a
// period that ends before it starts, and grunnbeløpet by date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wagePlan } from "../../app/grants/wage-subsidy";
import { createApplication } from "../../db/repositories/grants";
import { createOrganisation } from "../../db/repositories/organisations";
import {
  getNeed,
  grunnbelopOn,
  grunnbelopRowOn,
  listPeriods,
  recordNeed,
  setDecidedPercent,
  storePeriodPlan,
} from "../../db/repositories/wage-subsidy";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("lønnstilskudd data", () => {
  let t: TestDatabase;
  let ids: { officeId: string; specialistId: string };
  let candidateId: string;
  let application: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await createOfficeAndSpecialist(t.db);
    const org = await createOrganisation(t.db, {
      orgNumber: "974760673",
      name: "Lønn AS",
      address: null,
      municipalityNumber: "5501",
      navOfficeId: null,
    });
    candidateId = (await candidateWith(t.db, ids)).id;
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
      kind: "wage",
      organisationId: org.id,
      proposalId,
      candidateId,
      createdBy: ids.specialistId,
      answers: { wageKind: "midlertidig" },
    });
  });
  afterAll(() => t?.drop());

  it("records the need once per candidate, and a new answer replaces the old", async () => {
    expect(await getNeed(t.db, candidateId)).toBeNull();
    await recordNeed(t.db, candidateId, "situasjonsbestemt", ids.specialistId);
    await recordNeed(t.db, candidateId, "gradert_varig", ids.specialistId);
    expect(await getNeed(t.db, candidateId)).toBe("gradert_varig");
    const rows = await t.db.selectFrom("candidate_needs").selectAll().where("candidate_id", "=", candidateId).execute();
    expect(rows).toHaveLength(1);
  });

  it("stores the approved plan one row per period, in order, and replaces it whole", async () => {
    const plan = wagePlan("midlertidig", "2026-08-31", "2027-08-30", 40, 26_070);
    await setDecidedPercent(t.db, application, 40);
    await storePeriodPlan(t.db, application, plan.periods);
    const stored = await listPeriods(t.db, application);
    expect(stored).toEqual(
      plan.periods.map(({ start, end, percent, amountOre }) => ({ start, end, percent, amountOre })),
    );
    expect(stored.find((p) => p.start === "2027-02-28")).toEqual({
      start: "2027-02-28",
      end: "2027-02-28",
      percent: 30,
      amountOre: 25_700, // 7 821 / 30.4375 = 256.95
    });
    await storePeriodPlan(t.db, application, plan.periods.slice(0, 2));
    expect(await listPeriods(t.db, application)).toHaveLength(2);
  });

  it("refuses a period that ends before it starts, and an unknown need", async () => {
    await expect(
      storePeriodPlan(t.db, application, [{ start: "2027-02-01", end: "2027-01-31", percent: 40, amountOre: 0 }]),
    ).rejects.toThrow();
    await expect(recordNeed(t.db, candidateId, "ukjent" as "varig_tilpasset", ids.specialistId)).rejects.toThrow();
  });

  it("finds grunnbeløpet of a date from 1 May, and none before the table starts", async () => {
    expect(await grunnbelopOn(t.db, "2024-04-30")).toBe(118_620);
    expect(await grunnbelopOn(t.db, "2024-05-01")).toBe(124_028);
    expect(await grunnbelopOn(t.db, "2026-01-15")).toBe(130_160);
    expect(await grunnbelopOn(t.db, "2023-04-30")).toBeNull();
  });

  it("gives the date G took effect with it, so a page can say which G it used", async () => {
    expect(await grunnbelopRowOn(t.db, "2026-01-15")).toEqual({ validFrom: "2025-05-01", amountKr: 130_160 });
    expect(await grunnbelopRowOn(t.db, "2023-04-30")).toBeNull();
  });
});
