// The live preview of a carved job's summary (app/browser/live-preview.js), for the new-job
// wizard and the job's edit form: hours, days and position size from the fields as they are
// being typed, posted by the form. Nothing is saved; only the organisation's own tasks count.
import type { ActionFunctionArgs } from "@remix-run/node";
import { isUuid } from "~/auth/access-rules";
import { JobSummary } from "~/components/JobSummary";
import { readForm } from "~/forms/read-form.server";
import { wizardValuesFromForm } from "~/forms/wizard";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { carvedJobListFields } from "~/jobs/form-layout";
import { jobSummaryOf } from "~/jobs/rules";
import { previewResponse } from "~/live-preview.server";
import { getDb } from "~/services.server";
import { taskHours } from "../../db/repositories/jobs";

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const formData = await readForm(request);
  const values = wizardValuesFromForm(formData, carvedJobListFields);
  const chosen = (values.taskIds as string[]).filter(isUuid);
  const tasks = await taskHours(getDb(), organisationId, chosen);
  // The wizard's first step is where the tasks are chosen (its hidden `step` is 0 there).
  const summary = jobSummaryOf(values, tasks, formData.get("step") === "0");
  return previewResponse(<JobSummary hours={summary.hours} slots={summary.slots} />);
}
