import { Alert, BodyShort, Button, Fieldset, Heading, Radio, RadioGroup, Tag, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { audit, requireRole } from "~/auth/access.server";
import { ExpenseTotal, GrantAnswers, MentorCalculation } from "~/components/GrantFigures";
import type { FormValues } from "~/forms/wizard";
import { notifyEmployer, ratesFor } from "~/grants/applications.server";
import { stepLabelsFor, stepsFor } from "~/grants/form-layout";
import { idParam, notFound } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import { echoValues } from "~/forms/echo";
import * as texts from "~/texts";
import { decideApplication, getApplication } from "../../db/repositories/grants";
import { readForm } from "~/forms/read-form.server";
import { Link, TextField } from "@navikt/ds-react";
import { WageAnswers, WageCalculation } from "~/components/WageSubsidy";
import { mentorFigures } from "~/grants/figures";
import { zonePercent } from "~/grants/wage-figures";
import { knownPercent, wageFiguresFor, wageKindOf } from "~/grants/wage.server";
import { SUMMER_PERCENTS, kindAllowed, midlertidigPercent, percentAllowed } from "~/grants/wage-subsidy";
import { formatPercent } from "~/format";
import { getNeed, setDecidedPercent, storePeriodPlan } from "../../db/repositories/wage-subsidy";

const t = texts.review;
const g = texts.grants;
const w = texts.wage.decision;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t.title(g.kinds[data.kind], data.who) : t.queueTitle },
];

async function load(officeId: string | null, appId: string | undefined) {
  const a = await getApplication(getDb(), idParam(appId));
  // The office following the candidate decides; drafts are the employer's own business.
  if (!a || a.office_id !== officeId || a.status === "draft") notFound();
  return a;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const a = await load(user.navOfficeId, params.appId);
  const identity = await getDb()
    .selectFrom("candidate_identities")
    .select("name")
    .where("candidate_id", "=", a.candidate_id)
    .executeTakeFirstOrThrow();
  const answers = ((a.submitted as { answers?: FormValues } | null)?.answers ?? a.answers) as FormValues;
  const need = a.kind === "wage" ? await getNeed(getDb(), a.candidate_id) : null;
  const wageKind = a.kind === "wage" ? wageKindOf(answers) : null;
  return {
    candidateId: a.candidate_id,
    need,
    wageKind,
    wagePercent: a.kind === "wage" ? knownPercent(answers, need, a.decided_percent) : null,
    kindRefused: wageKind && need ? !kindAllowed(wageKind, need).ok : false,
    id: a.id,
    kind: a.kind,
    status: a.status,
    who: `${identity.name} (${a.code})`,
    organisation: a.organisation_name,
    job: a.job_title,
    answers,
    rates: await ratesFor(answers),
    reason: a.decision_reason,
  };
}

/** The comment fields, one per step of the longest application form but its last: comment0, comment1, … */
const commentFields = Object.fromEntries(
  Array.from(
    { length: Math.max(g.mentorSteps.length, g.inclusionSteps.length, texts.wage.steps.length) - 1 },
    (_, i) => [`comment${i}`, z.string().max(1000).optional()],
  ),
);
const decisionSchema = z
  .object({
    decision: z.enum(["approved", "rejected", "returned"], { message: t.decision }),
    reason: z.string().trim().max(2000).optional().default(""),
    percent: z.string().trim().max(10).optional().default(""),
    ...commentFields,
  })
  .catchall(z.string().max(1000));

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const a = await load(user.navOfficeId, params.appId);
  const form = Object.fromEntries(await readForm(request)) as Record<string, string>;
  // Sent back with an error: each value no longer than its field allows.
  const echo = echoValues(form, decisionSchema);
  const parsed = decisionSchema.safeParse(form);
  const errors: Record<string, string> = {};
  if (!parsed.success) errors.decision = t.decision;
  const decision = parsed.success ? parsed.data.decision : null;
  const reason = parsed.success ? parsed.data.reason : "";
  const comments = Object.fromEntries(
    Object.entries(form)
      .filter(([k, v]) => k.startsWith("comment") && v.trim() !== "")
      .map(([k, v]) => [k.slice("comment".length), v.trim().slice(0, 1000)]),
  );
  if (decision && decision !== "returned" && reason.length < 3) errors.reason = t.reasonRequired;
  if (decision === "returned" && Object.keys(comments).length === 0) errors.comments = t.commentsRequired;
  const answers = ((a.submitted as { answers?: FormValues } | null)?.answers ?? a.answers) as FormValues;
  // Lønnstilskudd: the percentage is NAV's call, checked against the kind and the person's need.
  let percent: number | null = null;
  if (a.kind === "wage" && decision === "approved") {
    const kind = wageKindOf(answers);
    const need = await getNeed(getDb(), a.candidate_id);
    const typed = Number((parsed.success ? parsed.data.percent : "").replace(",", "."));
    percent = kind === "midlertidig" && need ? midlertidigPercent(need) : typed;
    if (!need) errors.percent = w.needMissing;
    else if (!kind || !kindAllowed(kind, need).ok) errors.percent = w.notAllowed;
    else if (
      !percentAllowed(kind, percent, need) ||
      (parsed.success && parsed.data.percent === "" && kind !== "midlertidig")
    )
      errors.percent = kind === "varig" ? w.percentVarigError : w.percentSummerError;
  }
  if (Object.keys(errors).length) return data({ errors, values: echo, done: false }, { status: 400 });
  const decided =
    decision !== null &&
    (await getDb()
      .transaction()
      .execute(async (trx) => {
        if (!(await decideApplication(trx, a.id, { status: decision, by: user.id, reason, comments }))) return false;
        if (decision !== "approved") return true;
        // The approved period plan, one row per tilskuddsperiode: what refund claims are checked against.
        const rates = await ratesFor(answers);
        const plan =
          a.kind === "wage"
            ? wageFiguresFor(answers, rates, percent)?.plan
            : a.kind === "mentor"
              ? mentorFigures(answers, rates)?.plan
              : null;
        if (a.kind === "wage") await setDecidedPercent(trx, a.id, percent);
        if (plan) await storePeriodPlan(trx, a.id, plan.periods);
        return true;
      }));
  if (!decision || !decided) {
    return data(
      { errors: { decision: texts.form.conflict } as Record<string, string>, values: echo, done: false },
      { status: 409 },
    );
  }
  await audit(context, user, {
    action: "grant.decided",
    subjectType: "grant_application",
    subjectId: a.id,
    organisationId: a.organisation_id,
    details: { decision, kind: a.kind },
  });
  await notifyEmployer(
    a.organisation_id,
    a.kind,
    decision,
    `${new URL(request.url).origin}/arbeidsgiver/${a.organisation_id}/tilskudd/${a.id}`,
  );
  return data({ errors: {} as Record<string, string>, values: {} as Record<string, string>, done: true });
}

export default function ReviewApplication() {
  const r = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const labels = stepLabelsFor(r.kind);
  const steps = stepsFor(r.kind);
  const values = result?.values ?? {};
  return (
    <div className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {g.heading(g.kinds[r.kind], r.who)}
      </Heading>
      <div className="row-actions">
        <Tag size="small" variant="info">
          {g.statuses[r.status]}
        </Tag>
        <span>{`${r.organisation} – ${r.job}`}</span>
      </div>
      {result?.done ? (
        <Alert variant="success" role="status">
          {t.decided}
        </Alert>
      ) : null}
      {r.kind === "mentor" ? (
        <MentorCalculation answers={r.answers} rates={r.rates} />
      ) : r.kind === "wage" ? (
        <>
          <BodyShort>
            {`${texts.needs.legend}: ${r.need ? texts.needs.options[r.need] : texts.needs.none} `}
            <Link href={`/spesialist/kandidater/${r.candidateId}/innsatsbehov`}>{texts.needs.link}</Link>
          </BodyShort>
          {r.kindRefused ? <Alert variant="warning">{w.notAllowed}</Alert> : null}
          <WageCalculation
            answers={r.answers}
            employerTaxPercent={zonePercent(r.answers, r.rates)}
            percent={r.wagePercent}
          />
        </>
      ) : (
        <ExpenseTotal answers={r.answers} rates={r.rates} />
      )}
      <section aria-labelledby="answers-heading" className="stack">
        <Heading level="2" size="medium" id="answers-heading">
          {t.answersHeading}
        </Heading>
        {r.kind === "wage" ? (
          <WageAnswers answers={r.answers} steps={steps} />
        ) : (
          <GrantAnswers kind={r.kind} answers={r.answers} stepLabels={labels} steps={steps} />
        )}
      </section>
      {r.status === "submitted" && !result?.done ? (
        <Form method="post" className="stack" aria-labelledby="decision-heading">
          <Heading level="2" size="medium" id="decision-heading">
            {t.decisionHeading}
          </Heading>
          <RadioGroup
            legend={t.decision}
            name="decision"
            error={result?.errors.decision}
            defaultValue={values.decision}
          >
            <Radio value="approved">{t.approve}</Radio>
            <Radio value="rejected">{t.reject}</Radio>
            <Radio value="returned">{t.sendBack}</Radio>
          </RadioGroup>
          {r.kind === "wage" && r.wageKind === "varig" ? (
            <TextField
              label={w.percentVarig}
              name="percent"
              inputMode="numeric"
              htmlSize={4}
              error={result?.errors.percent}
              defaultValue={values.percent}
            />
          ) : r.kind === "wage" && r.wageKind === "sommerjobb" ? (
            <RadioGroup
              legend={w.percentSummer}
              name="percent"
              error={result?.errors.percent}
              defaultValue={values.percent}
            >
              {SUMMER_PERCENTS.map((p) => (
                <Radio key={p} value={String(p)}>
                  {formatPercent(p)}
                </Radio>
              ))}
            </RadioGroup>
          ) : r.kind === "wage" ? (
            <div className="stack-tight">
              {r.wagePercent !== null ? <BodyShort>{w.percentFromNeed(formatPercent(r.wagePercent))}</BodyShort> : null}
              {result?.errors.percent ? (
                <Alert variant="error" size="small">
                  {result.errors.percent}
                </Alert>
              ) : null}
            </div>
          ) : null}
          <Textarea
            label={t.reason}
            name="reason"
            maxLength={2000}
            error={result?.errors.reason}
            defaultValue={values.reason}
          />
          <Fieldset legend={t.commentsLegend} error={result?.errors.comments} className="stack">
            {labels.slice(0, -1).map((label, i) => (
              <Textarea
                key={label}
                label={label}
                name={`comment${i}`}
                maxLength={1000}
                minRows={1}
                defaultValue={values[`comment${i}`]}
              />
            ))}
          </Fieldset>
          <div>
            <Button type="submit">{t.submitDecision}</Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
