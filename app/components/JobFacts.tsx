import { BodyLong } from "@navikt/ds-react";
import { weekdayIds } from "~/domain/vocabulary";
import { daysCovered, normaliseSlots, positionPercent, slotParts } from "~/jobs/rules";
import * as texts from "~/texts";

const v = texts.vocabulary;
const label = (vocabulary: Record<string, string>, id: string) => vocabulary[id] ?? id;

/** "Mandag morgen, onsdag dag": a schedule in words. */
export function slotsInWords(slots: readonly string[]): string {
  return normaliseSlots(slots)
    .map((s) => {
      const { day, time } = slotParts(s);
      return texts.schedule.slot(v.weekdays[day], v.timesOfDay[time]);
    })
    .join(", ");
}

/** The days a schedule covers: "Mandag, Onsdag, Fredag"; three or more days in a row as one span, "Mandag–fredag". */
export function daysInWords(slots: readonly string[]): string {
  const order = weekdayIds as readonly string[];
  const runs: string[][] = [];
  for (const day of daysCovered(slots)) {
    const run = runs.at(-1);
    if (run && order.indexOf(day) === order.indexOf(run.at(-1) ?? "") + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => {
      const names = run.map((d) => v.weekdays[d as keyof typeof v.weekdays]);
      return run.length >= 3 ? [`${names[0]}–${names.at(-1)?.toLowerCase()}`] : names;
    })
    .join(", ");
}

export interface TaskFacts {
  title: string;
  description: string;
  category: string;
  hoursPerWeek: number;
  slots: string[];
  municipalityName: string;
  address: string | null;
  earliestStart: string | null;
  strengths: string[];
  tags: string[];
  physicalDemands: string[];
  socialSetting: string;
  adaptations: string;
  mentorPossible: boolean;
}

const t = texts.taskForm;

/** A task need as a description list: the summary step and the task's own page. */
export function TaskNeedFacts({ task }: { task: TaskFacts }) {
  const none = t.notSet;
  return (
    <dl className="facts">
      <dt>{t.taskTitle}</dt>
      <dd>{task.title}</dd>
      <dt>{t.category}</dt>
      <dd>{label(v.interests, task.category)}</dd>
      {task.description ? (
        <>
          <dt>{t.description}</dt>
          <dd>
            <BodyLong>{task.description}</BodyLong>
          </dd>
        </>
      ) : null}
      <dt>{t.hoursPerWeek}</dt>
      <dd>{texts.jobSearch.hoursSlots(task.hoursPerWeek, positionPercent(task.hoursPerWeek))}</dd>
      <dt>{texts.schedule.legend}</dt>
      <dd>{slotsInWords(task.slots)}</dd>
      <dt>{t.municipality}</dt>
      <dd>{task.address ? `${task.address}, ${task.municipalityName}` : task.municipalityName}</dd>
      <dt>{t.earliestStart}</dt>
      <dd>{task.earliestStart ?? texts.jobSearch.asap}</dd>
      <dt>{t.strengths}</dt>
      <dd>{task.strengths.map((s) => label(v.strengths, s)).join(", ") || none}</dd>
      <dt>{t.tags}</dt>
      <dd>{task.tags.join(", ") || none}</dd>
      <dt>{t.physicalDemands}</dt>
      <dd>{task.physicalDemands.map((s) => label(v.physicalDemands, s)).join(", ") || none}</dd>
      <dt>{t.socialSetting}</dt>
      <dd>{label(v.socialSettings, task.socialSetting)}</dd>
      <dt>{t.adaptations}</dt>
      <dd>{task.adaptations || none}</dd>
      <dt>{texts.jobSearch.mentor}</dt>
      <dd>{task.mentorPossible ? texts.profile.yes : texts.profile.no}</dd>
    </dl>
  );
}

export interface JobFactsInput {
  title: string;
  description: string;
  taskTitles: string[];
  hoursPerWeek: number;
  slots: string[];
  employmentForm: string;
  wageSubsidyExpected: boolean;
  mentorName: string | null;
  adaptations: string;
  startDate: string;
  municipalityName: string;
}

const j = texts.jobForm;

export function CarvedJobFacts({ job }: { job: JobFactsInput }) {
  const none = t.notSet;
  return (
    <dl className="facts">
      <dt>{j.jobTitle}</dt>
      <dd>{job.title}</dd>
      <dt>{j.tasksLabel}</dt>
      <dd>{job.taskTitles.join(", ")}</dd>
      {job.description ? (
        <>
          <dt>{j.description}</dt>
          <dd>
            <BodyLong>{job.description}</BodyLong>
          </dd>
        </>
      ) : null}
      <dt>{j.hoursPerWeek}</dt>
      <dd>{texts.jobSearch.hoursSlots(job.hoursPerWeek, positionPercent(job.hoursPerWeek))}</dd>
      <dt>{texts.schedule.legend}</dt>
      <dd>{slotsInWords(job.slots)}</dd>
      <dt>{j.municipality}</dt>
      <dd>{job.municipalityName}</dd>
      <dt>{j.employmentForm}</dt>
      <dd>{label(v.employmentForms, job.employmentForm)}</dd>
      <dt>{j.wageSubsidy}</dt>
      <dd>{job.wageSubsidyExpected ? texts.profile.yes : texts.profile.no}</dd>
      <dt>{j.mentorName}</dt>
      <dd>{job.mentorName || none}</dd>
      <dt>{j.adaptations}</dt>
      <dd>{job.adaptations || none}</dd>
      <dt>{j.startDate}</dt>
      <dd>{job.startDate}</dd>
    </dl>
  );
}
