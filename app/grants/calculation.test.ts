import { describe, expect, it } from "vitest";
import {
  ageOn,
  checkExpenses,
  checkMentorPeriod,
  hourlyRate,
  mentorMonthlyGrant,
  ratesForYear,
  startsBeforeRates,
  underAgeLimit,
} from "./calculation";
import { checkPeriod, lastDayOfPeriod, monthsInPeriod } from "./periods";

import { rates2025, rates2026 } from "./test-rates";

const base = {
  payType: "monthly" as const,
  amountKr: 48_750,
  positionPercent: 100,
  hoursPerMonth: 20,
  holidayPayPercent: 12,
  otpPercent: 2,
  employerTaxPercent: 14.1,
};

describe("the mentor's hourly rate", () => {
  it("divides by the hours of the pay period (1950 a year) and scales by position", () => {
    expect(hourlyRate("monthly", 48_750, 100)).toBe(300); // 48 750 / 162.5
    expect(hourlyRate("annual", 585_000, 100)).toBe(300); // 585 000 / 1950
    expect(hourlyRate("weekly", 11_250, 100)).toBe(300); // 11 250 / 37.5
    expect(hourlyRate("daily", 2_250, 100)).toBe(300); // 2 250 / 7.5
    expect(hourlyRate("monthly", 24_375, 50)).toBe(300); // 24 375 / 162.5 × 100/50
    expect(hourlyRate("hourly", 250, 40)).toBe(250); // hourly pay is used as it is
  });

  it("rounds to whole kroner, half up", () => {
    expect(hourlyRate("monthly", 40_000, 60)).toBe(410); // 40 000 / 162.5 / 0.6 = 410.26
    expect(hourlyRate("annual", 584_025, 100)).toBe(300); // 299.5 → 300
    expect(hourlyRate("annual", 584_024, 100)).toBe(299); // 299.499… → 299
    expect(() => hourlyRate("monthly", 40_000, 0)).toThrow(RangeError);
  });
});

describe("the monthly mentor grant, line by line", () => {
  it("matches NAV's worked example: 300 kr/h × 20 h → 7 821 kr", () => {
    const r = mentorMonthlyGrant(base, rates2026);
    expect(r.hourlyRateKr).toBe(300);
    expect(r.lines.map((l) => [l.key, l.amountOre])).toEqual([
      ["pay", 600_000], // 6 000.00
      ["holidayPay", 72_000], // 12 % → 720.00
      ["pension", 13_440], // 2 % of 6 720 → 134.40
      ["employerTax", 96_647], // 14.1 % of 6 854.40 = 966.4704 → 966.47
    ]);
    expect(r.totalOre).toBe(782_087);
    expect(r.totalKr).toBe(7821);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    // pay 6 000; holiday 10.2 % = 612; pension 2 % of 6 612 = 132.24; base for tax 6 744.24
    [0, 674_424], // zone 5: no employer's tax
    [5.1, 708_820], // 6 744.24 × 5.1 % = 343.95624 → 343.96 → 7 088.20
    [6.4, 717_587], // × 6.4 % = 431.63136 → 431.63 → 7 175.87
    [7.9, 727_703], // × 7.9 % = 532.79496 → 532.79 → 7 277.03
    [10.6, 745_913], // × 10.6 % = 714.88944 → 714.89 → 7 459.13
    [14.1, 769_518], // × 14.1 % = 950.93784 → 950.94 → 7 695.18
  ])("employer's tax at %s percent gives %s øre (holiday pay 10.2 percent)", (zone, expected) => {
    const r = mentorMonthlyGrant({ ...base, holidayPayPercent: 10.2, employerTaxPercent: zone }, rates2026);
    expect(r.lines[1]?.amountOre).toBe(61_200);
    expect(r.lines[2]?.amountOre).toBe(13_224);
    expect(r.totalOre).toBe(expected);
  });

  it("accepts 0 and 999 hours (warning above a full-time month of 173.3 h) and refuses 1000, −1 and 2.5", () => {
    expect(mentorMonthlyGrant({ ...base, hoursPerMonth: 0 }, rates2026).totalKr).toBe(0);
    expect(mentorMonthlyGrant({ ...base, hoursPerMonth: 173 }, rates2026).warnings).toEqual([]);
    expect(mentorMonthlyGrant({ ...base, hoursPerMonth: 174 }, rates2026).warnings).toEqual(["hoursAboveFullTime"]);
    expect(mentorMonthlyGrant({ ...base, hoursPerMonth: 999 }, rates2026).warnings).toEqual(["hoursAboveFullTime"]);
    for (const hours of [1000, -1, 2.5])
      expect(() => mentorMonthlyGrant({ ...base, hoursPerMonth: hours }, rates2026)).toThrow(RangeError);
  });

  it("refuses an OTP rate below the minimum and rates that are not in the table", () => {
    expect(() => mentorMonthlyGrant({ ...base, otpPercent: 1.9 }, rates2026)).toThrow(/OTP/);
    expect(() => mentorMonthlyGrant({ ...base, holidayPayPercent: 11 }, rates2026)).toThrow(/holiday/);
    expect(() => mentorMonthlyGrant({ ...base, employerTaxPercent: 12 }, rates2026)).toThrow(/zone/);
  });

  it("scales with position: half-time at half the monthly pay gives the same grant", () => {
    expect(mentorMonthlyGrant({ ...base, amountKr: 24_375, positionPercent: 50 }, rates2026).totalOre).toBe(782_087);
  });
});

describe("periods", () => {
  it("ends a period of n months the day before the same date n months later, clamped to the month's end", () => {
    expect(lastDayOfPeriod("2026-01-01", 6)).toBe("2026-06-30");
    expect(lastDayOfPeriod("2026-01-31", 1)).toBe("2026-02-27");
    expect(lastDayOfPeriod("2026-03-15", 36)).toBe("2029-03-14");
    expect(monthsInPeriod("2026-01-01", "2026-06-30")).toBe(6);
    expect(monthsInPeriod("2026-01-15", "2026-02-14")).toBe(1);
    expect(monthsInPeriod("2026-01-15", "2026-02-15")).toBe(2);
  });

  it("allows a mentor 6 months, or 36 with reduced work capacity and special needs", () => {
    expect(checkMentorPeriod("2026-01-01", "2026-06-30", false, rates2026)).toEqual({ ok: true, months: 6 });
    expect(checkMentorPeriod("2026-01-01", "2026-07-01", false, rates2026)).toEqual({
      ok: false,
      reason: "tooLong",
      maxMonths: 6,
    });
    expect(checkMentorPeriod("2026-01-01", "2028-12-31", true, rates2026)).toEqual({ ok: true, months: 36 });
    expect(checkMentorPeriod("2026-01-01", "2029-01-01", true, rates2026)).toMatchObject({
      ok: false,
      reason: "tooLong",
    });
    expect(checkPeriod("2026-02-01", "2026-01-31", 12)).toMatchObject({ ok: false, reason: "endBeforeStart" });
    // One day (the end on the start) is a period, not an end before its start.
    expect(checkPeriod("2026-02-01", "2026-02-01", 12)).toMatchObject({ ok: true });
  });
});

describe("inclusion grant rules", () => {
  const rows = (amounts: number[]) =>
    amounts.map((amountKr, i) => ({
      type: ["equipment", "software", "training"][i] ?? "insurance",
      amountKr,
      description: "Hev-senk-pult",
    }));

  it("allows exactly the year's maximum and refuses one krone over", () => {
    expect(checkExpenses(rows([100_000, 60_400]), rates2026)).toEqual({
      totalKr: 160_400,
      remainingKr: 0,
      problems: [],
    });
    expect(checkExpenses(rows([100_000, 60_401]), rates2026).problems).toEqual([
      { index: null, field: "total", code: "overMaximum" },
    ]);
    expect(checkExpenses(rows([100_000, 54_801]), rates2025).problems).toEqual([
      { index: null, field: "total", code: "overMaximum" },
    ]);
  });

  it("refuses the same type twice, amounts that are not whole positive kroner, and missing descriptions", () => {
    const result = checkExpenses(
      [
        { type: "software", amountKr: 5000, description: "Skjermleser" },
        { type: "software", amountKr: 0, description: " " },
        { type: "lunsj", amountKr: 99.5, description: "Mat" },
      ],
      rates2026,
    );
    expect(result.problems).toEqual([
      { index: 1, field: "type", code: "duplicateType" },
      { index: 1, field: "amountKr", code: "amountNotPositive" },
      { index: 1, field: "description", code: "descriptionMissing" },
      { index: 2, field: "type", code: "unknownType" },
      { index: 2, field: "amountKr", code: "amountNotWhole" },
    ]);
    expect(checkExpenses([], rates2026).problems).toEqual([{ index: null, field: "total", code: "noRows" }]);
  });

  it("requires the participant to be under 72 at the end date (71 yes, 72 no), 29 February included", () => {
    expect(underAgeLimit("1955-06-15", "2027-06-14", rates2026)).toBe(true); // 71 the day before the birthday
    expect(underAgeLimit("1955-06-15", "2027-06-15", rates2026)).toBe(false); // 72 on the end date
    expect(ageOn("2000-02-29", "2027-02-28")).toBe(26);
    expect(ageOn("2000-02-29", "2027-03-01")).toBe(27);
    expect(ageOn("2000-02-29", "2028-02-29")).toBe(28);
  });

  it("uses the rates of the start year, the latest year after the table, and the first year before it", () => {
    const table = [rates2025, rates2026];
    expect(ratesForYear(2025, table).inclusionMaxKr).toBe(154_800);
    expect(ratesForYear(2027, table).inclusionMaxKr).toBe(160_400);
    expect(ratesForYear(2019, table).year).toBe(2025);
    expect(startsBeforeRates("2019-05-01", ratesForYear(2019, table))).toBe(true);
    expect(startsBeforeRates("2025-01-01", rates2025)).toBe(false);
    expect(startsBeforeRates("2024-12-31", rates2025)).toBe(true);
    expect(() => ratesForYear(2025, [])).toThrow(RangeError);
  });
});
