// The shape of the job forms: their fields, steps and list fields, without the rules (those are
// in forms.ts, with zod). Pages lay their forms out from this module, so the browser gets no
// validator to download; the server validates every post (docs/decisions/009).
import * as texts from "~/texts";

export const physicalDemandIds = Object.keys(texts.vocabulary.physicalDemands);
export const socialSettingIds = Object.keys(texts.vocabulary.socialSettings);
export const employmentFormIds = Object.keys(texts.vocabulary.employmentForms) as Array<
  keyof typeof texts.vocabulary.employmentForms
>;

export type TaskNeedField =
  | "title"
  | "description"
  | "category"
  | "hoursPerWeek"
  | "slots"
  | "municipalityNumber"
  | "address"
  | "earliestStart"
  | "strengths"
  | "tags"
  | "physicalDemands"
  | "socialSetting"
  | "adaptations"
  | "mentorPossible";

/** The steps of the guided flow; the last one (summary) has no fields of its own. */
export const taskNeedSteps: TaskNeedField[][] = [
  ["title", "description", "category"],
  ["slots", "hoursPerWeek", "municipalityNumber", "address", "earliestStart"],
  ["strengths", "tags", "physicalDemands", "socialSetting"],
  ["adaptations", "mentorPossible"],
  [],
];
export const taskNeedListFields: TaskNeedField[] = ["slots", "strengths", "physicalDemands"];

export type CarvedJobField =
  | "taskIds"
  | "title"
  | "description"
  | "hoursPerWeek"
  | "slots"
  | "employmentForm"
  | "wageSubsidyExpected"
  | "mentorName"
  | "adaptations"
  | "startDate";

export const carvedJobSteps: CarvedJobField[][] = [
  ["taskIds"],
  ["title", "description", "slots", "hoursPerWeek"],
  ["employmentForm", "wageSubsidyExpected", "mentorName", "adaptations", "startDate"],
  [],
];
export const carvedJobListFields: CarvedJobField[] = ["taskIds", "slots"];
