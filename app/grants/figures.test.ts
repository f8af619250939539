import { describe, expect, it } from "vitest";
import { mentorFigures } from "./figures";
import { rates2026 } from "./test-rates";

// NAV's worked example: 300 kr/h × 20 h → 7 821 kr a month.
const answers = {
  payType: "monthly",
  payAmount: "48 750",
  positionPercent: "100",
  hoursPerMonth: "20",
  holidayPayPercent: "12",
  otpPercent: "2",
  taxZone: "1",
};

describe("the mentor grant for the whole period", () => {
  it("pays whole calendar months the monthly amount", () => {
    const f = mentorFigures({ ...answers, startDate: "2026-01-01", endDate: "2026-06-30" }, rates2026);
    expect(f?.monthlyKr).toBe(7821);
    expect(f?.periodKr).toBe(6 * 7821);
    expect(f?.plan?.periods).toHaveLength(6);
  });

  it("pays a started month only for its days (the old count paid 2 × 7 821 = 15 642 here)", () => {
    const f = mentorFigures({ ...answers, startDate: "2026-01-01", endDate: "2026-02-10" }, rates2026);
    expect(f?.periodKr).toBe(7821 + 2570); // 10 days: 2 569.53
  });

  it("prorates the partial first and last months by their calendar days", () => {
    // 15 January – 14 March: 17 days + February + 14 days. 7 821 / 30.4375 = 256.9527… a day.
    const f = mentorFigures({ ...answers, startDate: "2026-01-15", endDate: "2026-03-14" }, rates2026);
    expect(f?.months).toBe(2);
    expect(f?.plan?.periods.map((p) => p.amountOre / 100)).toEqual([4368, 7821, 3597]); // 4 368.20, 3 597.34
    expect(f?.periodKr).toBe(4368 + 7821 + 3597);
  });

  it("pays a single day a day's share", () => {
    const f = mentorFigures({ ...answers, startDate: "2026-03-31", endDate: "2026-03-31" }, rates2026);
    expect(f?.periodKr).toBe(257);
  });
});
