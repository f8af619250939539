import { BodyLong, Heading, Link } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TaskNeedFacts } from "~/components/JobFacts";
import { TaskNeedFields } from "~/components/TaskNeedFields";
import { EditStepButton, Wizard } from "~/components/Wizard";
import { type FormValues, wizardPageTitle } from "~/forms/wizard";
import { handleWizardPost } from "~/forms/wizard.server";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { taskNeedListFields, taskNeedSteps } from "~/jobs/form-layout";
import { taskNeedSchema, taskNeedStepSchema } from "~/jobs/forms";
import { taskFacts, taskFormValues, toTaskNeedInput } from "~/jobs/values";
import { isUuid } from "~/auth/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { findOrganisation } from "../../db/repositories/organisations";
import { createTaskNeed, getTaskNeed } from "../../db/repositories/jobs";
import { readForm } from "~/forms/read-form.server";
import { serverRendered } from "~/page-scripts";

const t = texts.taskForm;
const SUMMARY = taskNeedSteps.length - 1;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: wizardPageTitle(t.title, t.steps, 0) }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const db = getDb();
  const organisation = await findOrganisation(db, organisationId);
  // "Lag en kopi": the guided flow starts from an existing task; nothing is saved until published.
  const copyOf = new URL(request.url).searchParams.get("kopi") ?? undefined;
  const source = isUuid(copyOf) ? await getTaskNeed(db, organisationId, copyOf) : undefined;
  const values: FormValues = source
    ? taskFormValues(source, { title: t.copyOf(source.title).slice(0, 100), earliestStart: "" })
    : { municipalityNumber: organisation?.municipality_number ?? "" };
  return {
    organisationId,
    organisationName: organisation?.name ?? "",
    values,
    copied: Boolean(source),
    municipalities: municipalityChoices(),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const outcome = handleWizardPost(await readForm(request), {
    steps: taskNeedSteps,
    listFields: taskNeedListFields,
    stepSchema: taskNeedStepSchema,
    fullSchema: taskNeedSchema,
  });
  if (outcome.kind === "complete") {
    await createTaskNeed(getDb(), organisationId, user.id, toTaskNeedInput(outcome.value));
    return redirect(`/arbeidsgiver/${organisationId}?lagret=oppgave`);
  }
  const preview = outcome.step === SUMMARY ? taskNeedSchema.safeParse(outcome.values) : undefined;
  return data(
    {
      step: outcome.step,
      values: outcome.values,
      result: outcome.result,
      preview: preview?.success ? taskFacts(preview.data) : null,
      pageTitle: wizardPageTitle(t.title, t.steps, outcome.step, outcome.result?.error),
    },
    { status: outcome.status },
  );
}

export default function NewTaskNeed() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const step = actionData?.step ?? 0;
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{loaderData.copied && !actionData ? t.duplicated : t.intro}</BodyLong>
      <Wizard
        key={step}
        id="task-need"
        stepLabels={t.steps}
        step={step}
        values={values}
        stepFields={taskNeedSteps[step] ?? []}
        listFields={taskNeedListFields}
        lastResult={actionData?.result}
        submitButtons={[{ intent: "submit", label: t.publish }]}
      >
        {(fields) =>
          step === SUMMARY ? (
            <div className="stack">
              {actionData?.preview ? <TaskNeedFacts task={actionData.preview} /> : null}
              <div className="row-actions">
                {t.steps.slice(0, SUMMARY).map((label, i) => (
                  <EditStepButton key={label} step={i} label={label} />
                ))}
              </div>
            </div>
          ) : (
            <TaskNeedFields
              names={taskNeedSteps[step] ?? []}
              fields={fields}
              municipalities={loaderData.municipalities}
            />
          )
        }
      </Wizard>
      <Link href={`/arbeidsgiver/${loaderData.organisationId}`}>{texts.editProfile.cancel}</Link>
    </div>
  );
}
