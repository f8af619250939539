// The rules of the lønnstilskudd application: zod per step and for the whole, on the server only
// (docs/decisions/009). The agreement's limits (duration, ages, sommerjobb window, late start,
// the kind the need allows) come from wage-subsidy.ts and are answered at their fields.
import { z } from "zod";
import { isIsoDate } from "~/domain/dates";
import { digitsOnly, isValidAccountNumber } from "~/domain/identifiers";
import { blankToUndefined, dateField } from "~/forms/fields";
import * as texts from "~/texts";
import { type GrantRates, readNumber } from "./calculation";
import { wageSteps } from "./wage-figures";
import {
  type Need,
  WAGE_OTP_MAX,
  type WageKind,
  checkAgreement,
  wageHolidayPayPercents,
  wageKinds,
} from "./wage-subsidy";

const m = texts.wage.errors;
const text = (min: number, max: number, message: string) =>
  z.string({ message }).trim().min(min, message).max(max, m.tooLongText(max));
const optional = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, m.tooLongText(max)).optional()).transform((v) => v ?? "");
const number = (message: string) => z.preprocess(readNumber, z.number({ message }));

/** What the rules need to know about the person, which never leaves the server. */
export interface WageContext {
  need: Need | null;
  birthDate: string | null;
  today: string;
}

function fields(rates: GrantRates) {
  return {
    wageKind: z.enum(wageKinds as unknown as [WageKind, ...WageKind[]], { message: m.wageKind }),
    startDate: dateField(m.date),
    endDate: dateField(m.date),
    jobTitle: text(2, 100, m.jobTitle),
    tasks: text(1, 1000, m.tasks),
    positionPercent: number(m.positionPercent).refine((n) => n >= 1 && n <= 100, m.positionPercent),
    daysPerWeek: number(m.daysPerWeek).refine((n) => Number.isInteger(n) && n >= 1 && n <= 7, m.daysPerWeek),
    employmentType: z.enum(["permanent", "temporary"], { message: m.employmentType }),
    familyTie: z.enum(["yes", "no"], { message: m.familyTie }),
    familyTieExplanation: optional(500),
    monthlyWage: number(m.monthlyWage).refine((n) => Number.isInteger(n) && n >= 0 && n < 10_000_000, m.monthlyWage),
    holidayPayPercent: number(m.holidayPayPercent).refine(
      (n) => (wageHolidayPayPercents as readonly number[]).includes(n),
      m.holidayPayPercent,
    ),
    otpPercent: number(m.otp).refine((n) => n >= 0 && n <= WAGE_OTP_MAX, m.otp),
    taxZone: z
      .string({ message: m.taxZone })
      .refine((id) => rates.employerTaxZones.some((zone) => zone.id === id), m.taxZone),
    purpose: text(1, 1000, m.purpose),
    accountNumber: z
      .string({ message: m.accountNumber })
      .transform(digitsOnly)
      .refine((v) => v.length === 11 && isValidAccountNumber(v), m.accountNumber),
  } satisfies Record<string, z.ZodType>;
}

type Values = Record<string, unknown>;

function refine(v: Values, ctx: z.RefinementCtx, person: WageContext): void {
  if (v.familyTie === "yes" && !v.familyTieExplanation)
    ctx.addIssue({ code: "custom", path: ["familyTieExplanation"], message: m.familyTieExplanation });
  const kind = typeof v.wageKind === "string" && (wageKinds as readonly string[]).includes(v.wageKind);
  const { startDate: start, endDate: end } = v;
  if (!kind || typeof start !== "string" || typeof end !== "string" || !isIsoDate(start) || !isIsoDate(end)) return;
  for (const p of checkAgreement({ kind: v.wageKind as WageKind, start, end, ...person })) {
    const message = p.code === "tooLong" ? m.tooLong(p.months) : m[p.code];
    ctx.addIssue({ code: "custom", path: [p.field], message });
  }
}

export function wageSchema(rates: GrantRates, person: WageContext) {
  return z.object(fields(rates)).superRefine((v, ctx) => refine(v, ctx, person));
}

export function wageStepSchema(step: number, rates: GrantRates, person: WageContext) {
  const all = fields(rates);
  const shape = Object.fromEntries((wageSteps[step] ?? []).map((n) => [n, all[n as keyof typeof all]]));
  return z.object(shape).superRefine((v, ctx) => refine(v, ctx, person));
}

export function wageWizard(rates: GrantRates, person: WageContext) {
  return {
    steps: wageSteps,
    stepSchema: (s: number) => wageStepSchema(s, rates, person),
    fullSchema: wageSchema(rates, person),
    listFields: [] as string[],
  };
}
