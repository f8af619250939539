// The rules of the guided grant forms: zod schemas for each step and the whole, used on the server
// only (fields and steps are in form-layout.ts, docs/decisions/009). The rules that need the
// year's rates take them as an argument; the rates come from the grant_rates table.
import { z } from "zod";
import { isIsoDate } from "~/domain/dates";
import { digitsOnly, isValidAccountNumber } from "~/domain/identifiers";
import * as texts from "~/texts";
import {
  type GrantRates,
  type PayType,
  checkExpenses,
  checkMentorPeriod,
  payTypes,
  readNumber,
  startsBeforeRates,
} from "./calculation";
import { checkPeriod } from "./periods";
import { type MentorField, expenseRows, inclusionSteps, mentorSteps, rowFields, stepsFor } from "./form-layout";
import { blankToUndefined, dateField } from "~/forms/fields";

const m = texts.grants.errors;
const text = (min: number, max: number, message: string, tooLong = m.tooLong(max)) =>
  z.string({ message }).trim().min(min, message).max(max, tooLong);
const optional = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, m.tooLong(max)).optional()).transform((v) => v ?? "");
const yesNo = (message: string) => z.enum(["yes", "no"], { message });
const number = (message: string) => z.preprocess(readNumber, z.number({ message }));

function mentorFields(rates: GrantRates) {
  return {
    contactName: text(2, 100, m.contactName),
    contactPhone: z
      .string({ message: m.phone })
      .trim()
      .regex(/^\+?[\d ]{8,15}$/, m.phone),
    contactEmail: z.string({ message: m.email }).trim().max(254, texts.fieldLimits.tooLong(254)).email(m.email),
    mentorName: text(2, 100, m.mentorName),
    mentorPhone: z
      .string({ message: m.phone })
      .trim()
      .regex(/^\+?[\d ]{8,15}$/, m.phone),
    mentorTasks: text(1, 1000, m.mentorTasks),
    familyTie: yesNo(m.familyTie),
    familyTieExplanation: optional(500),
    confidentiality: z.literal("on", { message: m.confidentiality }),
    startDate: dateField(m.date),
    endDate: dateField(m.date),
    extended: yesNo(m.extended),
    extendedReason: optional(500),
    followUp: text(1, 1000, m.followUp),
    adaptation: optional(1000),
    hoursPerMonth: number(m.hoursPerMonth).refine((n) => Number.isInteger(n) && n >= 0 && n <= 999, m.hoursPerMonth),
    payType: z.enum(payTypes as [PayType, ...PayType[]], { message: m.payType }),
    payAmount: number(m.payAmount).refine((n) => n > 0 && n < 10_000_000, m.payAmount),
    positionPercent: number(m.positionPercent).refine((n) => n > 0 && n <= 100, m.positionPercent),
    holidayPayPercent: number(m.holidayPayPercent).refine(
      (n) => rates.holidayPayPercents.includes(n),
      m.holidayPayPercent,
    ),
    otpPercent: number(m.otp(rates.otpMinimumPercent)).refine(
      (n) => n >= rates.otpMinimumPercent && n <= 30,
      m.otp(rates.otpMinimumPercent),
    ),
    taxZone: z
      .string({ message: m.taxZone })
      .refine((id) => rates.employerTaxZones.some((zone) => zone.id === id), m.taxZone),
    accountNumber: z
      .string({ message: m.accountNumber })
      .transform(digitsOnly)
      .refine((v) => v.length === 11 && isValidAccountNumber(v), m.accountNumber),
  } satisfies Record<MentorField, z.ZodType>;
}

type Values = Record<string, unknown>;

/** Both ends of the period, when both are real dates (a refinement also sees the fields that failed). */
function periodOf(v: Values): { start: string; end: string } | null {
  const { startDate: start, endDate: end } = v;
  return typeof start === "string" && typeof end === "string" && isIsoDate(start) && isIsoDate(end)
    ? { start, end }
    : null;
}

function checkStartHasRates(v: Values, ctx: z.RefinementCtx, rates: GrantRates): void {
  if (typeof v.startDate === "string" && isIsoDate(v.startDate) && startsBeforeRates(v.startDate, rates)) {
    ctx.addIssue({ code: "custom", path: ["startDate"], message: m.startBeforeRates(rates.year) });
  }
}

function refineMentor(v: Values, ctx: z.RefinementCtx, rates: GrantRates): void {
  checkStartHasRates(v, ctx, rates);
  if (v.familyTie === "yes" && !v.familyTieExplanation)
    ctx.addIssue({ code: "custom", path: ["familyTieExplanation"], message: m.familyTieExplanation });
  if (v.extended === "yes" && !v.extendedReason)
    ctx.addIssue({ code: "custom", path: ["extendedReason"], message: m.extendedReason });
  const dates = periodOf(v);
  if (dates && v.extended !== undefined) {
    const period = checkMentorPeriod(dates.start, dates.end, v.extended === "yes", rates);
    if (!period.ok)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: period.reason === "endBeforeStart" ? m.endBeforeStart : m.mentorTooLong(period.maxMonths),
      });
  }
}

export function mentorSchema(rates: GrantRates) {
  return z.object(mentorFields(rates)).superRefine((v, ctx) => refineMentor(v, ctx, rates));
}

export function mentorStepSchema(step: number, rates: GrantRates) {
  const fields = mentorFields(rates);
  const shape = Object.fromEntries((mentorSteps[step] ?? []).map((n) => [n, fields[n]]));
  return z.object(shape).superRefine((v, ctx) => refineMentor(v, ctx, rates));
}

export type MentorAnswers = z.infer<ReturnType<typeof mentorSchema>>;

// ---- Inkluderingstilskudd ------------------------------------------------------------------

function inclusionFields() {
  const fields: Record<string, z.ZodType> = {
    startDate: dateField(m.date),
    endDate: dateField(m.date),
    reason: text(1, 1000, m.reason),
    notPurchased: z.literal("on", { message: m.notPurchased }),
  };
  for (const name of rowFields) fields[name] = z.string().max(500, m.tooLong(500)).optional();
  return fields;
}

function refineInclusion(v: Values, ctx: z.RefinementCtx, rates: GrantRates, step: number | null): void {
  checkStartHasRates(v, ctx, rates);
  const dates = periodOf(v);
  if (dates) {
    const period = checkPeriod(dates.start, dates.end, rates.inclusionMaxMonths);
    if (!period.ok)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: period.reason === "endBeforeStart" ? m.endBeforeStart : m.inclusionTooLong(period.maxMonths),
      });
  }
  if (step !== null && step !== 2) return;
  const rows = expenseRows(v);
  const check = checkExpenses(rows, rates);
  for (const problem of check.problems) {
    const row = problem.index === null ? undefined : rows[problem.index];
    const path = row
      ? [
          `expense${problem.field === "type" ? "Type" : problem.field === "amountKr" ? "Amount" : "Description"}${row.index}`,
        ]
      : ["expenseTotal"];
    ctx.addIssue({ code: "custom", path, message: m.expense[problem.code](rates.inclusionMaxKr, check.totalKr) });
  }
}

export function inclusionSchema(rates: GrantRates) {
  return z.object(inclusionFields()).superRefine((v, ctx) => refineInclusion(v, ctx, rates, null));
}

export function inclusionStepSchema(step: number, rates: GrantRates) {
  const fields = inclusionFields();
  const shape = Object.fromEntries((inclusionSteps[step] ?? []).map((n) => [n, fields[n] as z.ZodType]));
  return z.object(shape).superRefine((v, ctx) => refineInclusion(v, ctx, rates, step));
}

/** The guided flow of one kind of grant, with the year's rates in its rules. */
export function wizardFor(kind: "mentor" | "inclusion", rates: GrantRates) {
  return kind === "mentor"
    ? {
        steps: stepsFor(kind),
        stepSchema: (s: number) => mentorStepSchema(s, rates),
        fullSchema: mentorSchema(rates),
        listFields: [] as string[],
      }
    : {
        steps: stepsFor(kind),
        stepSchema: (s: number) => inclusionStepSchema(s, rates),
        fullSchema: inclusionSchema(rates),
        listFields: [] as string[],
      };
}
