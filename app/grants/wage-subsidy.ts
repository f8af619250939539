// Lønnstilskudd (midlertidig, varig, sommerjobb) as NAV's agreement system computes and limits it
// (domain.md "Lønnstilskudd", 2026 rules). Pure: no database, no texts. Money in whole kroner per
// month and whole øre per line, exact with BigInt; percentages with up to two decimals.
import { ageOn } from "./calculation";
import {
  type PeriodPlan,
  type RateChange,
  addDays,
  addMonths,
  daysInclusive,
  lastDayOfPeriod,
  periodPlan,
} from "./periods";
import { basisPoints as bp, roundHalfUp } from "./rounding";

export const wageKinds = ["midlertidig", "varig", "sommerjobb"] as const;
export type WageKind = (typeof wageKinds)[number];

/** The candidate's need for help (innsatsbehov), recorded once by the job specialist. */
export const needs = ["situasjonsbestemt", "spesielt_tilpasset", "gradert_varig", "varig_tilpasset"] as const;
export type Need = (typeof needs)[number];

export const wageHolidayPayPercents = [0, 10.2, 12, 12.5, 14.3] as const;
export const WAGE_OTP_MAX = 30;
export const WAGE_OTP_WARN = 25;
export const WAGE_MONTHLY_WARN = 99_999;
export const VARIG_MAX_PERCENT = 75;
export const VARIG_AFTER_YEAR_MAX = 67;
export const SUMMER_PERCENTS = [50, 75] as const;
export const LATE_START_DAYS = 7;

/** Nedsatt arbeidsevne: every need but situasjonsbestemt innsats. */
export const reducedWorkCapacity = (need: Need) => need !== "situasjonsbestemt";

const D = 10_000n;

export interface CostInput {
  monthlyWageKr: number;
  holidayPayPercent: number;
  otpPercent: number;
  employerTaxPercent: number;
}

export interface CostChain {
  wageKr: number;
  /** Feriepenger, OTP and arbeidsgiveravgift, each shown to the øre; NAV adds them unrounded. */
  holidayPayOre: number;
  pensionOre: number;
  employerTaxOre: number;
  /** wage + round_half_up(F + O + A), whole kroner. */
  costsKr: number;
}

/**
 * The sum of costs in NAV's order: F = wage × feriepengesats, O = (wage + F) × OTP,
 * A = (wage + F + O) × zone rate; F, O and A are added unrounded and rounded once.
 */
export function sumOfCosts(input: CostInput): CostChain {
  if (!Number.isInteger(input.monthlyWageKr) || input.monthlyWageKr < 0) throw new RangeError("wage in whole kroner");
  const w = BigInt(input.monthlyWageKr);
  const f = bp(input.holidayPayPercent);
  const o = bp(input.otpPercent);
  const a = bp(input.employerTaxPercent);
  // Over a common denominator of D³: F = w·f/D, O = w(D+f)·o/D², A = w(D+f)(D+o)·a/D³.
  const fNum = w * f * D * D;
  const oNum = w * (D + f) * o * D;
  const aNum = w * (D + f) * (D + o) * a;
  const den = D * D * D;
  const toOre = (num: bigint) => Number(roundHalfUp(num * 100n, den));
  return {
    wageKr: input.monthlyWageKr,
    holidayPayOre: toOre(fNum),
    pensionOre: toOre(oNum),
    employerTaxOre: toOre(aNum),
    costsKr: input.monthlyWageKr + Number(roundHalfUp(fNum + oNum + aNum, den)),
  };
}

/** The grant per month: round_half_up(sum of costs × percentage). */
export function monthlyGrantKr(costsKr: number, percent: number): number {
  return Number(roundHalfUp(BigInt(costsKr) * bp(percent), 100n * 100n));
}

/** Midlertidig: 40 % for situasjonsbestemt innsats, 60 % with nedsatt arbeidsevne. */
export function midlertidigPercent(need: Need): 40 | 60 {
  return reducedWorkCapacity(need) ? 60 : 40;
}

/** Midlertidig runs at most 12 months, or 24 with nedsatt arbeidsevne. */
export function midlertidigMaxMonths(need: Need): 12 | 24 {
  return reducedWorkCapacity(need) ? 24 : 12;
}

export type KindRefusal = "needMissing" | "varigNeedsLastingNeed";

/** Whether a need allows a kind: varig only for varig or gradert varig tilpasset innsats. */
export function kindAllowed(kind: WageKind, need: Need | null): { ok: true } | { ok: false; reason: KindRefusal } {
  if (need === null) return { ok: false, reason: "needMissing" };
  if (kind === "varig" && need !== "varig_tilpasset" && need !== "gradert_varig")
    return { ok: false, reason: "varigNeedsLastingNeed" };
  return { ok: true };
}

/**
 * The kinds to offer the employer for a person with this need, and the reason for each one left
 * out: a kind the need does not allow is not offered at all (and still refused if posted).
 */
export function offeredKinds(need: Need | null): {
  offered: WageKind[];
  notOffered: Array<{ kind: WageKind; reason: KindRefusal }>;
} {
  const offered: WageKind[] = [];
  const notOffered: Array<{ kind: WageKind; reason: KindRefusal }> = [];
  for (const kind of wageKinds) {
    const allowed = kindAllowed(kind, need);
    if (allowed.ok) offered.push(kind);
    else notOffered.push({ kind, reason: allowed.reason });
  }
  return { offered, notOffered };
}

/**
 * The one step down, if it falls inside the agreement: midlertidig 40 → 30 from start + 6 months,
 * 60 → 50 from start + 1 year; varig above 67 → 67 from start + 1 year; sommerjobb never.
 */
export function stepDown(
  kind: WageKind,
  start: string,
  end: string,
  percent: number,
): (RateChange & { percent: number }) | null {
  let change: { from: string; percent: number } | null = null;
  if (kind === "midlertidig" && percent === 40) change = { from: addMonths(start, 6), percent: 30 };
  else if (kind === "midlertidig" && percent === 60) change = { from: addMonths(start, 12), percent: 50 };
  else if (kind === "varig" && percent > VARIG_AFTER_YEAR_MAX)
    change = { from: addMonths(start, 12), percent: VARIG_AFTER_YEAR_MAX };
  if (!change || change.from > end) return null;
  return { ...change, monthlyKr: 0 };
}

export interface WagePlan extends PeriodPlan {
  monthlyKr: number;
  stepDownMonthlyKr: number | null;
}

/** The period plan of an agreement: the monthly grant from the sum of costs, stepped down where the rules say. */
export function wagePlan(kind: WageKind, start: string, end: string, percent: number, costsKr: number): WagePlan {
  const monthlyKr = monthlyGrantKr(costsKr, percent);
  const step = stepDown(kind, start, end, percent);
  const lower = step ? { ...step, monthlyKr: monthlyGrantKr(costsKr, step.percent) } : null;
  const plan = periodPlan(start, end, { monthlyKr, percent }, lower ? [lower] : []);
  return { ...plan, monthlyKr, stepDownMonthlyKr: lower?.monthlyKr ?? null };
}

export type AgreementProblem =
  | { field: "endDate"; code: "endBeforeStart" }
  | { field: "endDate"; code: "tooLong"; months: number }
  | { field: "startDate"; code: "summerStartWindow" }
  | { field: "endDate"; code: "summerEndLimit" }
  | { field: "endDate"; code: "summerTooLong" }
  | { field: "startDate"; code: "tooYoung" }
  | { field: "startDate"; code: "summerTooOld" }
  | { field: "endDate"; code: "tooOld" }
  | { field: "startDate"; code: "startTooFarBack" }
  | { field: "wageKind"; code: KindRefusal };

/**
 * Every limit of an agreement's kind and dates. The birth date stays on the server; the answer is
 * the problem at a field. `today` is the date the application is registered (Norwegian time).
 */
export function checkAgreement(input: {
  kind: WageKind;
  need: Need | null;
  start: string;
  end: string;
  birthDate: string | null;
  today: string;
  lateRegistrationAllowed?: boolean;
}): AgreementProblem[] {
  const { kind, need, start, end, birthDate, today } = input;
  const problems: AgreementProblem[] = [];
  const allowed = kindAllowed(kind, need);
  if (!allowed.ok) problems.push({ field: "wageKind", code: allowed.reason });
  if (!input.lateRegistrationAllowed && start < addDays(today, -LATE_START_DAYS))
    problems.push({ field: "startDate", code: "startTooFarBack" });
  if (end < start) return [...problems, { field: "endDate", code: "endBeforeStart" }];
  if (kind === "midlertidig" && need) {
    const months = midlertidigMaxMonths(need);
    if (lastDayOfPeriod(start, months) < end) problems.push({ field: "endDate", code: "tooLong", months });
  }
  if (kind === "sommerjobb") {
    const year = start.slice(0, 4);
    if (start < `${year}-06-01` || start > `${year}-08-31`)
      problems.push({ field: "startDate", code: "summerStartWindow" });
    if (end > `${year}-09-27`) problems.push({ field: "endDate", code: "summerEndLimit" });
    if (daysInclusive(start, end) > 28) problems.push({ field: "endDate", code: "summerTooLong" });
  }
  if (birthDate) {
    if (kind === "sommerjobb") {
      const age = ageOn(birthDate, start);
      if (age < 16) problems.push({ field: "startDate", code: "tooYoung" });
      if (age >= 30) problems.push({ field: "startDate", code: "summerTooOld" });
    }
    if (ageOn(birthDate, end) >= 72) problems.push({ field: "endDate", code: "tooOld" });
  }
  return problems;
}

/** The percentage NAV may set when deciding: varig a whole 0–75, sommerjobb 50 or 75, midlertidig from the need. */
export function percentAllowed(kind: WageKind, percent: number, need: Need | null): boolean {
  if (kind === "varig") return Number.isInteger(percent) && percent >= 0 && percent <= VARIG_MAX_PERCENT;
  if (kind === "sommerjobb") return (SUMMER_PERCENTS as readonly number[]).includes(percent);
  return need !== null && percent === midlertidigPercent(need);
}
