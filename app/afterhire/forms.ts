// The after-hire forms' rules (zod): a job change, the employer's view before a check-in and the
// specialist's record of it. Server-side only, like every employer form (decision 009).
import { z } from "zod";
import { dateField } from "~/forms/fields";
import { parseHours } from "~/jobs/rules";
import * as texts from "~/texts";
import type { JobChange } from "../../db/repositories/after-hire";

const t = texts.afterHire;

const endReasons = ["candidate_wish", "employer_wish", "health", "contract_end", "new_job"] as const;

/** A job change from the form, dated on or after the start; each kind asks for its own field. */
export function jobChangeSchema(hireStart: string | null) {
  return z
    .object({
      kind: z.enum(["hours_changed", "made_permanent", "ended"], { message: t.changeKindRequired }),
      date: dateField(t.changeDateRequired),
      hours: z.preprocess((v) => parseHours(v), z.number().optional()).catch(Number.NaN),
      endReason: z.preprocess((v) => (v === "" ? undefined : v), z.enum(endReasons).optional()).catch("" as never),
    })
    .superRefine((v, ctx) => {
      if (hireStart && v.date < hireStart)
        ctx.addIssue({ code: "custom", path: ["date"], message: t.changeDateBeforeStart });
      if (v.kind === "hours_changed" && (v.hours === undefined || Number.isNaN(v.hours) || v.hours < 1 || v.hours > 40))
        ctx.addIssue({ code: "custom", path: ["hours"], message: t.changeNewHoursRequired });
      if (v.kind === "ended" && !endReasons.includes(v.endReason as (typeof endReasons)[number]))
        ctx.addIssue({ code: "custom", path: ["endReason"], message: t.endReasonRequired });
    })
    .transform((v): JobChange => {
      if (v.kind === "hours_changed")
        return { kind: v.kind, date: v.date, hours: Math.round((v.hours ?? 0) * 10) / 10 };
      if (v.kind === "ended") return { kind: v.kind, date: v.date, reason: v.endReason as (typeof endReasons)[number] };
      return { kind: v.kind, date: v.date };
    });
}

export const employerViewSchema = z.object({
  checkInId: z.string().uuid(),
  view: z.string({ message: t.employerViewRequired }).trim().min(3, t.employerViewRequired).max(2000),
});

export const checkInSchema = z.object({
  checkInId: z.string().uuid(),
  summary: z.string({ message: t.summaryRequired }).trim().min(3, t.summaryRequired).max(2000),
});

export type FieldErrors = Record<string, string | undefined>;

/** The first message per field, for the after-hire pages' forms. */
export const firstErrors = (error: z.ZodError): FieldErrors =>
  Object.fromEntries(Object.entries(z.flattenError(error).fieldErrors).map(([k, v]) => [k, (v as string[])[0]]));

/** The confirmation a hire page shows after a redirect: the first of `notices` whose key is in the address. */
export function noticeFrom(url: URL, notices: Record<string, string>): string | null {
  return Object.entries(notices).find(([key]) => url.searchParams.has(key))?.[1] ?? null;
}
