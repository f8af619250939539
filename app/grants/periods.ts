// Tilskuddsperioder: how NAV cuts a monthly grant into periods and pays partial months
// (domain.md "Periods and partial months"). One module for every monthly grant: mentortilskudd
// and lønnstilskudd. Dates are "YYYY-MM-DD" strings; money is whole kroner per month in and
// whole øre per period out (each period's amount is whole kroner, as NAV rounds it). Also the
// length limits of every grant's period (mentor, inclusion, midlertidig lønnstilskudd).
import { roundHalfUp } from "./rounding";

export interface PeriodPlanRow {
  start: string;
  end: string;
  /** The grant percentage in this period; null for grants without one (mentortilskudd). */
  percent: number | null;
  /** Calendar days in the period. */
  days: number;
  /** True when the period is a whole calendar month (paid the full monthly amount). */
  wholeMonth: boolean;
  amountOre: number;
}

export interface PeriodPlan {
  periods: PeriodPlanRow[];
  totalOre: number;
  /** The first day of the lower percentage, when there is a step down inside the period. */
  stepDownDate: string | null;
}

/** A change of monthly amount from a date on (a step down of the percentage). */
export interface RateChange {
  from: string;
  monthlyKr: number;
  percent: number | null;
}

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);
/** Days in month m (1–12) of year y. */
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Days from start to end, both counted (1 June – 28 June is 28). */
export function daysInclusive(start: string, end: string): number {
  return Math.round((toTime(end) - toTime(start)) / DAY_MS) + 1;
}

/**
 * The date `months` months later, like Java's LocalDate.plusMonths that NAV uses: a day past the
 * target month's end falls back to its last day (31 August + 6 months = 28 February).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = m - 1 + months;
  const ty = y + Math.floor(total / 12);
  const tm = (((total % 12) + 12) % 12) + 1;
  return `${pad(ty, 4)}-${pad(tm)}-${pad(Math.min(d, daysInMonth(ty, tm)))}`;
}

/**
 * The last allowed end date of a period of `months` from `start`: the day before the same date
 * `months` later (2026-01-01 + 6 → 2026-06-30; 2026-01-31 + 1 → 2026-02-27, 28 February less a day).
 */
export function lastDayOfPeriod(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** Calendar months started in the period (1 January – 30 June is 6; 15 January – 14 February is 1). */
export function monthsInPeriod(start: string, end: string): number {
  let months = 1;
  while (lastDayOfPeriod(start, months) < end) months++;
  return months;
}

export type PeriodCheck =
  | { ok: true; months: number }
  | { ok: false; reason: "endBeforeStart" | "tooLong"; maxMonths: number };

/** A period of at most `maxMonths`, ending on or after its start. */
export function checkPeriod(start: string, end: string, maxMonths: number): PeriodCheck {
  if (end < start) return { ok: false, reason: "endBeforeStart", maxMonths };
  if (end > lastDayOfPeriod(start, maxMonths)) return { ok: false, reason: "tooLong", maxMonths };
  return { ok: true, months: monthsInPeriod(start, end) };
}

export function lastDayOfMonth(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}`;
}

/** 30.4375 days a month (365.25 / 12), written as 304 375 / 10 000. */
const DAYS_PER_MONTH_NUM = 304_375n;
const DAYS_PER_MONTH_DEN = 10_000n;
const DAILY_SCALE = 10_000_000_000n; // the daily rate is kept to 10 decimals

/** The daily rate of a monthly amount, in 1e-10 kroner, rounded half up (NAV keeps 10 decimals). */
export function dailyRateScaled(monthlyKr: number): bigint {
  return roundHalfUp(BigInt(monthlyKr) * DAILY_SCALE * DAYS_PER_MONTH_DEN, DAYS_PER_MONTH_NUM);
}

/** A partial month: monthly ÷ 30.4375 × calendar days, rounded half up to whole kroner. */
export function partialMonthKr(monthlyKr: number, days: number): number {
  return Number(roundHalfUp(dailyRateScaled(monthlyKr) * BigInt(days), DAILY_SCALE));
}

/**
 * Cuts start..end first at each rate change, then at every calendar-month boundary, and prices
 * each piece: a whole calendar month pays the monthly amount, a partial one is prorated by days.
 */
export function periodPlan(start: string, end: string, first: Omit<RateChange, "from">, changes: RateChange[] = []) {
  if (end < start) throw new RangeError("the end is before the start");
  const steps = [{ from: start, ...first }, ...changes.filter((c) => c.from > start && c.from <= end)].sort((a, b) =>
    a.from.localeCompare(b.from),
  );
  const periods: PeriodPlanRow[] = [];
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    const stepEnd = next ? addDays(next.from, -1) : end;
    let from = step.from;
    while (from <= stepEnd) {
      const monthEnd = lastDayOfMonth(from);
      const to = monthEnd < stepEnd ? monthEnd : stepEnd;
      const days = daysInclusive(from, to);
      const wholeMonth = from.endsWith("-01") && to === monthEnd;
      const kr = wholeMonth ? step.monthlyKr : partialMonthKr(step.monthlyKr, days);
      periods.push({ start: from, end: to, percent: step.percent, days, wholeMonth, amountOre: kr * 100 });
      from = addDays(to, 1);
    }
  });
  const stepDownDate = steps.length > 1 ? (steps[1]?.from ?? null) : null;
  return { periods, totalOre: periods.reduce((sum, p) => sum + p.amountOre, 0), stepDownDate } satisfies PeriodPlan;
}

/** A stored plan read back: its total, and the step-down date (the first period at the second percentage). */
export function planOfPeriods<T extends { start: string; percent: number | null; amountOre: number }>(
  periods: T[],
): { periods: T[]; totalOre: number; stepDownDate: string | null } {
  const first = periods[0]?.percent ?? null;
  const step = periods.find((p) => p.percent !== first);
  return {
    periods,
    totalOre: periods.reduce((sum, p) => sum + p.amountOre, 0),
    stepDownDate: step?.start ?? null,
  };
}
