import { Alert, BodyLong, BodyShort, Heading, Link, Tag } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GrantAnswers } from "~/components/GrantFigures";
import { GrantCalculation } from "~/components/GrantCalculation";
import { GrantFields, ZeroWorthConfirm } from "~/components/GrantFields";
import type { FieldMetadata } from "@conform-to/react";
import { EditStepButton, Wizard } from "~/components/Wizard";
import { type FormValues, readFormValues, wizardPageTitle } from "~/forms/wizard";
import { handleWizardPost } from "~/forms/wizard.server";
import {
  calculationContext,
  inclusionFigures,
  mentorFigures,
  notifySpecialists,
  participantLabel,
  ratesFor,
} from "~/grants/applications.server";
import { stepLabelsFor, stepsFor } from "~/grants/form-layout";
import { wizardFor } from "~/grants/forms";
import { underAgeLimit } from "~/grants/calculation";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { getApplication, saveDraft, submitApplication } from "../../db/repositories/grants";
import { readForm } from "~/forms/read-form.server";
import { WageAnswers, WageFields } from "~/components/WageSubsidy";
import { WAGE_CALC_STEP } from "~/grants/wage-figures";
import { serverRendered } from "~/page-scripts";
import { wageWizard } from "~/grants/wage-forms";
import { CONFIRM_ZERO_FIELD, type GrantKind, worthNothing } from "~/grants/worth";
import { knownPercent, wageContext, wageFiguresFor } from "~/grants/wage.server";
import { offeredKinds } from "~/grants/wage-subsidy";

const t = texts.grants;
const editable = (status: string) => status === "draft" || status === "returned";
// On the summary each step's answers carry their own "Endre" (it goes back to that step).
const editStep = (step: number, label: string) => <EditStepButton step={step} label={label} />;

// Links and plain forms; the calculation step's figures follow the typing through a live preview
// (./arbeidsgiver.$orgId_.tilskudd.$appId_.beregning.tsx). Sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t.title(t.kinds[data.kind], data.who) : t.listTitle },
];

async function load(organisationId: string, appId: string | undefined) {
  const application = await getApplication(getDb(), idParam(appId));
  if (!application || application.organisation_id !== organisationId) notFound();
  return application;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const a = await load(organisationId, params.appId);
  const answers = a.answers as FormValues;
  // Lønnstilskudd: the percentage as far as the employer may know it (midlertidig: from the need),
  // and the kinds the need allows (the need itself stays on the server).
  const { rates, wagePercent, need } = await calculationContext(a);
  return {
    wagePercent,
    wageKinds: offeredKinds(need),
    organisationId,
    id: a.id,
    kind: a.kind,
    status: a.status,
    step: a.step,
    answers,
    rates,
    comments: a.comments,
    decisionReason: a.decision_reason,
    who: await participantLabel(a.candidate_id, organisationId, a.code),
    job: a.job_title,
    sent: new URL(request.url).searchParams.has("sendt"),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const a = await load(organisationId, params.appId);
  if (!editable(a.status))
    return data({ step: 0, values: {} as FormValues, result: undefined, closed: true }, { status: 409 });
  const formData = await readForm(request);
  const formRates = await ratesFor(readFormValues(formData, ["startDate"], []));
  const person = a.kind === "wage" ? await wageContext(a.candidate_id) : null;
  const config = person ? wageWizard(formRates, person) : wizardFor(a.kind as "mentor" | "inclusion", formRates);
  let outcome = handleWizardPost(formData, config);
  // The rates of the year the answers start in, loaded once for the checks and the figures below.
  const rates = await ratesFor(outcome.values);
  // Inkluderingstilskudd: the participant must be under 72 at the end date (birth date never leaves the server).
  const endDate = outcome.values.endDate;
  const checksPeriod = outcome.kind === "complete" || (outcome.status === 200 && outcome.step === 1);
  if (a.kind === "inclusion" && checksPeriod && typeof endDate === "string") {
    const identity = await getDb()
      .selectFrom("candidate_identities")
      .select("birth_date")
      .where("candidate_id", "=", a.candidate_id)
      .executeTakeFirstOrThrow();
    if (!underAgeLimit(identity.birth_date, endDate, rates)) {
      outcome = {
        kind: "render",
        status: 400,
        step: 0,
        values: outcome.values,
        result: { status: "error", error: { endDate: [t.errors.tooOld] } },
      };
    }
  }
  // An application worth 0 kr goes only with the employer's explicit confirmation on the summary.
  if (outcome.kind === "complete") {
    const percent = person ? knownPercent(outcome.values, person.need, null) : null;
    const rates = await ratesFor(outcome.values);
    if (
      worthNothing(a.kind as GrantKind, outcome.values, rates, percent) &&
      formData.get(CONFIRM_ZERO_FIELD) !== "on"
    ) {
      outcome = {
        kind: "render",
        status: 400,
        step: config.steps.length - 1,
        values: outcome.values,
        result: { status: "error", error: { [CONFIRM_ZERO_FIELD]: [t.errors.confirmZero] } },
      };
    }
  }
  const db = getDb();
  if (outcome.kind === "complete") {
    const figures =
      a.kind === "mentor"
        ? mentorFigures(outcome.values, rates)
        : a.kind === "wage"
          ? wageFiguresFor(outcome.values, rates, knownPercent(outcome.values, person?.need ?? null, null))
          : inclusionFigures(outcome.values, rates);
    await saveDraft(db, a.id, outcome.values, config.steps.length - 1);
    await submitApplication(db, a.id, { answers: outcome.values, figures }, rates.year);
    const link = `${new URL(request.url).origin}/spesialist/tilskudd/${a.id}`;
    await notifySpecialists(a.office_id, a.specialist_id, a.kind, a.organisation_name, link);
    return redirect(`/arbeidsgiver/${organisationId}/tilskudd/${a.id}?sendt=1`);
  }
  // Every step, valid or not, is kept on the server: the employer can leave and come back.
  await saveDraft(db, a.id, outcome.values, outcome.step);
  const labels = stepLabelsFor(a.kind);
  const base = t.title(t.kinds[a.kind], await participantLabel(a.candidate_id, organisationId, a.code));
  const pageTitle = wizardPageTitle(base, labels, outcome.step, outcome.result?.error);
  return data(
    { step: outcome.step, values: outcome.values, result: outcome.result, closed: false, pageTitle },
    { status: outcome.status },
  );
}

export default function GrantApplication() {
  const l = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const step = actionData?.step ?? l.step;
  const values = actionData?.values ?? l.answers;
  const labels = stepLabelsFor(l.kind);
  const steps = stepsFor(l.kind);
  const figures = (answers: FormValues) => (
    <GrantCalculation kind={l.kind as GrantKind} answers={answers} rates={l.rates} wagePercent={l.wagePercent} />
  );
  const summary = step === labels.length - 1;
  const heading = (
    <>
      <Heading level="1" size="xlarge">
        {t.heading(t.kinds[l.kind], l.who)}
      </Heading>
      <div className="row-actions">
        <Tag size="small" variant={l.status === "approved" ? "success" : l.status === "rejected" ? "error" : "info"}>
          {t.statuses[l.status]}
        </Tag>
        <span>{l.job}</span>
      </div>
      {l.kind === "wage" ? (
        <BodyShort>
          <Link href="/lonnstilskudd">{texts.calculator.linkText}</Link>
          {` – ${texts.calculator.linkHelp}`}
        </BodyShort>
      ) : null}
    </>
  );
  if (!editable(l.status)) {
    return (
      <div className="stack narrow-wide">
        {heading}
        {l.sent ? (
          <Alert variant="success" role="status">
            {t.submitted}
          </Alert>
        ) : null}
        {l.decisionReason ? <BodyLong>{l.decisionReason}</BodyLong> : null}
        {l.status === "approved" || l.status === "rejected" ? (
          <Link href={`/arbeidsgiver/${l.organisationId}/tilskudd/${l.id}/vedtak`}>{texts.decisionPage.link}</Link>
        ) : null}
        {figures(l.answers)}
        {l.kind === "wage" ? (
          <WageAnswers answers={l.answers} steps={steps} />
        ) : (
          <GrantAnswers kind={l.kind} answers={l.answers} stepLabels={labels} steps={steps} />
        )}
      </div>
    );
  }
  const calcStep = l.kind === "mentor" ? 4 : l.kind === "wage" ? WAGE_CALC_STEP : 2;
  return (
    <div className="stack">
      {heading}
      <BodyLong>{l.status === "returned" ? t.returnedNotice : t.draftSaved}</BodyLong>
      {actionData?.closed ? <Alert variant="error">{texts.form.conflict}</Alert> : null}
      <Wizard
        key={step}
        id={`grant-${l.kind}`}
        stepLabels={labels}
        step={step}
        values={values}
        stepFields={summary ? [CONFIRM_ZERO_FIELD] : (steps[step] ?? [])}
        listFields={[]}
        lastResult={actionData?.result}
        submitButtons={[{ intent: "submit", label: t.submit }]}
        aside={step === calcStep || summary ? figures : undefined}
        liveUrl={`/arbeidsgiver/${l.organisationId}/tilskudd/${l.id}/beregning`}
      >
        {(fields) =>
          summary ? (
            <div className="stack">
              {l.kind === "wage" ? (
                <WageAnswers answers={values} steps={steps} edit={editStep} />
              ) : (
                <GrantAnswers kind={l.kind} answers={values} stepLabels={labels} steps={steps} edit={editStep} />
              )}
              {worthNothing(l.kind, values, l.rates, l.wagePercent) ? (
                <ZeroWorthConfirm field={fields[CONFIRM_ZERO_FIELD] as FieldMetadata<any>} />
              ) : null}
            </div>
          ) : l.kind === "wage" ? (
            <WageFields
              names={steps[step] ?? []}
              fields={fields}
              rates={l.rates}
              kinds={l.wageKinds}
              comment={(l.comments as Record<string, string>)[String(step)]}
            />
          ) : (
            <GrantFields
              kind={l.kind}
              names={steps[step] ?? []}
              fields={fields}
              rates={l.rates}
              comment={(l.comments as Record<string, string>)[String(step)]}
            />
          )
        }
      </Wizard>
    </div>
  );
}
