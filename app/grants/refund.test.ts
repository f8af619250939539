import { describe, expect, it } from "vitest";
import {
  type RefundInput,
  addMonthsMonthEnd,
  calculateRefund,
  claimDeadline,
  claimOpensOn,
  claimWindow,
  fiveGLeftKr,
  isOrdinary,
  reminderOn,
} from "./refund";

// NAV's own test (domain.md "Refusjon"): wages 40 000, 10.2 %, 2 %, 14.1 %, 40 % → 20 520.
const nav: RefundInput = {
  lines: [{ kind: "fixed", amountKr: 40_000 }],
  holidayDeductionKr: 0,
  absenceRefundKr: 0,
  holidayPayPercent: 10.2,
  otpPercent: 2,
  employerTaxPercent: 14.1,
  percent: 40,
  agreedKr: 30_000,
  carriedInKr: 0,
  fiveGLeftKr: null,
};

describe("NAV's refund calculation, line by line", () => {
  it("gives NAV's test figure 20 520 with each line to the øre", () => {
    const r = calculateRefund(nav);
    expect(r).toEqual({
      ordinaryKr: 40_000,
      excludedKr: 0,
      wageBaseKr: 40_000,
      holidayPayOre: 408_000,
      pensionOre: 88_160,
      employerTaxOre: 633_959,
      costsOre: 5_130_119,
      refundKr: 20_520,
      absenceFloorApplied: false,
      cappedKr: 20_520,
      capApplied: false,
      afterCarryKr: 20_520,
      payableKr: 20_520,
      fiveGApplied: false,
      carriedOutKr: 0,
    });
  });

  it("counts only the ordinary wage lines; overtime, bonus and holiday pay are shown but left out", () => {
    const r = calculateRefund({
      ...nav,
      lines: [
        { kind: "fixed", amountKr: 30_000 },
        { kind: "hourly", amountKr: 6_000 },
        { kind: "fixedSupplement", amountKr: 3_000 },
        { kind: "irregularSupplement", amountKr: 1_000 },
        { kind: "overtime", amountKr: 5_000 },
        { kind: "bonus", amountKr: 2_000 },
        { kind: "holidayPay", amountKr: 700 },
      ],
    });
    expect(r.ordinaryKr).toBe(40_000);
    expect(r.excludedKr).toBe(7_700);
    expect(r.refundKr).toBe(20_520);
    expect(isOrdinary("irregularSupplement")).toBe(true);
    expect(isOrdinary("bonus")).toBe(false);
  });

  it("subtracts the holiday deduction from the wages before feriepenger, OTP and tax", () => {
    const r = calculateRefund({ ...nav, lines: [{ kind: "fixed", amountKr: 45_000 }], holidayDeductionKr: 5_000 });
    expect(r.wageBaseKr).toBe(40_000);
    expect(r.refundKr).toBe(20_520);
  });

  it("takes the absence refund off the costs before the percentage", () => {
    // (51 301.1856 − 1 301) × 40 % = 20 000.07 → 20 000
    const r = calculateRefund({ ...nav, absenceRefundKr: 1_301 });
    expect(r.refundKr).toBe(20_000);
    expect(r.absenceFloorApplied).toBe(false);
  });

  it("never lets the absence refund make the refund negative: it stops at 0 and nothing is carried", () => {
    const r = calculateRefund({ ...nav, absenceRefundKr: 60_000 });
    expect(r).toMatchObject({ refundKr: 0, absenceFloorApplied: true, payableKr: 0, carriedOutKr: 0 });
    // Just below the costs: not the floor, the small rest rounds to 0.
    const edge = calculateRefund({ ...nav, absenceRefundKr: 51_301 });
    expect(edge).toMatchObject({ refundKr: 0, absenceFloorApplied: false });
    const over = calculateRefund({ ...nav, absenceRefundKr: 51_302 });
    expect(over).toMatchObject({ refundKr: 0, absenceFloorApplied: true });
  });

  it("keeps the floor when the wages and the holiday deduction cancel out (L = 0)", () => {
    const zero = { ...nav, lines: [{ kind: "fixed" as const, amountKr: 5_000 }], holidayDeductionKr: 5_000 };
    expect(calculateRefund({ ...zero, absenceRefundKr: 1_000 })).toMatchObject({
      costsOre: 0,
      refundKr: 0,
      absenceFloorApplied: true,
      carriedOutKr: 0,
    });
    expect(calculateRefund(zero)).toMatchObject({ refundKr: 0, absenceFloorApplied: false, carriedOutKr: 0 });
  });

  it("caps the refund at the period's agreed amount and says so; at the amount exactly there is no cap", () => {
    expect(calculateRefund({ ...nav, agreedKr: 15_000 })).toMatchObject({
      refundKr: 20_520,
      cappedKr: 15_000,
      capApplied: true,
      payableKr: 15_000,
    });
    expect(calculateRefund({ ...nav, agreedKr: 20_520 })).toMatchObject({ capApplied: false, payableKr: 20_520 });
    expect(calculateRefund({ ...nav, agreedKr: 20_519 })).toMatchObject({ capApplied: true, payableKr: 20_519 });
  });

  it("carries a negative result (a holiday deduction larger than the wages) to the next claim", () => {
    // L = 10 000 − 15 000 = −5 000; costs −6 412.6482; × 40 % = −2 565.059 → −2 565
    const first = calculateRefund({ ...nav, lines: [{ kind: "fixed", amountKr: 10_000 }], holidayDeductionKr: 15_000 });
    expect(first).toMatchObject({ wageBaseKr: -5_000, refundKr: -2_565, payableKr: 0, carriedOutKr: -2_565 });
    expect(first.costsOre).toBe(-641_265);
    // A negative base is not made deeper by an absence refund.
    expect(
      calculateRefund({
        ...nav,
        lines: [{ kind: "fixed", amountKr: 10_000 }],
        holidayDeductionKr: 15_000,
        absenceRefundKr: 900,
      }),
    ).toMatchObject({ refundKr: -2_565, absenceFloorApplied: false });
    const next = calculateRefund({ ...nav, carriedInKr: first.carriedOutKr });
    expect(next).toMatchObject({ cappedKr: 20_520, afterCarryKr: 17_955, payableKr: 17_955, carriedOutKr: 0 });
    // A carried amount larger than the next refund is carried on again.
    expect(calculateRefund({ ...nav, carriedInKr: -25_000 })).toMatchObject({ payableKr: 0, carriedOutKr: -4_480 });
  });

  it("caps varig by what is left of 5 G this year: NAV's case G 118 620, 590 000 paid → at most 3 100", () => {
    const left = fiveGLeftKr(118_620, 590_000);
    expect(left).toBe(3_100);
    const r = calculateRefund({ ...nav, percent: 60, fiveGLeftKr: left });
    expect(r).toMatchObject({ refundKr: 30_781, cappedKr: 30_000, payableKr: 3_100, fiveGApplied: true });
    expect(calculateRefund({ ...nav, fiveGLeftKr: 20_520 })).toMatchObject({ payableKr: 20_520, fiveGApplied: false });
    expect(calculateRefund({ ...nav, fiveGLeftKr: 20_519 })).toMatchObject({ payableKr: 20_519, fiveGApplied: true });
    expect(fiveGLeftKr(118_620, 600_000)).toBe(0);
    expect(calculateRefund({ ...nav, fiveGLeftKr: 0 })).toMatchObject({ payableKr: 0, fiveGApplied: true });
  });
});

describe("claim deadlines", () => {
  const deadline = (periodEnd: string, absenceReported = false, extended = false, approvedOn?: string) =>
    claimDeadline({ periodEnd, absenceReported, extended, approvedOn });

  it("is two months after the period's end, the same day of the month", () => {
    expect(deadline("2026-03-15")).toBe("2026-05-15");
    expect(deadline("2026-12-20")).toBe("2027-02-20");
  });

  it("follows NAV's month-end rule: from a month's last day, the last day of the target month", () => {
    expect(deadline("2026-04-30")).toBe("2026-06-30");
    expect(deadline("2026-06-30")).toBe("2026-08-31");
    expect(deadline("2026-02-28")).toBe("2026-04-30");
    expect(deadline("2025-12-31")).toBe("2026-02-28");
    expect(addMonthsMonthEnd("2027-12-31", 2)).toBe("2028-02-29");
    // Not a month's last day: a day the target month lacks falls back to its last day.
    expect(deadline("2026-12-30")).toBe("2027-02-28");
  });

  it("is twelve months when absence refunded by NAV was reported", () => {
    expect(deadline("2026-04-30", true)).toBe("2027-04-30");
    expect(deadline("2026-03-15", true)).toBe("2027-03-15");
    expect(deadline("2027-02-28", true)).toBe("2028-02-29");
  });

  it("moves one month when a specialist extends it", () => {
    expect(deadline("2026-04-30", false, true)).toBe("2026-07-31");
    expect(deadline("2026-03-15", false, true)).toBe("2026-06-15");
    expect(deadline("2026-03-15", true, true)).toBe("2027-04-15");
  });

  it("counts from a late approval, not from an earlier period end", () => {
    expect(deadline("2026-03-31", false, false, "2026-04-10")).toBe("2026-06-10");
    expect(deadline("2026-03-31", false, false, "2026-03-01")).toBe("2026-05-31");
    expect(deadline("2026-03-31", false, false, "2026-03-31")).toBe("2026-05-31");
  });
});

describe("a claim's window", () => {
  it("is not yet open on the period's last day, ready the day after and on the deadline, expired the day after", () => {
    expect(claimWindow("2026-03-31", "2026-05-31", "2026-03-01")).toBe("not_yet");
    expect(claimWindow("2026-03-31", "2026-05-31", "2026-03-31")).toBe("not_yet");
    expect(claimWindow("2026-03-31", "2026-05-31", "2026-04-01")).toBe("ready");
    expect(claimWindow("2026-03-31", "2026-05-31", "2026-05-31")).toBe("ready");
    expect(claimWindow("2026-03-31", "2026-05-31", "2026-06-01")).toBe("expired");
    expect(claimOpensOn("2026-03-31")).toBe("2026-04-01");
  });

  it("reminds 14 days before the deadline", () => {
    expect(reminderOn("2026-05-31")).toBe("2026-05-17");
    expect(reminderOn("2026-03-10")).toBe("2026-02-24");
  });
});
