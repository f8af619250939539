// The rules of the employer's forms for task needs and carved jobs: zod schemas, split into the
// steps of the guided flows. Used on the server only; the forms' fields and steps are in
// form-layout.ts, so pages ship no validator (docs/decisions/009).
import { z } from "zod";
import { todayInOslo } from "~/domain/dates";
import { interestIds, strengthIds } from "~/domain/vocabulary";
import * as texts from "~/texts";
import { isMunicipalityNumber } from "../../db/data/places";
import {
  type CarvedJobField,
  type TaskNeedField,
  carvedJobSteps,
  employmentFormIds,
  physicalDemandIds,
  socialSettingIds,
  taskNeedSteps,
} from "./form-layout";
import { MAX_HOURS, MIN_HOURS, isSlot, parseHours, scheduleCapacity, normaliseSlots } from "./rules";
import { blankToUndefined, dateField, optionalDateField } from "~/forms/fields";

const tm = texts.taskForm.errors;
const jm = texts.jobForm.errors;

const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const optionalText = (max: number, message: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional()).transform((v) => v ?? "");
const enumList = (values: readonly string[], message: string) =>
  z.preprocess(asList, z.array(z.enum(values as [string, ...string[]], { message })).max(values.length));
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

const title = (message: string) => z.string({ message }).trim().min(3, message).max(100, tm.titleLong);
const hours = z.preprocess(
  (v) => parseHours(v) ?? (blankToUndefined(v) === undefined ? undefined : Number.NaN),
  z
    .number({ message: tm.hours })
    .min(MIN_HOURS, tm.hours)
    .max(MAX_HOURS, tm.hours)
    .refine((n) => Number.isInteger(n * 10), tm.hours),
);
const slots = z.preprocess(
  asList,
  z
    .array(z.string().max(20, tm.slots))
    .max(50, tm.slots)
    .refine((v) => v.every(isSlot), tm.slots)
    .transform((v) => normaliseSlots(v))
    .refine((v) => v.length > 0, tm.slots),
);
const optionalFutureDate = optionalDateField(tm.date).transform((v) => v ?? null);
const csv = z
  .string()
  .max(300, tm.tags)
  .optional()
  .transform((s) => [
    ...new Set(
      (s ?? "")
        .split(",")
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean),
    ),
  ]);

/** Hours must fit the schedule: each slot holds at most 7.5 hours (explained to the user). */
function checkHoursFit(value: { hoursPerWeek?: number; slots?: string[] }, ctx: z.RefinementCtx): void {
  if (value.hoursPerWeek === undefined || !value.slots?.length) return;
  const capacity = scheduleCapacity(value.slots);
  if (value.hoursPerWeek > capacity) {
    ctx.addIssue({
      code: "custom",
      path: ["hoursPerWeek"],
      message: tm.hoursDontFit(value.hoursPerWeek, value.slots.length, capacity),
    });
  }
}

/** Dates must not be in the past, except the one already saved (a job that has started can still be edited). */
function checkNotPast(
  value: Record<string, unknown>,
  ctx: z.RefinementCtx,
  field: string,
  saved?: string | null,
): void {
  const date = value[field];
  if (typeof date === "string" && date !== saved && date < todayInOslo())
    ctx.addIssue({ code: "custom", path: [field], message: tm.pastDate });
}

export const taskNeedFields = {
  title: title(tm.title),
  description: optionalText(2000, tm.description),
  category: z.enum(interestIds as [string, ...string[]], { message: tm.category }),
  hoursPerWeek: hours,
  slots,
  municipalityNumber: z
    .string({ message: tm.municipality })
    .max(4, tm.municipality)
    .refine(isMunicipalityNumber, tm.municipality),
  address: optionalText(200, tm.address),
  earliestStart: optionalFutureDate,
  strengths: enumList(strengthIds, tm.strengths),
  tags: csv,
  physicalDemands: enumList(physicalDemandIds, tm.physicalDemands),
  socialSetting: z.enum(socialSettingIds as [string, ...string[]], { message: tm.socialSetting }),
  adaptations: optionalText(1000, tm.adaptations),
  mentorPossible: checkbox,
} satisfies Record<TaskNeedField, z.ZodType>;

function refineTask(
  value: Partial<Record<TaskNeedField, unknown>>,
  ctx: z.RefinementCtx,
  savedDate?: string | null,
): void {
  checkHoursFit(value as { hoursPerWeek?: number; slots?: string[] }, ctx);
  checkNotPast(value, ctx, "earliestStart", savedDate);
}

export const taskNeedSchema = z.object(taskNeedFields).superRefine((v, ctx) => refineTask(v, ctx));

/** Editing a saved task need: its saved start date is accepted even when it has passed. */
export function taskNeedEditSchema(savedDate: string | null) {
  return z.object(taskNeedFields).superRefine((v, ctx) => refineTask(v, ctx, savedDate));
}
export type TaskNeedForm = z.infer<typeof taskNeedSchema>;

/** The schema for one step: its own fields and the rules between them. */
export function taskNeedStepSchema(step: number) {
  const names = taskNeedSteps[step] ?? [];
  const shape = Object.fromEntries(names.map((n) => [n, taskNeedFields[n]])) as Partial<typeof taskNeedFields>;
  return z.object(shape).superRefine((v, ctx) => refineTask(v, ctx));
}

export const carvedJobFields = {
  taskIds: z.preprocess(asList, z.array(z.string().uuid(jm.tasks)).min(1, jm.tasks).max(20)),
  title: title(jm.title),
  description: optionalText(2000, tm.description),
  hoursPerWeek: hours,
  slots,
  employmentForm: z.enum(employmentFormIds as [string, ...string[]], { message: jm.employmentForm }),
  wageSubsidyExpected: checkbox,
  mentorName: optionalText(100, jm.mentorName),
  adaptations: optionalText(1000, tm.adaptations),
  startDate: dateField(jm.startDate),
} satisfies Record<CarvedJobField, z.ZodType>;

function refineJob(
  value: Partial<Record<CarvedJobField, unknown>>,
  ctx: z.RefinementCtx,
  savedDate?: string | null,
): void {
  checkHoursFit(value as { hoursPerWeek?: number; slots?: string[] }, ctx);
  checkNotPast(value, ctx, "startDate", savedDate);
}

export const carvedJobSchema = z.object(carvedJobFields).superRefine((v, ctx) => refineJob(v, ctx));

export function carvedJobEditSchema(savedDate: string | null) {
  return z.object(carvedJobFields).superRefine((v, ctx) => refineJob(v, ctx, savedDate));
}
export type CarvedJobForm = z.infer<typeof carvedJobSchema>;

export function carvedJobStepSchema(step: number) {
  const names = carvedJobSteps[step] ?? [];
  const shape = Object.fromEntries(names.map((n) => [n, carvedJobFields[n]])) as Partial<typeof carvedJobFields>;
  return z.object(shape).superRefine((v, ctx) => refineJob(v, ctx));
}
