// The grant arithmetic at its edges: the position percentage's limits, every line's base, the
// full-time warning's edge, birthdays around 29 February, numbers as typed, and the rate table.
import { describe, expect, it } from "vitest";
import { ageOn, hourlyRate, mentorMonthlyGrant, payTypes, ratesForYear, readNumber } from "./calculation";
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

describe("the mentor's pay", () => {
  it("knows the five pay types", () => {
    expect(payTypes).toEqual(["annual", "monthly", "weekly", "daily", "hourly"]);
  });

  it("takes a position above 0 and at most 100 %, and refuses anything else", () => {
    expect(hourlyRate("monthly", 48_750, 100)).toBe(300);
    expect(hourlyRate("monthly", 243.75, 0.5)).toBe(300);
    for (const percent of [0, -10, 100.5, 200, Number.NaN])
      expect(() => hourlyRate("monthly", 48_750, percent), String(percent)).toThrow(
        /position percent must be above 0 and at most 100/,
      );
  });

  it("shows each line with the base it is counted from", () => {
    expect(mentorMonthlyGrant(base, rates2026).lines).toEqual([
      { key: "pay", baseOre: 30_000, percent: null, amountOre: 600_000 },
      { key: "holidayPay", baseOre: 600_000, percent: 12, amountOre: 72_000 },
      { key: "pension", baseOre: 672_000, percent: 2, amountOre: 13_440 },
      { key: "employerTax", baseOre: 685_440, percent: 14.1, amountOre: 96_647 },
    ]);
  });

  it("warns above a full-time month, not at it", () => {
    const rates = { ...rates2026, fullTimeHoursPerMonth: 160 };
    expect(mentorMonthlyGrant({ ...base, hoursPerMonth: 160 }, rates).warnings).toEqual([]);
    expect(mentorMonthlyGrant({ ...base, hoursPerMonth: 161 }, rates).warnings).toEqual(["hoursAboveFullTime"]);
  });

  it("names the field and the reason of each refusal", () => {
    const refusal = (input: Partial<typeof base>) => {
      try {
        mentorMonthlyGrant({ ...base, ...input }, rates2026);
      } catch (error) {
        return { field: (error as { field: string }).field, message: (error as Error).message };
      }
      return null;
    };
    expect(refusal({ hoursPerMonth: 1000 })).toEqual({
      field: "hoursPerMonth",
      message: "hours per month must be a whole number from 0 to 999",
    });
    expect(refusal({ otpPercent: 1.9 })).toEqual({ field: "otpPercent", message: "OTP below the minimum" });
    expect(refusal({ holidayPayPercent: 11 })).toEqual({
      field: "holidayPayPercent",
      message: "unknown holiday pay rate",
    });
    expect(refusal({ employerTaxPercent: 14 })).toEqual({
      field: "employerTaxPercent",
      message: "unknown tax zone rate",
    });
  });
});

describe("ages", () => {
  it("counts a birthday on its day, also for the 28th of February and days that are not the 29th", () => {
    expect(ageOn("2000-02-28", "2027-02-28")).toBe(27);
    expect(ageOn("2000-02-28", "2027-02-27")).toBe(26);
    expect(ageOn("2000-02-15", "2027-02-20")).toBe(27);
    expect(ageOn("2000-01-29", "2027-01-29")).toBe(27);
    expect(ageOn("2000-03-29", "2027-03-15")).toBe(26);
    expect(ageOn("2000-03-29", "2027-03-29")).toBe(27);
  });

  it("reaches a 29 February birthday on 1 March in other years, and on the day in leap years", () => {
    expect(ageOn("2000-02-29", "2027-02-28")).toBe(26);
    expect(ageOn("2000-02-29", "2027-03-01")).toBe(27);
    expect(ageOn("2000-02-29", "2028-02-28")).toBe(27);
    expect(ageOn("2000-02-29", "2028-02-29")).toBe(28);
  });
});

describe("numbers as typed", () => {
  it("reads spaces and a decimal comma, and nothing for a blank field or no text", () => {
    expect(readNumber(" 48 750 ")).toBe(48_750);
    expect(readNumber("12,5")).toBe(12.5);
    expect(readNumber("")).toBeUndefined();
    expect(readNumber("   ")).toBeUndefined();
    expect(readNumber(5)).toBeUndefined();
    expect(readNumber(undefined)).toBeUndefined();
    expect(readNumber("mange")).toBeNaN();
  });
});

describe("the rate table", () => {
  const rates2024 = { ...rates2026, year: 2024, inclusionMaxKr: 149_100 };
  const unsorted = [rates2026, rates2024, rates2025];

  it("finds a year's own rates, the latest for later years and the first for earlier ones, in any order", () => {
    expect(ratesForYear(2025, unsorted).year).toBe(2025);
    expect(ratesForYear(2024, unsorted).year).toBe(2024);
    expect(ratesForYear(2030, unsorted).year).toBe(2026);
    expect(ratesForYear(2020, unsorted).year).toBe(2024);
  });

  it("leaves the table it is given as it was", () => {
    ratesForYear(2025, unsorted);
    expect(unsorted.map((r) => r.year)).toEqual([2026, 2024, 2025]);
  });

  it("says so when the table is empty", () => {
    expect(() => ratesForYear(2026, [])).toThrow("the grant_rates table is empty");
  });
});
