import { describe, expect, it } from "vitest";
import { rates2026 } from "./test-rates";
import { applicationWorthKr, worthNothing } from "./worth";

const mentor = {
  hoursPerMonth: "20",
  payType: "monthly",
  payAmount: "48750",
  positionPercent: "100",
  holidayPayPercent: "12",
  otpPercent: "2",
  taxZone: "1",
};
const wage = { wageKind: "varig", monthlyWage: "24000", holidayPayPercent: "12", otpPercent: "2", taxZone: "1" };

describe("what an application is worth before it is sent", () => {
  it("is the mentor grant per month (NAV's worked example) and 0 kr with no mentor hours", () => {
    expect(applicationWorthKr("mentor", mentor, rates2026, null)).toBe(7821);
    expect(worthNothing("mentor", mentor, rates2026, null)).toBe(false);
    expect(worthNothing("mentor", { ...mentor, hoursPerMonth: "0" }, rates2026, null)).toBe(true);
  });

  it("is the lønnstilskudd per month at its percentage: 0 kr at 0 %, unknown while NAV has not set it", () => {
    expect(applicationWorthKr("wage", wage, rates2026, 40)).toBeGreaterThan(0);
    expect(worthNothing("wage", wage, rates2026, 0)).toBe(true);
    expect(applicationWorthKr("wage", wage, rates2026, null)).toBeNull();
    expect(worthNothing("wage", wage, rates2026, null)).toBe(false);
  });

  it("is the inkluderingstilskudd's expenses in all", () => {
    const expense = { expenseType0: "equipment", expenseAmount0: "10000", expenseDescription0: "Pult" };
    expect(applicationWorthKr("inclusion", expense, rates2026, null)).toBe(10000);
    expect(worthNothing("inclusion", {}, rates2026, null)).toBe(true);
  });

  it("is not known while the calculation misses something, and then is no 0 kr warning", () => {
    expect(applicationWorthKr("mentor", { ...mentor, taxZone: "" }, rates2026, null)).toBeNull();
    expect(worthNothing("mentor", { ...mentor, taxZone: "" }, rates2026, null)).toBe(false);
  });
});
