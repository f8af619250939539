import { BodyLong, Heading, Link } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { isUuid } from "~/auth/access.server";
import { CarvedJobFields, type TaskChoice } from "~/components/CarvedJobFields";
import { CarvedJobFacts, type JobFactsInput } from "~/components/JobFacts";
import { JobSummary } from "~/components/JobSummary";
import { ReadMore } from "~/components/ReadMore";
import { EditStepButton, Wizard } from "~/components/Wizard";
import { type FormValues, wizardPageTitle } from "~/forms/wizard";
import { handleWizardPost } from "~/forms/wizard.server";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { carvedJobListFields, carvedJobSteps } from "~/jobs/form-layout";
import { carvedJobSchema, carvedJobStepSchema } from "~/jobs/forms";
import { jobSummaryOf, sumHours } from "~/jobs/rules";
import { jobDefaultsFromTasks, jobFormValues, toCarvedJobInput } from "~/jobs/values";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { municipalityName } from "../../db/data/places";
import { TaskNotAvailableError, createCarvedJob, getCarvedJob, listTaskNeeds } from "../../db/repositories/jobs";
import { readForm } from "~/forms/read-form.server";
import { serverRendered } from "~/page-scripts";

const t = texts.jobForm;
const SUMMARY = carvedJobSteps.length - 1;

// Links and plain forms; the summary beside the form follows the typing through a live preview
// (./arbeidsgiver.$orgId_.jobber.oppsummering.tsx). Sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: wizardPageTitle(t.title, t.steps, 0) }];

async function openTasks(organisationId: string) {
  return listTaskNeeds(getDb(), organisationId, { status: "open" });
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const tasks = await openTasks(organisationId);
  const url = new URL(request.url);
  const copyOf = url.searchParams.get("kopi") ?? undefined;
  const source = isUuid(copyOf) ? await getCarvedJob(getDb(), organisationId, copyOf) : undefined;
  const openIds = new Set(tasks.map((x) => x.id));
  // A copy starts from the same tasks (those still open), hours and schedule; nothing is saved until the end.
  const values: FormValues = source
    ? jobFormValues(
        source,
        source.tasks.map((x) => x.id).filter((id) => openIds.has(id)),
        { title: t.copyOf(source.title).slice(0, 100), startDate: "" },
      )
    : { taskIds: url.searchParams.getAll("oppgave").filter((id) => openIds.has(id)) };
  return {
    organisationId,
    copied: Boolean(source),
    values,
    tasks: tasks.map((x): TaskChoice & { municipalityNumber: string } => ({
      id: x.id,
      title: x.title,
      hours: x.hours_per_week,
      slots: x.slots,
      municipalityNumber: x.municipality_number,
    })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const tasks = await openTasks(organisationId);
  const formData = await readForm(request);
  const outcome = handleWizardPost(formData, {
    steps: carvedJobSteps,
    listFields: carvedJobListFields,
    stepSchema: carvedJobStepSchema,
    fullSchema: carvedJobSchema,
  });
  const taskGone = (values: FormValues) =>
    data(
      {
        step: 0,
        values,
        result: { status: "error" as const, error: { taskIds: [t.errors.taskGone] } },
        preview: null,
        pageTitle: wizardPageTitle(t.title, t.steps, 0, { taskIds: [t.errors.taskGone] }),
      },
      { status: 400 },
    );
  if (outcome.kind === "complete") {
    try {
      const id = await createCarvedJob(
        getDb(),
        organisationId,
        user.id,
        toCarvedJobInput(outcome.value),
        outcome.variant === "draft" ? "draft" : "open",
      );
      return redirect(
        `/arbeidsgiver/${organisationId}/jobber/${id}?lagret=${outcome.variant === "draft" ? "utkast" : "publisert"}`,
      );
    } catch (error) {
      if (error instanceof TaskNotAvailableError) return taskGone(outcome.values);
      throw error;
    }
  }
  const chosen = (outcome.values.taskIds as string[] | undefined) ?? [];
  if (outcome.status === 200 && chosen.some((id) => !tasks.some((x) => x.id === id))) return taskGone(outcome.values);
  const values = outcome.step === 1 ? jobDefaultsFromTasks(outcome.values, tasks) : outcome.values;
  let preview: JobFactsInput | null = null;
  if (outcome.step === SUMMARY) {
    const parsed = carvedJobSchema.safeParse(values);
    const picked = tasks.filter((x) => chosen.includes(x.id));
    if (parsed.success) {
      preview = {
        ...parsed.data,
        taskTitles: picked.map((x) => x.title),
        mentorName: parsed.data.mentorName || null,
        municipalityName: municipalityName(picked[0]?.municipality_number ?? ""),
      };
    }
  }
  const pageTitle = wizardPageTitle(t.title, t.steps, outcome.step, outcome.result?.error);
  return data({ step: outcome.step, values, result: outcome.result, preview, pageTitle }, { status: outcome.status });
}

export default function CarveJob() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const step = actionData?.step ?? 0;
  const values = actionData?.values ?? loaderData.values;
  const { tasks } = loaderData;
  const chosenTasks = (v: FormValues) =>
    tasks.filter((x) => ((v.taskIds as string[] | undefined) ?? []).includes(x.id));
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <ReadMore header={texts.explain.carveTitle}>{texts.explain.carve}</ReadMore>
      <BodyLong>{loaderData.copied && !actionData ? t.duplicated : t.intro}</BodyLong>
      <Wizard
        key={step}
        id="carved-job"
        stepLabels={t.steps}
        step={step}
        values={values}
        stepFields={carvedJobSteps[step] ?? []}
        listFields={carvedJobListFields}
        lastResult={actionData?.result}
        submitButtons={[
          { intent: "submit:open", label: t.publish },
          { intent: "submit:draft", label: t.saveDraft, variant: "secondary" },
        ]}
        aside={(live) => {
          const summary = jobSummaryOf(live, tasks, step === 0);
          return <JobSummary hours={summary.hours} slots={summary.slots} />;
        }}
        liveUrl={`/arbeidsgiver/${loaderData.organisationId}/jobber/oppsummering`}
      >
        {(fields, v) =>
          step === SUMMARY ? (
            <div className="stack">
              {actionData?.preview ? <CarvedJobFacts job={actionData.preview} /> : null}
              <div className="row-actions">
                {t.steps.slice(0, SUMMARY).map((label, i) => (
                  <EditStepButton key={label} step={i} label={label} />
                ))}
              </div>
            </div>
          ) : (
            <CarvedJobFields
              names={carvedJobSteps[step] ?? []}
              fields={fields}
              tasks={tasks}
              hoursSum={sumHours(chosenTasks(v).map((x) => x.hours))}
            />
          )
        }
      </Wizard>
      <Link href={`/arbeidsgiver/${loaderData.organisationId}`}>{texts.editProfile.cancel}</Link>
    </div>
  );
}
