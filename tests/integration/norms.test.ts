// The norms dashboard on the real PostgreSQL: the SQL figures (db/repositories/norms.ts) equal the
// unit-tested definitions (app/norms/figures.ts) on a generated history, for every filter; and
// one office's figures never include another office's people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NormFilters, addDays, normFigures } from "../../app/norms/figures";
import { officeNormFigures, ownPeople } from "../../db/repositories/norms";
import { createOrganisation } from "../../db/repositories/organisations";
import { type History, generateHistory, insertHistory } from "../../db/seed/norms-history";
import { createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { callRoute, closeServices, signIn, useAppServices } from "../support/app";
import { action as adminAction } from "../../app/routes/admin._index";
import { loader as leaderLoader } from "../../app/routes/leder._index";
import { loader as leaderCsvLoader } from "../../app/routes/leder.csv.$table";
import type { Dashboard } from "../../app/norms/dashboard.server";

let t: TestDatabase;
let officeA: string;
let officeB: string;
let specialistsA: string[];
let specialistB: string;
let historyA: History;

const asOf = "2026-11-20";

beforeAll(async () => {
  t = await createTestDatabase();
  const a = await createOfficeAndSpecialist(t.db, "NAV Norm A");
  const b = await createOfficeAndSpecialist(t.db, "NAV Norm B");
  officeA = a.officeId;
  officeB = b.officeId;
  specialistB = b.specialistId;
  const second = await t.db
    .insertInto("users")
    .values({ email: "andre@norm-a.no", name: "Andre", role: "specialist", nav_office_id: officeA })
    .returning("id")
    .executeTakeFirstOrThrow();
  specialistsA = [a.specialistId, second.id];
  const org = await createOrganisation(t.db, {
    orgNumber: "987654321",
    name: "Normbedrift AS",
    address: null,
    municipalityNumber: "5501",
    navOfficeId: null,
  });
  historyA = generateHistory({
    specialistIds: specialistsA,
    people: 400,
    from: "2023-06-01",
    asOf,
    seed: 7,
    idPrefix: "1",
  });
  const historyB = generateHistory({
    specialistIds: [specialistB],
    people: 150,
    from: "2023-06-01",
    asOf,
    seed: 8,
    idPrefix: "2",
  });
  await insertHistory(t.db, { officeId: officeA, organisationIds: [org.id], codePrefix: "NA" }, historyA);
  await insertHistory(t.db, { officeId: officeB, organisationIds: [org.id], codePrefix: "NB" }, historyB);
}, 120_000);

afterAll(async () => {
  await closeServices();
  await t?.drop();
});

describe("SQL figures equal the definitions", () => {
  const cases: Array<[string, Omit<NormFilters, "asOf">]> = [
    ["the whole history", { from: "2023-01-01", to: "2026-12-31" }],
    ["one year", { from: "2025-01-01", to: "2025-12-31" }],
    ["with lønnstilskudd", { from: "2023-01-01", to: "2026-12-31", subsidy: "with" }],
    ["without lønnstilskudd", { from: "2024-01-01", to: "2026-12-31", subsidy: "without" }],
    ["one specialist", { from: "2023-01-01", to: "2026-12-31", specialistId: "first" }],
  ];
  for (const [name, filters] of cases) {
    it(name, async () => {
      const f: NormFilters = {
        ...filters,
        asOf,
        specialistId: filters.specialistId === "first" ? specialistsA[0] : null,
      };
      const expected = normFigures(historyA.people, historyA.hires, f);
      const actual = await officeNormFigures(t.db, { officeId: officeA, ...f });
      expect(actual).toEqual(expected);
      // Not an empty history agreeing with itself.
      expect(expected.cohorts.length).toBeGreaterThan(0);
      expect(expected.retention[0]?.hires).toBeGreaterThan(0);
    });
  }

  it("on a day in the past too (running cohorts, hires not yet started)", async () => {
    const f: NormFilters = { from: "2024-01-01", to: "2025-12-31", asOf: "2025-03-15" };
    expect(await officeNormFigures(t.db, { officeId: officeA, ...f })).toEqual(
      normFigures(historyA.people, historyA.hires, f),
    );
    expect(normFigures(historyA.people, historyA.hires, f).cohorts.some((c) => !c.finished)).toBe(true);
  });
});

describe("follow-ups the specialist ended", () => {
  it("the history has follow-ups ended by the specialist and profiles anonymised", async () => {
    const rows = await t.db
      .selectFrom("candidates")
      .select((eb) => [
        eb.fn.count<string>("followup_ended_on").as("ended"),
        eb.fn.count<string>("anonymised_at").as("anonymised"),
      ])
      .where("office_id", "=", officeA)
      .executeTakeFirstOrThrow();
    expect(Number(rows.ended)).toBeGreaterThan(50);
    expect(Number(rows.anonymised)).toBeGreaterThan(5);
  });

  it("agree with the definitions on the day a follow-up ended and the day before", async () => {
    const ended = await t.db
      .selectFrom("candidates")
      .select(["id", "specialist_id", "followup_ended_on"])
      .where("office_id", "=", officeA)
      .where("followup_ended_on", "is not", null)
      .where("specialist_id", "is not", null)
      .orderBy("followup_ended_on", "desc")
      .executeTakeFirstOrThrow();
    const day = ended.followup_ended_on as string;
    for (const d of [day, addDays(day, -1)]) {
      const f: NormFilters = { from: "2023-01-01", to: "2026-12-31", asOf: d };
      const actual = await officeNormFigures(t.db, { officeId: officeA, ...f });
      expect(actual.caseload).toEqual(normFigures(historyA.people, historyA.hires, f).caseload);
    }
    // The person is in their specialist's caseload the day before the end, and not on the day.
    const inCaseload = async (d: string) =>
      (
        await ownPeople(t.db, {
          officeId: officeA,
          specialistId: ended.specialist_id as string,
          from: "2023-01-01",
          to: "2026-12-31",
          asOf: d,
        })
      ).find((p) => p.id === ended.id)?.inCaseload ?? false;
    expect(await inCaseload(addDays(day, -1))).toBe(true);
    expect(await inCaseload(day)).toBe(false);
  });
});

describe("offices are apart", () => {
  it("office A's figures name none of office B's specialists or people", async () => {
    const figures = await officeNormFigures(t.db, { officeId: officeA, from: "2023-01-01", to: "2026-12-31", asOf });
    const ids = JSON.stringify(figures);
    expect(ids).not.toContain(specialistB);
    expect(figures.caseload.map((c) => c.specialistId).sort()).toEqual([...specialistsA].sort());
    // Asking for office B's specialist within office A gives nothing.
    const crossed = await officeNormFigures(t.db, {
      officeId: officeA,
      from: "2023-01-01",
      to: "2026-12-31",
      asOf,
      specialistId: specialistB,
    });
    expect(crossed.caseload).toEqual([]);
    expect(crossed.cohorts).toEqual([]);
    expect(crossed.mentor.hires).toBe(0);
    // Office B on its own has figures: the filter is by office, not an empty answer.
    const b = await officeNormFigures(t.db, { officeId: officeB, from: "2023-01-01", to: "2026-12-31", asOf });
    expect(b.caseload.map((c) => c.specialistId)).toEqual([specialistB]);
  });

  it("a specialist's own list has only their own people, and matches their caseload", async () => {
    const [mine] = specialistsA as [string];
    const list = await ownPeople(t.db, {
      officeId: officeA,
      specialistId: mine,
      from: "2026-01-01",
      to: "2026-12-31",
      asOf,
    });
    const ownIds = new Set(historyA.people.filter((p) => p.specialistId === mine).map((p) => p.id));
    expect(list.length).toBeGreaterThan(0);
    // Their own candidates, and colleagues' people only where they brokered the year's first hire.
    expect(list.every((p) => ownIds.has(p.id) === p.own && (p.own || p.newIntoWorkYears.length > 0))).toBe(true);
    const figures = normFigures(historyA.people, historyA.hires, {
      from: "2026-01-01",
      to: "2026-12-31",
      asOf,
      specialistId: mine,
    });
    expect(list.filter((p) => p.inCaseload).length).toBe(figures.caseload[0]?.people);
    expect(list.filter((p) => p.newIntoWorkYears.includes(2026)).length).toBe(
      figures.newIntoWork.find((r) => r.year === 2026)?.people ?? 0,
    );
    const crossed = await ownPeople(t.db, {
      officeId: officeB,
      specialistId: mine,
      from: "2023-01-01",
      to: "2026-12-31",
      asOf,
    });
    expect(crossed).toEqual([]);
  });
});

describe("the leader's page, through the real routes", () => {
  it("the admin makes a leader with the specialist form; the leader of office A sees nothing of office B", async () => {
    useAppServices(t);
    const admin = await t.db
      .insertInto("users")
      .values({ email: "admin@norm.no", name: "Admin", role: "admin" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const made = await callRoute(adminAction, {
      path: "/admin",
      cookie: await signIn(admin.id),
      form: {
        intent: "specialist",
        name: "Lea Leder",
        email: "lea.leder@norm-a.no",
        officeId: officeA,
        password: "Et-langt-passord-for-lea-2026",
        role: "leader",
      },
    });
    expect(made.status).toBe(200);
    const leader = await t.db
      .selectFrom("users")
      .select(["id", "role", "nav_office_id"])
      .where("email", "=", "lea.leder@norm-a.no")
      .executeTakeFirstOrThrow();
    expect(leader).toMatchObject({ role: "leader", nav_office_id: officeA });
    const cookie = await signIn(leader.id);

    const page = await callRoute(leaderLoader, { path: "/leder?fra=2023&til=2026", cookie });
    expect(page.status).toBe(200);
    const dashboard = page.data as Dashboard;
    expect(dashboard.officeName).toBe("NAV Norm A");
    expect(dashboard.tables.find((tb) => tb.id === "spesialister")?.rows.length).toBe(3);
    const text = JSON.stringify(dashboard);
    expect(text).not.toContain(specialistB);
    // No candidate at all: no id or code of either office's people.
    expect(text).not.toMatch(/"N[AB]-\d{6}"/);
    expect(historyA.people.slice(0, 50).some((p) => text.includes(p.id))).toBe(false);

    // Office B's specialist in the address: refused at the field, the figures stay office A's.
    const crossed = await callRoute(leaderLoader, { path: `/leder?spesialist=${specialistB}`, cookie });
    expect(crossed.status).toBe(400);
    expect((crossed.data as Dashboard).errors.spesialist).toBe("Velg en jobbspesialist ved kontoret.");
    expect(JSON.stringify(crossed.data)).not.toContain(specialistB);
    const csv = await callRoute(leaderCsvLoader, {
      path: `/leder/csv/spesialister?spesialist=${specialistB}`,
      cookie,
      params: { table: "spesialister" },
    });
    expect(csv.status).toBe(400);

    // A specialist is not a leader.
    const [specialistA] = specialistsA as [string];
    expect((await callRoute(leaderLoader, { path: "/leder", cookie: await signIn(specialistA) })).status).toBe(403);
  });
});
