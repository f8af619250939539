import { describe, expect, it } from "vitest";
import { addMonths, daysInclusive, partialMonthKr, periodPlan, planOfPeriods } from "./periods";

describe("adding months the way NAV does (Java's plusMonths)", () => {
  it("falls back to the month's last day when the day does not exist", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29"); // leap year
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2028-02-29", 48)).toBe("2032-02-29");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-15", 6)).toBe("2026-09-15");
    expect(addMonths("2026-12-01", 1)).toBe("2027-01-01");
  });

  it("counts both ends of a period", () => {
    expect(daysInclusive("2026-06-01", "2026-06-28")).toBe(28);
    expect(daysInclusive("2026-03-28", "2026-03-30")).toBe(3); // across the change to summer time
    expect(daysInclusive("2026-01-01", "2026-12-31")).toBe(365);
  });
});

describe("a partial month: monthly ÷ 30.4375 × days, half up to whole kroner", () => {
  it("prorates by calendar days", () => {
    // 15 642 / 30.4375 = 513.9088295688 per day.
    expect(partialMonthKr(15_642, 1)).toBe(514);
    expect(partialMonthKr(15_642, 17)).toBe(8736); // 8 736.45
    expect(partialMonthKr(15_642, 30)).toBe(15_417); // 15 417.26: less than the monthly amount
    expect(partialMonthKr(15_642, 31)).toBe(15_931); // 15 931.17: a 31-day piece of two months pays more
    expect(partialMonthKr(0, 12)).toBe(0);
  });

  it("rounds to whole kroner: from a half up, below it down", () => {
    // 30.4375 = 487 / 16, so 487 kr a month is exactly 16 kr a day.
    expect(partialMonthKr(487, 1)).toBe(16);
    expect(partialMonthKr(46, 1)).toBe(2); // 1.511
    expect(partialMonthKr(45, 1)).toBe(1); // 1.478
    expect(partialMonthKr(10_000, 2)).toBe(657); // 657.08
    expect(partialMonthKr(24, 19)).toBe(15); // 14.98
  });
});

describe("cutting a period at month boundaries and at the step down", () => {
  it("pays a whole calendar month its monthly amount, whatever its length", () => {
    const plan = periodPlan("2026-02-01", "2026-04-30", { monthlyKr: 10_000, percent: null });
    expect(plan.periods.map((p) => [p.start, p.end, p.days, p.wholeMonth, p.amountOre])).toEqual([
      ["2026-02-01", "2026-02-28", 28, true, 1_000_000],
      ["2026-03-01", "2026-03-31", 31, true, 1_000_000],
      ["2026-04-01", "2026-04-30", 30, true, 1_000_000],
    ]);
    expect(plan.totalOre).toBe(3_000_000);
    expect(plan.stepDownDate).toBeNull();
  });

  it("prorates the first and last partial months (15 January – 14 March)", () => {
    const plan = periodPlan("2026-01-15", "2026-03-14", { monthlyKr: 10_000, percent: null });
    expect(plan.periods.map((p) => [p.start, p.end, p.days, p.amountOre / 100])).toEqual([
      ["2026-01-15", "2026-01-31", 17, 5585], // 10 000 / 30.4375 × 17 = 5 585.21
      ["2026-02-01", "2026-02-28", 28, 10_000],
      ["2026-03-01", "2026-03-14", 14, 4600], // × 14 = 4 599.59
    ]);
    expect(plan.totalOre).toBe(2_018_500);
  });

  it("keeps a period inside one month when start and end are in the same month", () => {
    const plan = periodPlan("2026-06-10", "2026-06-20", { monthlyKr: 20_000, percent: 75 });
    expect(plan.periods).toHaveLength(1);
    expect(plan.periods[0]).toMatchObject({ days: 11, wholeMonth: false, amountOre: 722_800, percent: 75 });
  });

  it("cuts at the step-down date inside a month, each side prorated at its own amount", () => {
    const plan = periodPlan("2026-08-31", "2027-03-31", { monthlyKr: 10_000, percent: 40 }, [
      { from: "2027-02-28", monthlyKr: 7_500, percent: 30 },
    ]);
    expect(plan.stepDownDate).toBe("2027-02-28");
    expect(plan.periods.map((p) => [p.start, p.end, p.percent, p.amountOre / 100])).toEqual([
      ["2026-08-31", "2026-08-31", 40, 329], // 1 day
      ["2026-09-01", "2026-09-30", 40, 10_000],
      ["2026-10-01", "2026-10-31", 40, 10_000],
      ["2026-11-01", "2026-11-30", 40, 10_000],
      ["2026-12-01", "2026-12-31", 40, 10_000],
      ["2027-01-01", "2027-01-31", 40, 10_000],
      ["2027-02-01", "2027-02-27", 40, 8871], // 27 days: 8 870.64
      ["2027-02-28", "2027-02-28", 30, 246], // 1 day at 7 500: 246.41
      ["2027-03-01", "2027-03-31", 30, 7_500],
    ]);
  });

  it("ignores a change after the end and refuses an end before the start", () => {
    const plan = periodPlan("2026-01-01", "2026-01-31", { monthlyKr: 100, percent: 60 }, [
      { from: "2026-02-01", monthlyKr: 50, percent: 50 },
    ]);
    expect(plan.periods).toHaveLength(1);
    expect(plan.stepDownDate).toBeNull();
    expect(() => periodPlan("2026-02-01", "2026-01-31", { monthlyKr: 100, percent: null })).toThrow(RangeError);
  });

  it("takes the changes in date order, however they are listed", () => {
    const plan = periodPlan("2026-01-01", "2026-03-31", { monthlyKr: 100, percent: 60 }, [
      { from: "2026-03-01", monthlyKr: 25, percent: 30 },
      { from: "2026-02-01", monthlyKr: 50, percent: 50 },
    ]);
    expect(plan.stepDownDate).toBe("2026-02-01");
    expect(plan.periods.map((p) => [p.start, p.end, p.percent, p.amountOre])).toEqual([
      ["2026-01-01", "2026-01-31", 60, 10_000],
      ["2026-02-01", "2026-02-28", 50, 5_000],
      ["2026-03-01", "2026-03-31", 30, 2_500],
    ]);
  });

  it("pays a change dated on the last day at its own rate for that day, and keeps the first rate on the first day", () => {
    const onLastDay = periodPlan("2026-01-01", "2026-01-31", { monthlyKr: 100, percent: 60 }, [
      { from: "2026-01-31", monthlyKr: 50, percent: 50 },
    ]);
    expect(onLastDay.stepDownDate).toBe("2026-01-31");
    expect(onLastDay.periods.map((p) => [p.start, p.end, p.percent])).toEqual([
      ["2026-01-01", "2026-01-30", 60],
      ["2026-01-31", "2026-01-31", 50],
    ]);
    // The rate agreed for the start is the first one; a change dated on the start itself is no step down.
    const onFirstDay = periodPlan("2026-01-01", "2026-01-31", { monthlyKr: 100, percent: 60 }, [
      { from: "2026-01-01", monthlyKr: 50, percent: 50 },
      { from: "2025-12-01", monthlyKr: 40, percent: 40 },
    ]);
    expect(onFirstDay.stepDownDate).toBeNull();
    expect(onFirstDay.periods.map((p) => [p.start, p.end, p.percent, p.amountOre])).toEqual([
      ["2026-01-01", "2026-01-31", 60, 10_000],
    ]);
  });
});

describe("a stored plan read back", () => {
  it("is empty, with nothing to pay and no step-down date, when no period was stored", () => {
    expect(planOfPeriods([])).toEqual({ periods: [], totalOre: 0, stepDownDate: null });
  });

  it("has the same total and step-down date as the plan it was stored from", () => {
    const plan = periodPlan("2027-01-15", "2027-09-14", { monthlyKr: 10_428, percent: 40 }, [
      { from: "2027-07-15", monthlyKr: 7_821, percent: 30 },
    ]);
    expect(planOfPeriods(plan.periods)).toMatchObject({ totalOre: plan.totalOre, stepDownDate: "2027-07-15" });
  });

  it("has no step-down date when every period has the same percentage (or none, as mentortilskudd)", () => {
    const mentor = periodPlan("2027-01-01", "2027-03-31", { monthlyKr: 7_821, percent: null });
    expect(planOfPeriods(mentor.periods)).toMatchObject({ totalOre: 3 * 782_100, stepDownDate: null });
  });
});
