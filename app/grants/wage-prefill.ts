// A lønnstilskudd application started from a carved job starts with what the job already says:
// its title, its tasks, its position (hours of 37.5) and the days it covers, and whether the
// employment is permanent. The employer can change each of these in the form.
import { daysCovered, positionPercent } from "../jobs/rules";

export interface CarvedJobForPrefill {
  title: string;
  hours_per_week: number;
  slots: readonly string[];
  employment_form: "work-trial" | "temporary" | "permanent";
  tasks: ReadonlyArray<{ title: string }>;
}

/** Wizard answers (as typed text, Norwegian decimals) taken from a carved job. */
export function wageAnswersFromJob(job: CarvedJobForPrefill): Record<string, string> {
  const answers: Record<string, string> = {
    jobTitle: job.title,
    positionPercent: String(positionPercent(job.hours_per_week)).replace(".", ","),
  };
  if (job.tasks.length > 0) answers.tasks = job.tasks.map((t) => t.title).join(", ");
  const days = daysCovered(job.slots).length;
  if (days > 0) answers.daysPerWeek = String(days);
  // A work trial is not an employment: the employer says which it becomes.
  if (job.employment_form !== "work-trial") answers.employmentType = job.employment_form;
  return answers;
}
