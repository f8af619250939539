// The grant rules, exactly as NAV computes them (docs/domain.md, "Grant arithmetic": NAV tiltak, snapshot 2026-08).
// Money is counted in whole øre (integers), rounded half up where NAV rounds, so no float drift.
// The rates (maximums, zone rates, OTP minimum, hours per year) come from the grant_rates table.
import { type PeriodCheck, checkPeriod, daysInMonth } from "./periods";
import { basisPoints, roundHalfUp } from "./rounding";

export type PayType = "annual" | "monthly" | "weekly" | "daily" | "hourly";
export const payTypes: PayType[] = ["annual", "monthly", "weekly", "daily", "hourly"];

export interface GrantRates {
  year: number;
  inclusionMaxKr: number;
  otpMinimumPercent: number;
  hoursPerYear: number;
  holidayPayPercents: number[];
  employerTaxZones: Array<{ id: string; percent: number }>;
  mentorMaxMonths: number;
  mentorMaxMonthsExtended: number;
  inclusionMaxMonths: number;
  inclusionMaxAgeExclusive: number;
  fullTimeHoursPerMonth: number;
}

/** Periods of each pay type in a year: 1950 h = 12 months of 162.5 h = 52 weeks of 37.5 h = 260 days of 7.5 h. */
const periodsPerYear: Record<Exclude<PayType, "hourly">, number> = { annual: 1, monthly: 12, weekly: 52, daily: 260 };

const KR = 100n;

/**
 * The mentor's hourly rate in whole kroner, half up: amount ÷ hours in that period × (100 ÷ position %).
 * With 1950 hours a year that is amount × periods per year × 100 ÷ (1950 × position %). Hourly pay is used as it is.
 */
export function hourlyRate(payType: PayType, amountKr: number, positionPercent: number, hoursPerYear = 1950): number {
  if (payType === "hourly") return Math.round(amountKr);
  if (!(positionPercent > 0 && positionPercent <= 100))
    throw new RangeError("position percent must be above 0 and at most 100");
  const periods = BigInt(periodsPerYear[payType]);
  const amountOre = BigInt(Math.round(amountKr * 100));
  // amountOre × periods × 100 ÷ (hoursPerYear × position% × 100) in kroner.
  return Number(roundHalfUp(amountOre * periods * 10_000n, BigInt(hoursPerYear) * basisPoints(positionPercent) * KR));
}

export interface MentorInput {
  payType: PayType;
  amountKr: number;
  positionPercent: number;
  hoursPerMonth: number;
  holidayPayPercent: number;
  otpPercent: number;
  employerTaxPercent: number;
}

export interface CalculationLine {
  key: "pay" | "holidayPay" | "pension" | "employerTax";
  baseOre: number;
  percent: number | null;
  amountOre: number;
}

export interface MentorCalculation {
  hourlyRateKr: number;
  lines: CalculationLine[];
  totalOre: number;
  totalKr: number;
  warnings: Array<"hoursAboveFullTime">;
}

const percentOf = (baseOre: bigint, percent: number) => roundHalfUp(baseOre * basisPoints(percent), 10_000n);

export class GrantRuleError extends RangeError {
  constructor(
    readonly field: keyof MentorInput,
    message: string,
  ) {
    super(message);
  }
}

/** The monthly mentor grant, line by line in NAV's order: pay, holiday pay, pension (OTP), employer's tax. */
export function mentorMonthlyGrant(input: MentorInput, rates: GrantRates): MentorCalculation {
  if (!Number.isInteger(input.hoursPerMonth) || input.hoursPerMonth < 0 || input.hoursPerMonth > 999) {
    throw new GrantRuleError("hoursPerMonth", "hours per month must be a whole number from 0 to 999");
  }
  if (input.otpPercent < rates.otpMinimumPercent) throw new GrantRuleError("otpPercent", "OTP below the minimum");
  if (!rates.holidayPayPercents.includes(input.holidayPayPercent))
    throw new GrantRuleError("holidayPayPercent", "unknown holiday pay rate");
  if (!rates.employerTaxZones.some((z) => z.percent === input.employerTaxPercent))
    throw new GrantRuleError("employerTaxPercent", "unknown tax zone rate");
  const rate = hourlyRate(input.payType, input.amountKr, input.positionPercent, rates.hoursPerYear);
  const pay = BigInt(rate) * BigInt(input.hoursPerMonth) * KR;
  const holiday = percentOf(pay, input.holidayPayPercent);
  const pension = percentOf(pay + holiday, input.otpPercent);
  const tax = percentOf(pay + holiday + pension, input.employerTaxPercent);
  const total = pay + holiday + pension + tax;
  return {
    hourlyRateKr: rate,
    lines: [
      { key: "pay", baseOre: rate * 100, percent: null, amountOre: Number(pay) },
      { key: "holidayPay", baseOre: Number(pay), percent: input.holidayPayPercent, amountOre: Number(holiday) },
      { key: "pension", baseOre: Number(pay + holiday), percent: input.otpPercent, amountOre: Number(pension) },
      {
        key: "employerTax",
        baseOre: Number(pay + holiday + pension),
        percent: input.employerTaxPercent,
        amountOre: Number(tax),
      },
    ],
    totalOre: Number(total),
    totalKr: Number(roundHalfUp(total, KR)),
    warnings: input.hoursPerMonth > rates.fullTimeHoursPerMonth ? ["hoursAboveFullTime"] : [],
  };
}

// ---- Periods and ages --------------------------------------------------------------------

function parse(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Mentor grants run up to 6 months, or 36 for a person with reduced work capacity and special needs. */
export function checkMentorPeriod(start: string, end: string, extended: boolean, rates: GrantRates): PeriodCheck {
  return checkPeriod(start, end, extended ? rates.mentorMaxMonthsExtended : rates.mentorMaxMonths);
}

/** Whole years on a date; a 29 February birthday is reached on 1 March in other years. */
export function ageOn(birthDate: string, date: string): number {
  const b = parse(birthDate);
  const on = parse(date);
  let age = on.y - b.y;
  const leapless = b.m === 2 && b.d === 29 && daysInMonth(on.y, 2) === 28;
  const birthday = leapless ? iso(on.y, 3, 1) : iso(on.y, b.m, b.d);
  if (date < birthday) age--;
  return age;
}

/** Inclusion grants: the participant must be under 72 at the end date. */
export function underAgeLimit(birthDate: string, endDate: string, rates: GrantRates): boolean {
  return ageOn(birthDate, endDate) < rates.inclusionMaxAgeExclusive;
}

// ---- Inclusion expenses ------------------------------------------------------------------

export const expenseTypes = [
  "assessment",
  "workstation",
  "equipment",
  "workAids",
  "software",
  "training",
  "insurance",
] as const;
export type ExpenseType = (typeof expenseTypes)[number];

export interface ExpenseRow {
  type: string;
  amountKr: number;
  description: string;
}

export type ExpenseProblem = {
  index: number | null;
  field: "type" | "amountKr" | "description" | "total";
  code:
    | "unknownType"
    | "duplicateType"
    | "amountNotPositive"
    | "amountNotWhole"
    | "descriptionMissing"
    | "overMaximum"
    | "noRows";
};

/** Each of the seven types at most once, whole kroner above 0, a description, and at most the year's maximum in all. */
export function checkExpenses(
  rows: ExpenseRow[],
  rates: GrantRates,
): { totalKr: number; remainingKr: number; problems: ExpenseProblem[] } {
  const problems: ExpenseProblem[] = [];
  const seen = new Set<string>();
  let total = 0;
  rows.forEach((row, index) => {
    if (!(expenseTypes as readonly string[]).includes(row.type))
      problems.push({ index, field: "type", code: "unknownType" });
    else if (seen.has(row.type)) problems.push({ index, field: "type", code: "duplicateType" });
    seen.add(row.type);
    if (!Number.isInteger(row.amountKr)) problems.push({ index, field: "amountKr", code: "amountNotWhole" });
    else if (row.amountKr <= 0) problems.push({ index, field: "amountKr", code: "amountNotPositive" });
    else total += row.amountKr;
    if (!row.description.trim()) problems.push({ index, field: "description", code: "descriptionMissing" });
  });
  if (rows.length === 0) problems.push({ index: null, field: "total", code: "noRows" });
  if (total > rates.inclusionMaxKr) problems.push({ index: null, field: "total", code: "overMaximum" });
  return { totalKr: total, remainingKr: rates.inclusionMaxKr - total, problems };
}

/** A number as typed in Norway ("48 750", "12,5"): nothing for a blank field, NaN for words. */
export function readNumber(value: unknown): number | undefined {
  return typeof value === "string" && value.trim() !== ""
    ? Number(value.trim().replace(/\s/g, "").replace(",", "."))
    : undefined;
}

/**
 * The rates of a year: the latest known year for later years, the first known year for earlier
 * ones (a period cannot start before it: see `startsBeforeRates`). An error only for an empty table.
 */
export function ratesForYear(year: number, table: GrantRates[]): GrantRates {
  const sorted = [...table].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  if (!first) throw new RangeError("the grant_rates table is empty");
  return [...sorted].reverse().find((r) => r.year <= year) ?? first;
}

/** A period starting before the year of the rates it is computed with: before the first year NAV's rates are known for. */
export function startsBeforeRates(startDate: string, rates: GrantRates): boolean {
  return startDate < `${rates.year}-01-01`;
}
