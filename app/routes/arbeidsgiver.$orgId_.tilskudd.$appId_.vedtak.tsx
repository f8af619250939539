import { BodyLong, BodyShort, Heading } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDate } from "~/format";
import type { FormValues } from "~/forms/wizard";
import { inclusionFigures, mentorFigures, participantLabel, ratesFor } from "~/grants/applications.server";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import { PrintButton } from "~/components/PrintButton";
import * as texts from "~/texts";
import { getApplication } from "../../db/repositories/grants";
import { listPeriods } from "../../db/repositories/wage-subsidy";
import { PeriodPlanTable, WageCalculation } from "~/components/WageSubsidy";
import { zonePercent } from "~/grants/wage-figures";
import { wageKindOf } from "~/grants/wage.server";
import { planOfPeriods } from "~/grants/periods";
import { serverRendered } from "~/page-scripts";

const t = texts.decisionPage;
const g = texts.grants;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const a = await getApplication(getDb(), idParam(params.appId));
  if (!a || a.organisation_id !== organisationId) notFound();
  if (a.status !== "approved" && a.status !== "rejected") notFound();
  const answers = ((a.submitted as { answers?: FormValues } | null)?.answers ?? a.answers) as FormValues;
  const rates = await ratesFor(answers);
  // The stored plan is the one NAV approved; a plan is stored on every approval since lønnstilskudd came.
  const stored = a.status === "approved" ? await listPeriods(getDb(), a.id) : [];
  const mentor = a.kind === "mentor" ? mentorFigures(answers, rates) : null;
  const periods = stored.length > 0 ? stored : (mentor?.plan?.periods ?? []);
  return {
    answers,
    rates,
    wageKind: a.kind === "wage" ? wageKindOf(answers) : null,
    wagePercent: a.decided_percent === null ? null : Number(a.decided_percent),
    plan:
      a.status === "approved" && periods.length > 0
        ? planOfPeriods(periods.map(({ start, end, percent, amountOre }) => ({ start, end, percent, amountOre })))
        : null,
    kind: a.kind,
    status: a.status,
    organisation: a.organisation_name,
    who: await participantLabel(a.candidate_id, organisationId, a.code),
    decidedAt: a.decided_at?.toISOString() ?? null,
    decidedBy: a.decided_by_name,
    reason: a.decision_reason,
    period: `${formatDate(String(answers.startDate ?? ""))} – ${formatDate(String(answers.endDate ?? ""))}`,
    mentor,
    inclusion: a.kind === "inclusion" ? inclusionFigures(answers, rates) : null,
  };
}

export default function DecisionPage() {
  const d = useLoaderData<typeof loader>();
  return (
    <article className="stack narrow-wide decision">
      <Heading level="1" size="xlarge">
        {t.heading(g.kinds[d.kind])}
      </Heading>
      <dl className="facts">
        <dt>{t.result}</dt>
        <dd>
          <strong>{g.statuses[d.status]}</strong>
        </dd>
        <dt>{t.employer}</dt>
        <dd>{d.organisation}</dd>
        <dt>{t.participant}</dt>
        <dd>{d.who}</dd>
        <dt>{t.period}</dt>
        <dd>{d.period}</dd>
        {d.wageKind ? (
          <>
            <dt>{texts.calculator.kind}</dt>
            <dd>{texts.wage.kinds[d.wageKind]}</dd>
          </>
        ) : null}
        {d.status === "approved" && d.mentor ? (
          <>
            <dt>{t.monthly}</dt>
            <dd>{g.krWhole(d.mentor.monthlyKr)}</dd>
            {d.mentor.periodKr !== null ? (
              <>
                <dt>{t.periodTotal}</dt>
                <dd>{g.krWhole(d.mentor.periodKr)}</dd>
              </>
            ) : null}
          </>
        ) : null}
        {d.status === "approved" && d.inclusion ? (
          <>
            <dt>{t.approvedTotal}</dt>
            <dd>{g.krWhole(d.inclusion.totalKr)}</dd>
            {d.inclusion.rows.map((r) => (
              <div key={r.type} className="facts-row">
                <dt>{g.expenseTypes[r.type as keyof typeof g.expenseTypes] ?? r.type}</dt>
                <dd>{`${g.krWhole(r.amountKr)} – ${r.description}`}</dd>
              </div>
            ))}
          </>
        ) : null}
        {d.status === "approved" && d.plan && d.wageKind ? (
          <>
            <dt>{t.periodTotal}</dt>
            <dd>{g.krWhole(d.plan.totalOre / 100)}</dd>
          </>
        ) : null}
        <dt>{t.decidedAt}</dt>
        <dd>{d.decidedAt ? formatDate(d.decidedAt) : ""}</dd>
        <dt>{t.decidedBy}</dt>
        <dd>{d.decidedBy ?? ""}</dd>
      </dl>
      {d.status === "approved" && d.wageKind ? (
        <WageCalculation
          answers={d.answers}
          employerTaxPercent={zonePercent(d.answers, d.rates)}
          percent={d.wagePercent}
          showPlan={false}
        />
      ) : null}
      {d.plan ? (
        <PeriodPlanTable periods={d.plan.periods} totalOre={d.plan.totalOre} stepDownDate={d.plan.stepDownDate} />
      ) : null}
      {d.reason ? (
        <section aria-labelledby="reason-heading">
          <Heading level="2" size="small" id="reason-heading">
            {t.reason}
          </Heading>
          <BodyLong>{d.reason}</BodyLong>
        </section>
      ) : null}
      <BodyShort size="small">{t.paymentNote}</BodyShort>
      <div className="no-print">
        <PrintButton label={t.print} />
      </div>
    </article>
  );
}
