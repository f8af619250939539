import { describe, expect, it } from "vitest";
import "~/validation";
import { todayInOslo } from "~/domain/dates";
import * as texts from "~/texts";
import {
  carvedJobEditSchema,
  carvedJobSchema,
  carvedJobStepSchema,
  taskNeedEditSchema,
  taskNeedSchema,
  taskNeedStepSchema,
} from "./forms";

const tm = texts.taskForm.errors;
const jm = texts.jobForm.errors;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const goodTask = {
  title: "Fylle varer",
  description: "",
  category: "butikk",
  hoursPerWeek: "7,5",
  slots: ["mon:morning", "tue:morning"],
  municipalityNumber: "5501",
  address: "",
  earliestStart: "",
  strengths: ["noyaktig"],
  tags: "kasse, Kasse, truck",
  physicalDemands: ["standing"],
  socialSetting: "customer-contact",
  adaptations: "",
  mentorPossible: "on",
};

function errorsOf(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return errors;
}

const taskErrors = (changes: Record<string, unknown>) =>
  errorsOf(taskNeedSchema.safeParse({ ...goodTask, ...changes }));

describe("task need form", () => {
  it("accepts a complete task and normalises it", () => {
    const result = taskNeedSchema.parse(goodTask);
    expect(result.hoursPerWeek).toBe(7.5);
    expect(result.tags).toEqual(["kasse", "truck"]);
    expect(result.mentorPossible).toBe(true);
    expect(result.earliestStart).toBeNull();
  });

  it("reads a start date typed the Norwegian way, and the ISO way, as the same day", () => {
    for (const typed of ["04.01.2030", "4.1.30", "2030-01-04", " 4.1.2030 "]) {
      expect(taskNeedSchema.parse({ ...goodTask, earliestStart: typed }).earliestStart, typed).toBe("2030-01-04");
    }
  });

  it.each([
    ["title", "", tm.title],
    ["title", "Te", tm.title],
    ["title", "x".repeat(101), tm.titleLong],
    ["description", "x".repeat(2001), tm.description],
    ["category", "", tm.category],
    ["category", "fiske", tm.category],
    ["hoursPerWeek", "", tm.hours],
    ["hoursPerWeek", "0", tm.hours],
    ["hoursPerWeek", "41", tm.hours],
    ["hoursPerWeek", "2,25", tm.hours],
    ["hoursPerWeek", "mange", tm.hours],
    ["slots", [], tm.slots],
    ["slots", ["mon:night"], tm.slots],
    ["municipalityNumber", "", tm.municipality],
    ["municipalityNumber", "9999", tm.municipality],
    ["address", "x".repeat(201), tm.address],
    ["earliestStart", "12. januar", tm.date],
    ["earliestStart", "30.02.2027", texts.form.noSuchDate],
    ["earliestStart", "2027-02-30", texts.form.noSuchDate],
    ["earliestStart", "2020-01-01", tm.pastDate],
    ["strengths", ["sterk"], tm.strengths],
    ["tags", "x".repeat(301), tm.tags],
    ["physicalDemands", ["flyging"], tm.physicalDemands],
    ["socialSetting", "", tm.socialSetting],
    ["adaptations", "x".repeat(1001), tm.adaptations],
  ])("refuses %s = %j with a Norwegian message", (field, value, message) => {
    expect(taskErrors({ [field]: value })[field]).toContain(message);
  });

  it("explains why the hours do not fit the schedule (7.5 hours per slot)", () => {
    const errors = taskErrors({ hoursPerWeek: "37,5", slots: ["mon:day", "tue:day", "wed:day"] });
    expect(errors.hoursPerWeek).toEqual([tm.hoursDontFit(37.5, 3, 22.5)]);
    expect(tm.hoursDontFit(37.5, 3, 22.5)).toContain("37,5 timer får ikke plass i 3 tidsrom");
    expect(taskErrors({ hoursPerWeek: "22,5", slots: ["mon:day", "tue:day", "wed:day"] })).toEqual({});
  });

  it("accepts today as a start date, and a passed date only when it is the one already saved", () => {
    expect(taskErrors({ earliestStart: todayInOslo() })).toEqual({});
    expect(errorsOf(taskNeedEditSchema("2020-01-01").safeParse({ ...goodTask, earliestStart: "2020-01-01" }))).toEqual(
      {},
    );
    expect(
      errorsOf(taskNeedEditSchema("2020-01-01").safeParse({ ...goodTask, earliestStart: "2020-01-02" })).earliestStart,
    ).toEqual([tm.pastDate]);
  });

  it("validates one step at a time: step 1 does not complain about step 2's fields", () => {
    expect(errorsOf(taskNeedStepSchema(0).safeParse({ title: "Fylle varer", category: "butikk" }))).toEqual({});
    expect(Object.keys(errorsOf(taskNeedStepSchema(1).safeParse({})))).toEqual(
      expect.arrayContaining(["hoursPerWeek", "slots", "municipalityNumber"]),
    );
  });
});

const goodJob = {
  taskIds: ["0b7e7c39-8a4d-4b3e-9d2a-4c1f2a3b4c5d"],
  title: "Butikkmedarbeider",
  description: "",
  hoursPerWeek: "15",
  slots: ["mon:morning", "tue:morning", "wed:morning"],
  employmentForm: "work-trial",
  wageSubsidyExpected: "",
  mentorName: "Kari Nilsen",
  adaptations: "",
  startDate: inDays(14),
};
const jobErrors = (changes: Record<string, unknown>) => errorsOf(carvedJobSchema.safeParse({ ...goodJob, ...changes }));

describe("carved job form", () => {
  it("accepts a complete job", () => {
    const job = carvedJobSchema.parse(goodJob);
    expect(job.hoursPerWeek).toBe(15);
    expect(job.wageSubsidyExpected).toBe(false);
  });

  it.each([
    ["taskIds", [], jm.tasks],
    ["taskIds", ["not-a-uuid"], jm.tasks],
    ["title", "", jm.title],
    ["hoursPerWeek", "40,5", tm.hours],
    ["slots", [], tm.slots],
    ["employmentForm", "", jm.employmentForm],
    ["employmentForm", "freelance", jm.employmentForm],
    ["mentorName", "x".repeat(101), jm.mentorName],
    ["startDate", "", jm.startDate],
    ["startDate", "neste uke", jm.startDate],
    ["startDate", "2020-06-01", tm.pastDate],
  ])("refuses %s = %j with a Norwegian message", (field, value, message) => {
    expect(jobErrors({ [field]: value })[field]).toContain(message);
  });

  it("refuses hours that three morning slots cannot hold", () => {
    expect(jobErrors({ hoursPerWeek: "37,5" }).hoursPerWeek).toEqual([tm.hoursDontFit(37.5, 3, 22.5)]);
  });

  it("lets a started job keep its start date when edited", () => {
    expect(errorsOf(carvedJobEditSchema("2020-06-01").safeParse({ ...goodJob, startDate: "2020-06-01" }))).toEqual({});
  });

  it("checks only the task choice on the first step", () => {
    expect(errorsOf(carvedJobStepSchema(0).safeParse({ taskIds: [] })).taskIds).toEqual([jm.tasks]);
  });
});
