// The employer's refund claim form (issue 16): zod, Norwegian messages at each field, on the server.
// Amounts are whole kroner; a blank amount field is 0. The absence amount is asked only with "yes".
import { z } from "zod";
import { blankToUndefined } from "~/forms/fields";
import * as texts from "~/texts";
import { readNumber } from "./calculation";
import type { RefundInput, WageLine } from "./refund";

const m = texts.refund.errors;

/** The largest amount a field takes (far above any month's wage; keeps the sums exact). */
export const MAX_AMOUNT_KR = 9_999_999;

const amount = z.preprocess(
  (v) => readNumber(blankToUndefined(v) ?? "0"),
  z.number({ message: m.amount }).refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_AMOUNT_KR, m.amount),
);

export const claimFieldNames = [
  "fixed",
  "hourly",
  "fixedSupplement",
  "irregularSupplement",
  "other",
  "holidayDeduction",
  "absence",
  "absenceAmount",
] as const;

export const claimSchema = z
  .object({
    fixed: amount,
    hourly: amount,
    fixedSupplement: amount,
    irregularSupplement: amount,
    other: amount,
    holidayDeduction: amount,
    absence: z.enum(["yes", "no"], { message: m.absence }),
    absenceAmount: amount,
  })
  .superRefine((v, ctx) => {
    if (v.fixed + v.hourly + v.fixedSupplement + v.irregularSupplement === 0)
      ctx.addIssue({ code: "custom", path: ["fixed"], message: m.noWages });
    if (v.absence === "yes" && v.absenceAmount === 0)
      ctx.addIssue({ code: "custom", path: ["absenceAmount"], message: m.absenceAmount });
  });

export type ClaimValues = z.infer<typeof claimSchema>;

/** The wage lines of a valid form, in the calculation's terms ("other" counts as overtime/bonus/holiday pay). */
export function claimLines(v: ClaimValues): WageLine[] {
  return [
    { kind: "fixed", amountKr: v.fixed },
    { kind: "hourly", amountKr: v.hourly },
    { kind: "fixedSupplement", amountKr: v.fixedSupplement },
    { kind: "irregularSupplement", amountKr: v.irregularSupplement },
    { kind: "overtime", amountKr: v.other },
  ];
}

/** The parts of the calculation's input the form gives. */
export function claimInput(v: ClaimValues): Pick<RefundInput, "lines" | "holidayDeductionKr" | "absenceRefundKr"> {
  return {
    lines: claimLines(v),
    holidayDeductionKr: v.holidayDeduction,
    absenceRefundKr: v.absence === "yes" ? v.absenceAmount : 0,
  };
}

/** The form's values as stored with the claim, read back into the form (strings, as typed). */
export function claimFormValues(stored: Partial<Record<string, unknown>> | null): Record<string, string> {
  return Object.fromEntries(
    claimFieldNames.map((name) => [name, stored?.[name] === undefined ? "" : String(stored[name])]),
  );
}
