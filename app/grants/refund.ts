// Refusjon: how NAV pays an approved lønnstilskudd afterwards, period by period, against the
// employer's claim (domain.md "Refusjon"). Pure: no database, no texts. Dates are "YYYY-MM-DD";
// money in whole kroner in and out, the chain between kept exact (BigInt) and rounded once.
import { addDays, addMonths, lastDayOfMonth } from "./periods";
import { basisPoints as bp, roundHalfUp } from "./rounding";

/** Where a claim stands in time: before its period ends, open, or past its deadline. */
export type ClaimWindow = "not_yet" | "ready" | "expired";

/** Months after the period's end (or a late approval) to claim, normally and with NAV-refunded absence. */
export const DEADLINE_MONTHS = 2;
export const DEADLINE_MONTHS_WITH_ABSENCE = 12;
/** A specialist may extend a deadline once, by this many months. */
export const EXTENSION_MONTHS = 1;
/** Reminders go out when a claim opens and this many days before its deadline. */
export const REMINDER_DAYS_BEFORE = 14;
/** The yearly cap on refunds of varig lønnstilskudd, in G, per person, employer and kind. */
export const VARIG_YEARLY_CAP_G = 5;

/**
 * `months` months after `date` with NAV's month-end rule: from a month's last day the result is
 * the last day of the target month (30 April + 2 → 30 June; 28 February 2026 + 2 → 30 April);
 * otherwise the same day, falling back to the month's last day when it has none (31 → 30).
 */
export function addMonthsMonthEnd(date: string, months: number): string {
  const later = addMonths(date, months);
  return date === lastDayOfMonth(date) ? lastDayOfMonth(later) : later;
}

export interface DeadlineInput {
  periodEnd: string;
  /** The day the agreement was approved: a period approved after its end counts from the approval. */
  approvedOn?: string | null;
  /** Absence refunded by NAV (sykepenger and the like) was reported in the claim. */
  absenceReported: boolean;
  /** The specialist extended the deadline (once, by one month). */
  extended: boolean;
}

/** The last day a claim can be sent. */
export function claimDeadline(input: DeadlineInput): string {
  const from = input.approvedOn && input.approvedOn > input.periodEnd ? input.approvedOn : input.periodEnd;
  const base = addMonthsMonthEnd(from, input.absenceReported ? DEADLINE_MONTHS_WITH_ABSENCE : DEADLINE_MONTHS);
  return input.extended ? addMonthsMonthEnd(base, EXTENSION_MONTHS) : base;
}

/** The day a claim opens: the day after its period ends. */
export const claimOpensOn = (periodEnd: string) => addDays(periodEnd, 1);

/** The claim's window on a day: not yet until the day after the period ends, ready to the deadline (inclusive), then expired. */
export function claimWindow(periodEnd: string, deadline: string, today: string): ClaimWindow {
  if (today <= periodEnd) return "not_yet";
  return today <= deadline ? "ready" : "expired";
}

/** The day of the "deadline soon" reminder. */
export const reminderOn = (deadline: string) => addDays(deadline, -REMINDER_DAYS_BEFORE);

/** Wage lines as the employer states them. Only the ordinary kinds count (domain.md). */
export const ordinaryWageKinds = ["fixed", "hourly", "fixedSupplement", "irregularSupplement"] as const;
export const otherWageKinds = ["overtime", "bonus", "holidayPay"] as const;
export type WageLineKind = (typeof ordinaryWageKinds)[number] | (typeof otherWageKinds)[number];

export const isOrdinary = (kind: WageLineKind) => (ordinaryWageKinds as readonly string[]).includes(kind);

export interface WageLine {
  kind: WageLineKind;
  amountKr: number;
}

export interface RefundInput {
  lines: WageLine[];
  /** The holiday deduction in the month as a positive number of kroner; it is subtracted. */
  holidayDeductionKr: number;
  /** Absence refunded by NAV in the period (sykepenger and the like), kroner. */
  absenceRefundKr: number;
  holidayPayPercent: number;
  otpPercent: number;
  employerTaxPercent: number;
  /** The period's percentage. */
  percent: number;
  /** The period's agreed amount (the cap), kroner. */
  agreedKr: number;
  /** A negative result carried from the previous claim on the agreement (0 or less), kroner. */
  carriedInKr: number;
  /** Varig only: what is left of 5 G this calendar year for the person, employer and kind; null otherwise. */
  fiveGLeftKr: number | null;
}

export interface RefundCalculation {
  /** The ordinary wage lines added up. */
  ordinaryKr: number;
  /** The lines that do not count (overtime, bonus, holiday pay), added up, for the page to show. */
  excludedKr: number;
  /** L = ordinary wages − holiday deduction. */
  wageBaseKr: number;
  /** F, O, A and the sum of costs, shown to the øre; they are added unrounded. */
  holidayPayOre: number;
  pensionOre: number;
  employerTaxOre: number;
  costsOre: number;
  /** round((costs − absence) × percentage), with the absence floor. */
  refundKr: number;
  /** True when the absence refund would have made the refund negative (it is 0 instead). */
  absenceFloorApplied: boolean;
  /** After the cap at the period's agreed amount. */
  cappedKr: number;
  capApplied: boolean;
  /** After the carried-in negative amount. */
  afterCarryKr: number;
  /** Paid for this claim (never negative). */
  payableKr: number;
  fiveGApplied: boolean;
  /** A negative result carried to the next claim on the agreement (0 or less). */
  carriedOutKr: number;
}

const D = 10_000n;
const D3 = D * D * D;

/** Rounds a signed rational half away from zero (as NAV rounds a negative refund). */
function roundSigned(numerator: bigint, denominator: bigint): bigint {
  return numerator < 0n ? -roundHalfUp(-numerator, denominator) : roundHalfUp(numerator, denominator);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * NAV's refund for one period, line by line: L = ordinary wages − holiday deduction; F, O, A on L
 * as in the agreement; costs = L + F + O + A (unrounded); refund = round((costs − absence) ×
 * percentage), not below 0 when the absence alone would make it negative; capped at the agreed
 * amount; a carried-in negative amount subtracted; a negative result carried on; for varig,
 * capped by what is left of 5 G this calendar year.
 */
export function calculateRefund(input: RefundInput): RefundCalculation {
  const ordinaryKr = sum(input.lines.filter((l) => isOrdinary(l.kind)).map((l) => l.amountKr));
  const excludedKr = sum(input.lines.filter((l) => !isOrdinary(l.kind)).map((l) => l.amountKr));
  const wageBaseKr = ordinaryKr - input.holidayDeductionKr;
  const L = BigInt(wageBaseKr);
  const f = bp(input.holidayPayPercent);
  const o = bp(input.otpPercent);
  const a = bp(input.employerTaxPercent);
  // Over D³: F = L·f·D², O = L(D+f)·o·D, A = L(D+f)(D+o)·a; costs = L(D+f)(D+o)(D+a).
  const costsNum = L * (D + f) * (D + o) * (D + a);
  const toOre = (num: bigint) => Number(roundSigned(num * 100n, D3));
  const absenceNum = BigInt(input.absenceRefundKr) * D3;
  const afterAbsence = costsNum - absenceNum;
  // The absence refund can bring the refund down to 0, never below. A negative wage base (a holiday
  // deduction larger than the wages) stays as it is: the absence does not deepen it.
  const absenceFloorApplied = costsNum >= 0n && afterAbsence < 0n;
  const basis = costsNum < 0n ? costsNum : absenceFloorApplied ? 0n : afterAbsence;
  const refundKr = Number(roundSigned(basis * bp(input.percent), D3 * D));
  const capApplied = refundKr > input.agreedKr;
  const cappedKr = capApplied ? input.agreedKr : refundKr;
  const afterCarryKr = cappedKr + input.carriedInKr;
  const positive = Math.max(afterCarryKr, 0);
  const fiveGApplied = input.fiveGLeftKr !== null && positive > input.fiveGLeftKr;
  return {
    ordinaryKr,
    excludedKr,
    wageBaseKr,
    holidayPayOre: toOre(L * f * D * D),
    pensionOre: toOre(L * (D + f) * o * D),
    employerTaxOre: toOre(L * (D + f) * (D + o) * a),
    costsOre: toOre(costsNum),
    refundKr,
    absenceFloorApplied,
    cappedKr,
    capApplied,
    afterCarryKr,
    payableKr: fiveGApplied ? (input.fiveGLeftKr as number) : positive,
    fiveGApplied,
    carriedOutKr: Math.min(afterCarryKr, 0),
  };
}

/** What is left of the yearly cap (5 G) after what was already paid this calendar year; never negative. */
export function fiveGLeftKr(grunnbelopKr: number, paidThisYearKr: number): number {
  return Math.max(grunnbelopKr * VARIG_YEARLY_CAP_G - paidThisYearKr, 0);
}
