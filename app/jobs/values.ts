// Conversions between stored rows, form values and what the repositories take.
import type { TaskFacts } from "~/components/JobFacts";
import type { FormValues } from "~/forms/wizard";
import { municipalityName } from "../../db/data/places";
import type { CarvedJobInput, CarvedJobRow, TaskNeedInput, TaskNeedRow } from "../../db/repositories/jobs";
import type { CarvedJobForm, TaskNeedForm } from "./forms";

const hoursText = (h: number) => String(h).replace(".", ",");

export function taskFormValues(row: TaskNeedRow, overrides: Partial<FormValues> = {}): FormValues {
  return {
    title: row.title,
    description: row.description,
    category: row.category,
    hoursPerWeek: hoursText(row.hours_per_week),
    slots: row.slots,
    municipalityNumber: row.municipality_number,
    address: row.address ?? "",
    earliestStart: row.earliest_start ?? "",
    strengths: row.strengths,
    tags: row.tags.join(", "),
    physicalDemands: row.physical_demands,
    socialSetting: row.social_setting,
    adaptations: row.adaptations,
    mentorPossible: row.mentor_possible ? "on" : "",
    ...overrides,
  } as FormValues;
}

export function toTaskNeedInput(f: TaskNeedForm): TaskNeedInput {
  return { ...f, hoursPerWeek: f.hoursPerWeek, address: f.address, earliestStart: f.earliestStart };
}

export function taskFacts(f: TaskNeedForm | TaskNeedInput): TaskFacts {
  return { ...f, address: f.address || null, municipalityName: municipalityName(f.municipalityNumber) };
}

export function taskFactsFromRow(row: TaskNeedRow): TaskFacts {
  return {
    title: row.title,
    description: row.description,
    category: row.category,
    hoursPerWeek: row.hours_per_week,
    slots: row.slots,
    municipalityName: municipalityName(row.municipality_number),
    address: row.address,
    earliestStart: row.earliest_start,
    strengths: row.strengths,
    tags: row.tags,
    physicalDemands: row.physical_demands,
    socialSetting: row.social_setting,
    adaptations: row.adaptations,
    mentorPossible: row.mentor_possible,
  };
}

export function jobFormValues(row: CarvedJobRow, taskIds: string[], overrides: Partial<FormValues> = {}): FormValues {
  return {
    taskIds,
    title: row.title,
    description: row.description,
    hoursPerWeek: hoursText(row.hours_per_week),
    slots: row.slots,
    employmentForm: row.employment_form,
    wageSubsidyExpected: row.wage_subsidy_expected ? "on" : "",
    mentorName: row.mentor_name ?? "",
    adaptations: row.adaptations,
    startDate: row.start_date,
    ...overrides,
  } as FormValues;
}

export function toCarvedJobInput(f: CarvedJobForm): CarvedJobInput {
  return { ...f };
}

/** After choosing tasks: start the next step from their sum, their schedule and the first title. */
export function jobDefaultsFromTasks(values: FormValues, tasks: TaskNeedRow[]): FormValues {
  const chosen = tasks.filter((t) => (values.taskIds as string[] | undefined)?.includes(t.id));
  if (chosen.length === 0) return values;
  const next = { ...values };
  if (!next.hoursPerWeek)
    next.hoursPerWeek = hoursText(Math.round(chosen.reduce((a, t) => a + t.hours_per_week, 0) * 10) / 10);
  if (!next.slots || next.slots.length === 0) next.slots = [...new Set(chosen.flatMap((t) => t.slots))];
  if (!next.title) next.title = chosen[0]?.title ?? "";
  if (!next.adaptations)
    next.adaptations = chosen
      .map((t) => t.adaptations)
      .filter(Boolean)
      .join(" ");
  return next;
}
