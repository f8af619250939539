// The public lønnstilskudd calculator: the query string of a shared address, checked with zod
// and turned into the cost chain, the monthly grant and the period plan. No sign-in, no person:
// the percentage is the employer's guess of NAV's call, checked against what each kind allows.
import { z } from "zod";
import { dateField } from "~/forms/fields";
import * as texts from "~/texts";
import { readNumber } from "./calculation";
import {
  type Need,
  WAGE_OTP_MAX,
  type WageKind,
  checkAgreement,
  percentAllowed,
  wageHolidayPayPercents,
  wageKinds,
} from "./wage-subsidy";

const m = texts.wage.errors;
const number = (message: string) => z.preprocess(readNumber, z.number({ message }));

export const calculatorFields = ["kind", "percent", "wage", "holiday", "otp", "tax", "start", "end"] as const;
export type CalculatorValues = Partial<Record<(typeof calculatorFields)[number], string>>;

function schema(taxPercents: number[]) {
  return z
    .object({
      kind: z.enum(wageKinds as unknown as [WageKind, ...WageKind[]], { message: m.wageKind }),
      percent: number(texts.calculator.percentHelp),
      wage: number(m.monthlyWage).refine((n) => Number.isInteger(n) && n >= 0 && n < 10_000_000, m.monthlyWage),
      holiday: number(m.holidayPayPercent).refine(
        (n) => (wageHolidayPayPercents as readonly number[]).includes(n),
        m.holidayPayPercent,
      ),
      otp: number(m.otp).refine((n) => n >= 0 && n <= WAGE_OTP_MAX, m.otp),
      tax: number(m.taxZone).refine((n) => taxPercents.includes(n), m.taxZone),
      start: dateField(m.date),
      end: dateField(m.date),
    })
    .superRefine((v, ctx) => {
      if (!percentAllowed(v.kind, v.percent, v.kind === "midlertidig" ? needFor(v.percent) : "varig_tilpasset"))
        ctx.addIssue({ code: "custom", path: ["percent"], message: texts.calculator.percentError[v.kind] });
      // The limits of the kind and dates (the person's age is NAV's to check; late start too).
      const problems = checkAgreement({
        kind: v.kind,
        need: v.kind === "midlertidig" ? needFor(v.percent) : "varig_tilpasset",
        start: v.start,
        end: v.end,
        birthDate: null,
        today: v.start,
        lateRegistrationAllowed: true,
      });
      for (const p of problems) {
        if (p.field === "wageKind") continue;
        ctx.addIssue({
          code: "custom",
          path: [p.field === "startDate" ? "start" : "end"],
          message: p.code === "tooLong" ? m.tooLong(p.months) : m[p.code],
        });
      }
    });
}

/** Midlertidig's 40 % is situasjonsbestemt innsats (12 months), 60 % nedsatt arbeidsevne (24). */
const needFor = (percent: number): Need => (percent === 40 ? "situasjonsbestemt" : "spesielt_tilpasset");

export type CalculatorResult =
  | { status: "empty"; values: CalculatorValues }
  | { status: "error"; values: CalculatorValues; errors: Record<string, string> }
  | { status: "ok"; values: CalculatorValues; input: z.output<ReturnType<typeof schema>> };

/** Reads the calculator's query string: nothing asked yet, the errors at their fields, or the input. */
export function readCalculator(params: URLSearchParams, taxPercents: number[]): CalculatorResult {
  const values: CalculatorValues = {};
  for (const name of calculatorFields) {
    const v = params.get(name);
    if (v !== null) values[name] = v.slice(0, 200);
  }
  if (Object.keys(values).length === 0) return { status: "empty", values };
  const parsed = schema(taxPercents).safeParse(values);
  if (parsed.success) return { status: "ok", values, input: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "kind");
    errors[key] ??= issue.message;
  }
  return { status: "error", values, errors };
}
