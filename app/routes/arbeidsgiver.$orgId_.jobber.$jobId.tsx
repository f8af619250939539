import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/forms/echo";
import { Alert, BodyShort, Button, Fieldset, Heading, Link, Tag } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { CarvedJobFields } from "~/components/CarvedJobFields";
import { CarvedJobFacts } from "~/components/JobFacts";
import { JobSummary } from "~/components/JobSummary";
import { LivePreviewScript, livePreviewAttributes } from "~/components/LivePreview";
import { wizardValuesFromForm } from "~/forms/wizard";
import { serverRendered } from "~/page-scripts";
import { FormErrors } from "~/components/FormErrors";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { carvedJobListFields, carvedJobSteps } from "~/jobs/form-layout";
import { carvedJobEditSchema } from "~/jobs/forms";
import { canChangeJobStatus, jobSummaryOf, sumHours } from "~/jobs/rules";
import { jobFormValues, toCarvedJobInput } from "~/jobs/values";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { eligibleMatches } from "~/grants/applications.server";
import { municipalityName } from "../../db/data/places";
import type { JobStatus } from "../../db/schema";
import {
  TaskNotAvailableError,
  getCarvedJob,
  listTaskNeeds,
  setJobStatus,
  updateCarvedJob,
} from "../../db/repositories/jobs";
import { readForm } from "~/forms/read-form.server";

const t = texts.jobForm;

// Links and plain forms; the summary beside the edit form follows the typing through a live
// preview (./arbeidsgiver.$orgId_.jobber.oppsummering.tsx). Sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.editTitle(data?.job.title ?? "") }];

const notices: Record<string, string> = { publisert: t.created, utkast: t.draftSaved };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const jobId = idParam(params.jobId);
  const db = getDb();
  const job = await getCarvedJob(db, organisationId, jobId);
  if (!job) notFound();
  const own = new Set(job.tasks.map((x) => x.id));
  const open = await listTaskNeeds(db, organisationId, { status: "open" });
  const choices = [...job.tasks, ...open.filter((x) => !own.has(x.id))].map((x) => ({
    id: x.id,
    title: x.title,
    hours: x.hours_per_week,
    slots: x.slots,
  }));
  // The people hired into this job: a lønnstilskudd can be started from here.
  const hires = (await eligibleMatches(organisationId))
    .filter((m) => m.hired && m.carvedJobId === job.id)
    .map((m) => ({ id: m.id, who: m.who }));
  return {
    organisationId,
    hires,
    job: {
      id: job.id,
      title: job.title,
      status: job.status,
      startDate: job.start_date,
      facts: {
        title: job.title,
        description: job.description,
        taskTitles: job.tasks.map((x) => x.title),
        hoursPerWeek: job.hours_per_week,
        slots: job.slots,
        employmentForm: job.employment_form,
        wageSubsidyExpected: job.wage_subsidy_expected,
        mentorName: job.mentor_name,
        adaptations: job.adaptations,
        startDate: job.start_date,
        municipalityName: municipalityName(job.municipality_number),
      },
    },
    values: jobFormValues(
      job,
      job.tasks.map((x) => x.id),
    ),
    choices,
    notice: notices[new URL(request.url).searchParams.get("lagret") ?? ""] ?? null,
  };
}

const statusIntents: Record<string, { status: JobStatus; notice: string }> = {
  publish: { status: "open", notice: t.published },
  fill: { status: "filled", notice: t.filled },
  close: { status: "closed", notice: t.closed },
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const jobId = idParam(params.jobId);
  const db = getDb();
  const saved = await getCarvedJob(db, organisationId, jobId);
  if (!saved) notFound();
  const formData = await readForm(request);
  const change = statusIntents[String(formData.get("intent"))];
  if (change) {
    const outcome = await setJobStatus(db, organisationId, jobId, change.status);
    if (outcome !== "changed")
      return data({ notice: null, error: t.statusNotAllowed, result: undefined }, { status: 409 });
    return data({ notice: change.notice, error: null, result: undefined });
  }
  const schema = carvedJobEditSchema(saved.start_date);
  const submission = parseForm(formData, schema);
  if (submission.status !== "success")
    return data({ notice: null, error: null, result: submission.reply() }, { status: 400 });
  try {
    await updateCarvedJob(db, organisationId, jobId, toCarvedJobInput(submission.value));
  } catch (error) {
    if (!(error instanceof TaskNotAvailableError)) throw error;
    return data(
      { notice: null, error: null, result: submission.reply({ fieldErrors: { taskIds: [t.errors.taskGone] } }) },
      { status: 400 },
    );
  }
  return data({ notice: t.saved, error: null, result: submission.reply() });
}

export default function CarvedJobPage() {
  const { organisationId, hires, job, values, choices, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [live, setLive] = useState(values);
  const [form, fields] = useForm({
    id: `job-${job.id}`,
    lastResult: actionData?.result,
    defaultValue: values,
    // Validated on the server only: employer pages ship no validator (docs/decisions/009).
  });
  const status = job.status as JobStatus;
  const message = actionData ? actionData.notice : notice;
  const chosen = (values.taskIds as string[]) ?? [];
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {job.title}
      </Heading>
      <div className="row-actions">
        <Tag variant={status === "open" ? "success" : status === "draft" ? "warning" : "neutral"} size="small">
          {texts.vocabulary.jobStatuses[status]}
        </Tag>
      </div>
      {message ? (
        <Alert variant="success" role="status">
          {message}
        </Alert>
      ) : null}
      {actionData?.error ? (
        <Alert variant="error" role="alert">
          {actionData.error}
        </Alert>
      ) : null}
      <div className="row-actions">
        {canChangeJobStatus(status, "open") ? <StatusButton intent="publish" label={t.publishNow} primary /> : null}
        {canChangeJobStatus(status, "filled") ? <StatusButton intent="fill" label={t.markFilled} /> : null}
        {canChangeJobStatus(status, "closed") ? <StatusButton intent="close" label={t.close} /> : null}
        <Link href={`/arbeidsgiver/${organisationId}/jobber/ny?kopi=${job.id}`}>{t.duplicate}</Link>
      </div>
      <CarvedJobFacts job={job.facts} />
      {hires.length > 0 ? (
        <section aria-labelledby="hires-heading" className="stack">
          <Heading level="2" size="medium" id="hires-heading">
            {texts.wage.hiresHeading}
          </Heading>
          <ul className="stack-tight">
            {hires.map((h) => (
              <li key={h.id} className="row-actions">
                <BodyShort>{h.who}</BodyShort>
                <Form method="post" action={`/arbeidsgiver/${organisationId}/tilskudd`}>
                  <input type="hidden" name="kind" value="wage" />
                  <input type="hidden" name="proposalId" value={h.id} />
                  <Button type="submit" size="small" variant="secondary">
                    {texts.wage.startFromJob} <span className="visually-hidden">{h.who}</span>
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {status === "closed" ? null : (
        <section aria-labelledby="edit-heading" className="wizard-layout">
          <Form
            method="post"
            className="stack"
            {...getFormProps(form)}
            aria-labelledby="edit-heading"
            onChange={(e) => setLive(wizardValuesFromForm(new FormData(e.currentTarget), carvedJobListFields))}
            {...livePreviewAttributes(`/arbeidsgiver/${organisationId}/jobber/oppsummering`, "job-preview")}
          >
            <Heading level="2" size="large" id="edit-heading">
              {texts.wizard.edit}
            </Heading>
            <input type="hidden" name="intent" value="save" />
            <FormErrors form={form} />
            {t.steps.slice(0, -1).map((label, i) => (
              <Fieldset key={label} legend={label} className="stack">
                <CarvedJobFields
                  names={carvedJobSteps[i] ?? []}
                  fields={fields}
                  tasks={choices}
                  hoursSum={sumHours(choices.filter((c) => chosen.includes(c.id)).map((c) => c.hours))}
                />
              </Fieldset>
            ))}
            <div>
              <Button type="submit" loading={navigation.state === "submitting"}>
                {t.save}
              </Button>
            </div>
          </Form>
          <div className="wizard-aside" id="job-preview">
            <JobSummary {...jobSummaryOf(live, choices, false)} />
          </div>
          <LivePreviewScript />
        </section>
      )}
    </div>
  );
}

function StatusButton({ intent, label, primary = false }: { intent: string; label: string; primary?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <Button type="submit" size="small" variant={primary ? "primary" : "secondary"}>
        {label}
      </Button>
    </Form>
  );
}
