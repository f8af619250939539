// The live preview of a carved job's summary (app/browser/live-preview.js), for the new-job
// wizard and the job's edit form: hours, days and position size from the fields as they are
// being typed. Nothing is saved; only the organisation's own tasks count.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { JobSummary } from "~/components/JobSummary";
import { wizardValuesFromForm } from "~/forms/wizard";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { carvedJobListFields } from "~/jobs/form-layout";
import { jobSummaryOf } from "~/jobs/rules";
import { previewResponse, queryFormData } from "~/live-preview.server";
import { getDb } from "~/services.server";
import { listTaskNeeds } from "../../db/repositories/jobs";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const formData = queryFormData(request);
  const tasks = (await listTaskNeeds(getDb(), organisationId)).map((task) => ({
    id: task.id,
    hours: task.hours_per_week,
    slots: task.slots,
  }));
  // The wizard's first step is where the tasks are chosen (its hidden `step` is 0 there).
  const fromTasks = formData.get("step") === "0";
  const summary = jobSummaryOf(wizardValuesFromForm(formData, carvedJobListFields), tasks, fromTasks);
  return previewResponse(<JobSummary hours={summary.hours} slots={summary.slots} />);
}
