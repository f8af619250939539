// The lønnstilskudd figures shown while filling in, on the summary, in review, on the decision and
// in the public calculator: computed from the answers as typed (strings), in the browser and on
// the server alike. No validator here (employer pages stay light, docs/decisions/009).
import type { FormValues } from "~/forms/wizard";
import { isIsoDate } from "~/domain/dates";
import { type GrantRates, readNumber } from "./calculation";
import {
  type CostChain,
  type WageKind,
  type WagePlan,
  WAGE_MONTHLY_WARN,
  WAGE_OTP_MAX,
  WAGE_OTP_WARN,
  monthlyGrantKr,
  sumOfCosts,
  wageHolidayPayPercents,
  wageKinds,
  wagePlan,
} from "./wage-subsidy";

export const wageSteps: string[][] = [
  ["wageKind", "startDate", "endDate"],
  ["jobTitle", "tasks", "positionPercent", "daysPerWeek", "employmentType", "familyTie", "familyTieExplanation"],
  ["monthlyWage", "holidayPayPercent", "otpPercent", "taxZone"],
  ["purpose", "accountNumber"],
  [],
];
/** The step with the cost chain (the calculation aside is shown there and on the summary). */
export const WAGE_CALC_STEP = 2;

export interface WageFigures {
  kind: WageKind | null;
  chain: CostChain;
  percent: number | null;
  monthlyKr: number | null;
  plan: WagePlan | null;
  warnings: Array<"wageAbove" | "otpAbove">;
}

const asKind = (v: unknown): WageKind | null =>
  typeof v === "string" && (wageKinds as readonly string[]).includes(v) ? (v as WageKind) : null;

/**
 * The chain of costs → monthly grant → period plan from what has been typed, with the percentage
 * NAV set (or null while it is not known); null while the wage or a rate is missing or wrong.
 */
export function wageFigures(answers: FormValues, employerTaxPercent: number | null, percent: number | null) {
  const wage = readNumber(answers.monthlyWage);
  const holiday = readNumber(answers.holidayPayPercent);
  const otp = readNumber(answers.otpPercent);
  if (wage === undefined || !Number.isInteger(wage) || wage < 0 || wage >= 10_000_000) return null;
  if (holiday === undefined || !(wageHolidayPayPercents as readonly number[]).includes(holiday)) return null;
  if (otp === undefined || !(otp >= 0 && otp <= WAGE_OTP_MAX) || employerTaxPercent === null) return null;
  const chain = sumOfCosts({ monthlyWageKr: wage, holidayPayPercent: holiday, otpPercent: otp, employerTaxPercent });
  const kind = asKind(answers.wageKind);
  const start = String(answers.startDate ?? "");
  const end = String(answers.endDate ?? "");
  const datesOk = isIsoDate(start) && isIsoDate(end) && end >= start;
  const plan = kind && percent !== null && datesOk ? wagePlan(kind, start, end, percent, chain.costsKr) : null;
  const warnings: WageFigures["warnings"] = [];
  if (wage > WAGE_MONTHLY_WARN) warnings.push("wageAbove");
  if (otp > WAGE_OTP_WARN) warnings.push("otpAbove");
  return {
    kind,
    chain,
    percent,
    monthlyKr: percent === null ? null : monthlyGrantKr(chain.costsKr, percent),
    plan,
    warnings,
  } satisfies WageFigures;
}

/** The employer's tax rate of the chosen zone, or null while none is chosen. */
export function zonePercent(answers: FormValues, rates: GrantRates): number | null {
  return rates.employerTaxZones.find((z) => z.id === answers.taxZone)?.percent ?? null;
}
