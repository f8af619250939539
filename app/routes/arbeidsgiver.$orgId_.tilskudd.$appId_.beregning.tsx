// The live preview of a grant application's figures (app/browser/live-preview.js): the same
// calculation the application's page shows, from the fields as they are being typed. Nothing is
// saved; the employer must have access to the application, as for its page.
import type { ActionFunctionArgs } from "@remix-run/node";
import { GrantCalculation } from "~/components/GrantCalculation";
import { wizardValuesFromForm } from "~/forms/wizard";
import { calculationContext } from "~/grants/applications.server";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { readForm } from "~/forms/read-form.server";
import { previewResponse } from "~/live-preview.server";
import { getDb } from "~/services.server";
import { getApplication } from "../../db/repositories/grants";

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const application = await getApplication(getDb(), idParam(params.appId));
  if (!application || application.organisation_id !== organisationId) notFound();
  const { rates, wagePercent } = await calculationContext(application);
  const answers = { ...(application.answers as object), ...wizardValuesFromForm(await readForm(request), []) };
  return previewResponse(
    <GrantCalculation kind={application.kind} answers={answers} rates={rates} wagePercent={wagePercent} />,
  );
}
