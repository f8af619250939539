import { describe, expect, it } from "vitest";
import {
  checkAgreement,
  kindAllowed,
  midlertidigMaxMonths,
  midlertidigPercent,
  monthlyGrantKr,
  needs,
  offeredKinds,
  percentAllowed,
  stepDown,
  sumOfCosts,
  wagePlan,
} from "./wage-subsidy";

const nav = { monthlyWageKr: 20_000, holidayPayPercent: 12, otpPercent: 2, employerTaxPercent: 14.1 };

describe("the sum of costs and the monthly grant", () => {
  it("matches NAV's own test: 20 000, 12 %, 2 %, 14.1 %, 60 % → 26 070 → 15 642", () => {
    const chain = sumOfCosts(nav);
    expect(chain).toEqual({
      wageKr: 20_000,
      holidayPayOre: 240_000, // 2 400
      pensionOre: 44_800, // 2 % of 22 400 = 448
      employerTaxOre: 322_157, // 14.1 % of 22 848 = 3 221.568
      costsKr: 26_070, // 20 000 + round(6 069.568)
    });
    expect(monthlyGrantKr(chain.costsKr, 60)).toBe(15_642);
    expect(monthlyGrantKr(chain.costsKr, 50)).toBe(13_035); // the lower step from the same sum
    expect(monthlyGrantKr(chain.costsKr, 40)).toBe(10_428);
    expect(monthlyGrantKr(chain.costsKr, 30)).toBe(7_821);
  });

  it("rounds F + O + A once, not each line", () => {
    // 10 001 kr, 10.2 %, 2 %, 14.1 %: F 1 020.102 + O 220.42204 + A 1 585.0548896 = 2 825.5789… → 2 826.
    const a = sumOfCosts({ monthlyWageKr: 10_001, holidayPayPercent: 10.2, otpPercent: 2, employerTaxPercent: 14.1 });
    expect(a.costsKr).toBe(12_827);
    // 3 kr, 12 %, 0 %, 10.6 %: F 0.36 + A 0.35616 = 0.716 → 1; rounded one by one it would be 0 + 0 = 0.
    const b = sumOfCosts({ monthlyWageKr: 3, holidayPayPercent: 12, otpPercent: 0, employerTaxPercent: 10.6 });
    expect(b.costsKr).toBe(4);
  });

  it("takes a zero wage and zero rates, and refuses øre or a negative wage", () => {
    expect(sumOfCosts({ ...nav, monthlyWageKr: 0 }).costsKr).toBe(0);
    expect(
      sumOfCosts({ monthlyWageKr: 30_000, holidayPayPercent: 0, otpPercent: 0, employerTaxPercent: 0 }).costsKr,
    ).toBe(30_000);
    expect(() => sumOfCosts({ ...nav, monthlyWageKr: 100.5 })).toThrow(RangeError);
    expect(() => sumOfCosts({ ...nav, monthlyWageKr: -1 })).toThrow(RangeError);
  });

  it("rounds the grant half up", () => {
    expect(monthlyGrantKr(25_001, 50)).toBe(12_501); // 12 500.5
    expect(monthlyGrantKr(25_003, 30)).toBe(7_501); // 7 500.9
    expect(monthlyGrantKr(25_001, 0)).toBe(0);
  });
});

describe("which kinds a need allows, and the percentage", () => {
  it("takes midlertidig's percentage and longest run from the need: 40 % and 12 months, or 60 % and 24", () => {
    expect(needs.map((n) => [n, midlertidigPercent(n), midlertidigMaxMonths(n)])).toEqual([
      ["situasjonsbestemt", 40, 12],
      ["spesielt_tilpasset", 60, 24],
      ["gradert_varig", 60, 24],
      ["varig_tilpasset", 60, 24],
    ]);
  });

  it("offers varig only with varig or gradert varig tilpasset innsats, and nothing without a recorded need", () => {
    expect(kindAllowed("varig", "varig_tilpasset")).toEqual({ ok: true });
    expect(kindAllowed("varig", "gradert_varig")).toEqual({ ok: true });
    expect(kindAllowed("varig", "spesielt_tilpasset")).toEqual({ ok: false, reason: "varigNeedsLastingNeed" });
    expect(kindAllowed("varig", "situasjonsbestemt")).toEqual({ ok: false, reason: "varigNeedsLastingNeed" });
    expect(kindAllowed("midlertidig", "situasjonsbestemt")).toEqual({ ok: true });
    expect(kindAllowed("sommerjobb", null)).toEqual({ ok: false, reason: "needMissing" });
  });

  it("lets NAV set varig 0–75 whole, sommerjobb 50 or 75, and midlertidig only from the need", () => {
    expect([0, 1, 67, 75].every((p) => percentAllowed("varig", p, "varig_tilpasset"))).toBe(true);
    expect([-1, 76, 50.5].some((p) => percentAllowed("varig", p, "varig_tilpasset"))).toBe(false);
    expect(percentAllowed("sommerjobb", 50, "situasjonsbestemt")).toBe(true);
    expect(percentAllowed("sommerjobb", 75, "situasjonsbestemt")).toBe(true);
    expect(percentAllowed("sommerjobb", 60, "situasjonsbestemt")).toBe(false);
    expect(percentAllowed("midlertidig", 40, "situasjonsbestemt")).toBe(true);
    expect(percentAllowed("midlertidig", 60, "situasjonsbestemt")).toBe(false);
    expect(percentAllowed("midlertidig", 60, null)).toBe(false);
  });
});

describe("the step down", () => {
  it("takes 40 to 30 from start + 6 months, falling back to the month's last day", () => {
    expect(stepDown("midlertidig", "2026-08-31", "2027-08-30", 40)).toMatchObject({ from: "2027-02-28", percent: 30 });
    expect(stepDown("midlertidig", "2027-08-31", "2028-08-30", 40)).toMatchObject({ from: "2028-02-29", percent: 30 });
    expect(stepDown("midlertidig", "2026-03-01", "2027-02-28", 40)).toMatchObject({ from: "2026-09-01", percent: 30 });
  });

  it("takes 60 to 50 from start + 1 year; 29 February + 1 year is 28 February", () => {
    expect(stepDown("midlertidig", "2028-02-29", "2030-02-27", 60)).toMatchObject({ from: "2029-02-28", percent: 50 });
    expect(stepDown("midlertidig", "2026-01-01", "2027-12-31", 60)).toMatchObject({ from: "2027-01-01", percent: 50 });
  });

  it("has no step when the date is after the end, and one when it is the end date itself", () => {
    expect(stepDown("midlertidig", "2026-03-01", "2026-08-31", 40)).toBeNull();
    expect(stepDown("midlertidig", "2026-03-01", "2026-09-01", 40)).toMatchObject({ from: "2026-09-01" });
    expect(stepDown("midlertidig", "2026-01-01", "2026-12-31", 60)).toBeNull();
  });

  it("drops varig above 67 to 67 after a year, and leaves 67 and below alone; sommerjobb never steps", () => {
    expect(stepDown("varig", "2026-05-15", "2030-01-01", 75)).toMatchObject({ from: "2027-05-15", percent: 67 });
    expect(stepDown("varig", "2026-05-15", "2030-01-01", 68)).toMatchObject({ percent: 67 });
    expect(stepDown("varig", "2026-05-15", "2030-01-01", 67)).toBeNull();
    expect(stepDown("varig", "2026-05-15", "2030-01-01", 0)).toBeNull();
    expect(stepDown("sommerjobb", "2026-06-01", "2026-06-28", 75)).toBeNull();
  });

  it("keeps a varig agreement NAV set at 40 % or 60 % at that rate for years: only midlertidig steps from those", () => {
    expect(stepDown("varig", "2026-05-15", "2030-01-01", 40)).toBeNull();
    expect(stepDown("varig", "2026-05-15", "2030-01-01", 60)).toBeNull();
    expect(wagePlan("varig", "2026-01-01", "2027-12-31", 60, 26_070).periods.every((p) => p.percent === 60)).toBe(true);
  });
});

describe("the period plan of an agreement", () => {
  it("plans midlertidig 60 % over 18 months with the step to 50 % after a year", () => {
    const plan = wagePlan("midlertidig", "2026-01-15", "2027-07-14", 60, 26_070);
    expect(plan.monthlyKr).toBe(15_642);
    expect(plan.stepDownMonthlyKr).toBe(13_035);
    expect(plan.stepDownDate).toBe("2027-01-15");
    const byStart = Object.fromEntries(plan.periods.map((p) => [p.start, [p.end, p.percent, p.amountOre / 100]]));
    expect(byStart["2026-01-15"]).toEqual(["2026-01-31", 60, 8736]); // 17 days of 15 642
    expect(byStart["2026-02-01"]).toEqual(["2026-02-28", 60, 15_642]);
    expect(byStart["2027-01-01"]).toEqual(["2027-01-14", 60, 7195]); // 14 days: 7 194.72
    expect(byStart["2027-01-15"]).toEqual(["2027-01-31", 50, 7280]); // 17 days of 13 035: 7 280.38
    expect(byStart["2027-07-01"]).toEqual(["2027-07-14", 50, 5996]); // 14 days: 5 995.60
    expect(plan.periods).toHaveLength(20);
    // 8 736 + 11 × 15 642 + 7 195 | 7 280 + 5 × 13 035 + 5 996
    expect(plan.totalOre).toBe((8736 + 11 * 15_642 + 7195 + 7280 + 5 * 13_035 + 5996) * 100);
  });

  it("plans varig at 75 % dropping to 67 % after a year, from the same sum of costs", () => {
    const plan = wagePlan("varig", "2026-03-01", "2027-04-30", 75, 26_070);
    expect(plan.monthlyKr).toBe(19_553); // 19 552.5 → 19 553
    expect(plan.stepDownMonthlyKr).toBe(17_467); // 17 466.9
    expect(plan.periods.at(-1)).toMatchObject({ start: "2027-04-01", percent: 67, amountOre: 1_746_700 });
  });

  it("plans a sommerjobb of four weeks in one piece of June", () => {
    const plan = wagePlan("sommerjobb", "2026-06-01", "2026-06-28", 75, 26_070);
    expect(plan.periods).toEqual([
      { start: "2026-06-01", end: "2026-06-28", percent: 75, days: 28, wholeMonth: false, amountOre: 1_798_700 },
    ]); // 19 553 / 30.4375 × 28 = 17 987.0
    expect(plan.stepDownDate).toBeNull();
  });
});

describe("the limits of an agreement", () => {
  const base = {
    kind: "midlertidig" as const,
    need: "situasjonsbestemt" as const,
    start: "2026-12-01",
    end: "2027-11-30",
    birthDate: "1990-05-05",
    today: "2026-12-02",
  };
  const codes = (input: Partial<Parameters<typeof checkAgreement>[0]>) =>
    checkAgreement({ ...base, ...input }).map((p) => `${p.field}:${p.code}`);

  it("allows midlertidig for 12 months, or 24 with nedsatt arbeidsevne", () => {
    expect(codes({})).toEqual([]);
    expect(codes({ end: "2027-12-01" })).toEqual(["endDate:tooLong"]);
    expect(codes({ need: "spesielt_tilpasset", end: "2028-11-30" })).toEqual([]);
    expect(codes({ need: "spesielt_tilpasset", end: "2028-12-01" })).toEqual(["endDate:tooLong"]);
    expect(codes({ start: "2027-01-31", end: "2028-01-30" })).toEqual([]);
    expect(codes({ start: "2027-01-31", end: "2028-01-31" })).toEqual(["endDate:tooLong"]);
    expect(codes({ end: "2026-11-30" })).toEqual(["endDate:endBeforeStart"]);
    expect(codes({ end: "2026-12-01" })).toEqual([]); // one day: ends the day it starts
  });

  it("refuses a start more than 7 days back, unless NAV allows late registration", () => {
    const end = "2027-06-30";
    expect(codes({ start: "2026-11-25", end })).toEqual([]);
    expect(codes({ start: "2026-11-24", end })).toEqual(["startDate:startTooFarBack"]);
    expect(checkAgreement({ ...base, start: "2026-11-01", end, lateRegistrationAllowed: true })).toEqual([]);
  });

  it("keeps sommerjobb to 1 June–31 August, ending by 27 September, at most 28 days", () => {
    const summer = { kind: "sommerjobb" as const, today: "2027-05-01", birthDate: "2005-01-01" };
    expect(codes({ ...summer, start: "2027-06-01", end: "2027-06-28" })).toEqual([]);
    expect(codes({ ...summer, start: "2027-06-01", end: "2027-06-29" })).toEqual(["endDate:summerTooLong"]);
    expect(codes({ ...summer, start: "2027-05-31", end: "2027-06-20" })).toEqual(["startDate:summerStartWindow"]);
    expect(codes({ ...summer, start: "2027-08-31", end: "2027-09-27" })).toEqual([]);
    expect(codes({ ...summer, start: "2027-09-01", end: "2027-09-27" })).toEqual(["startDate:summerStartWindow"]);
    // With the start by 31 August, four weeks already end by 27 September: both are said.
    expect(codes({ ...summer, start: "2027-08-31", end: "2027-09-28" })).toEqual([
      "endDate:summerEndLimit",
      "endDate:summerTooLong",
    ]);
  });

  it("takes sommerjobb from 16 and not after turning 30 by the start", () => {
    const summer = { kind: "sommerjobb" as const, today: "2027-05-01", start: "2027-06-10", end: "2027-07-01" };
    expect(codes({ ...summer, birthDate: "2011-06-10" })).toEqual([]); // 16 on the start day
    expect(codes({ ...summer, birthDate: "2011-06-11" })).toEqual(["startDate:tooYoung"]);
    expect(codes({ ...summer, birthDate: "1997-06-11" })).toEqual([]); // 29, turns 30 the day after
    expect(codes({ ...summer, birthDate: "1997-06-10" })).toEqual(["startDate:summerTooOld"]);
  });

  it("needs the person under 72 on the end date, for every kind", () => {
    expect(codes({ birthDate: "1955-11-30" })).toEqual(["endDate:tooOld"]); // 72 on the end date
    expect(codes({ birthDate: "1955-12-01" })).toEqual([]);
    expect(codes({ kind: "varig", need: "varig_tilpasset", end: "2035-01-01", birthDate: "1963-01-01" })).toEqual([
      "endDate:tooOld",
    ]);
  });

  it("tells why a kind is refused", () => {
    expect(codes({ kind: "varig", end: "2030-01-01" })).toEqual(["wageKind:varigNeedsLastingNeed"]);
    expect(codes({ need: null })).toEqual(["wageKind:needMissing"]);
  });
});

describe("what the employer is offered, and limits that do not apply", () => {
  it("offers varig only for a lasting need, and no kind at all before the need is recorded", () => {
    expect(offeredKinds("varig_tilpasset")).toEqual({
      offered: ["midlertidig", "varig", "sommerjobb"],
      notOffered: [],
    });
    expect(offeredKinds("spesielt_tilpasset")).toEqual({
      offered: ["midlertidig", "sommerjobb"],
      notOffered: [{ kind: "varig", reason: "varigNeedsLastingNeed" }],
    });
    expect(offeredKinds(null)).toEqual({
      offered: [],
      notOffered: [
        { kind: "midlertidig", reason: "needMissing" },
        { kind: "varig", reason: "needMissing" },
        { kind: "sommerjobb", reason: "needMissing" },
      ],
    });
  });

  it("checks no age without a birth date, and no length limit for varig", () => {
    const input = { need: "varig_tilpasset" as const, start: "2026-12-01", birthDate: null, today: "2026-12-01" };
    expect(checkAgreement({ ...input, kind: "varig", end: "2040-12-31" })).toEqual([]);
    expect(
      checkAgreement({ ...input, kind: "sommerjobb", start: "2027-06-01", end: "2027-06-28", today: "2027-05-01" }),
    ).toEqual([]);
  });

  it("says every problem of one agreement at once, with the months allowed", () => {
    expect(
      checkAgreement({
        kind: "midlertidig",
        need: "situasjonsbestemt",
        start: "2026-01-01",
        end: "2027-06-30",
        birthDate: "1955-01-01",
        today: "2026-12-01",
      }),
    ).toEqual([
      { field: "startDate", code: "startTooFarBack" },
      { field: "endDate", code: "tooLong", months: 12 },
      { field: "endDate", code: "tooOld" },
    ]);
    expect(
      checkAgreement({
        kind: "varig",
        need: null,
        start: "2026-12-05",
        end: "2026-12-04",
        birthDate: null,
        today: "2026-12-01",
      }),
    ).toEqual([
      { field: "wageKind", code: "needMissing" },
      { field: "endDate", code: "endBeforeStart" },
    ]);
  });

  it("shows each cost line to the øre", () => {
    // 10 001 kr, 10.2 %, 2 %, 14.1 %: F 1 020.102, O 220.42204, A 1 585.0548896.
    expect(
      sumOfCosts({ monthlyWageKr: 10_001, holidayPayPercent: 10.2, otpPercent: 2, employerTaxPercent: 14.1 }),
    ).toEqual({ wageKr: 10_001, holidayPayOre: 102_010, pensionOre: 22_042, employerTaxOre: 158_505, costsKr: 12_827 });
  });

  it("leaves a plan without a step at one rate", () => {
    const plan = wagePlan("varig", "2026-03-01", "2026-05-31", 50, 26_070);
    expect(plan.stepDownMonthlyKr).toBeNull();
    expect(plan.periods.map((p) => [p.percent, p.amountOre])).toEqual([
      [50, 1_303_500],
      [50, 1_303_500],
      [50, 1_303_500],
    ]);
  });
});
