// The amounts shown while filling in, on the summary, in review and on the decision: computed from
// the answers as typed (strings), in the browser and on the server alike.
import type { FormValues } from "~/forms/wizard";
import { type GrantRates, type PayType, checkExpenses, mentorMonthlyGrant, readNumber } from "./calculation";
import { expenseRows } from "./form-layout";
import { type PeriodPlan, monthsInPeriod, periodPlan } from "./periods";

const num = (v: unknown) => readNumber(v) ?? Number.NaN;

export interface MentorFigures {
  hourlyRateKr: number;
  lines: Array<{ key: string; amountOre: number; percent: number | null }>;
  monthlyOre: number;
  monthlyKr: number;
  months: number | null;
  /** The whole period, cut into tilskuddsperioder with partial months prorated (periods.ts). */
  periodKr: number | null;
  plan: PeriodPlan | null;
  warnings: string[];
}

/** The mentor grant from what has been typed so far, or null while something it needs is missing or wrong. */
export function mentorFigures(answers: FormValues, rates: GrantRates): MentorFigures | null {
  const zone = rates.employerTaxZones.find((z) => z.id === answers.taxZone);
  if (!zone) return null;
  try {
    const calc = mentorMonthlyGrant(
      {
        payType: answers.payType as PayType,
        amountKr: num(answers.payAmount),
        positionPercent: answers.payType === "hourly" ? 100 : num(answers.positionPercent),
        hoursPerMonth: num(answers.hoursPerMonth),
        holidayPayPercent: num(answers.holidayPayPercent),
        otpPercent: num(answers.otpPercent),
        employerTaxPercent: zone.percent,
      },
      rates,
    );
    if (!Number.isFinite(calc.totalOre)) return null;
    const start = String(answers.startDate ?? "");
    const end = String(answers.endDate ?? "");
    const months =
      /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && end >= start
        ? monthsInPeriod(start, end)
        : null;
    const plan = months === null ? null : periodPlan(start, end, { monthlyKr: calc.totalKr, percent: null });
    return {
      hourlyRateKr: calc.hourlyRateKr,
      lines: calc.lines.map((l) => ({ key: l.key, amountOre: l.amountOre, percent: l.percent })),
      monthlyOre: calc.totalOre,
      monthlyKr: calc.totalKr,
      months,
      periodKr: plan === null ? null : plan.totalOre / 100,
      plan,
      warnings: calc.warnings,
    };
  } catch {
    return null;
  }
}

export function inclusionFigures(answers: FormValues, rates: GrantRates) {
  const rows = expenseRows(answers);
  const check = checkExpenses(rows, rates);
  return {
    rows: rows.map(({ type, amountKr, description }) => ({ type, amountKr, description })),
    totalKr: check.totalKr,
    remainingKr: check.remainingKr,
    maxKr: rates.inclusionMaxKr,
    year: rates.year,
  };
}
