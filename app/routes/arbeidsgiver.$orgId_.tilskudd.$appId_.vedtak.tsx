import { BodyLong, BodyShort, Button, Heading } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDate } from "~/format";
import type { FormValues } from "~/forms/wizard";
import { inclusionFigures, mentorFigures, participantLabel, ratesFor } from "~/grants/applications.server";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { getApplication } from "../../db/repositories/grants";

const t = texts.decisionPage;
const g = texts.grants;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const a = await getApplication(getDb(), idParam(params.appId));
  if (!a || a.organisation_id !== organisationId) notFound();
  if (a.status !== "approved" && a.status !== "rejected") notFound();
  const answers = ((a.submitted as { answers?: FormValues } | null)?.answers ?? a.answers) as FormValues;
  const rates = await ratesFor(answers);
  return {
    kind: a.kind,
    status: a.status,
    organisation: a.organisation_name,
    who: await participantLabel(a.candidate_id, organisationId, a.code),
    decidedAt: a.decided_at?.toISOString() ?? null,
    decidedBy: a.decided_by_name,
    reason: a.decision_reason,
    period: `${answers.startDate} – ${answers.endDate}`,
    mentor: a.kind === "mentor" ? mentorFigures(answers, rates) : null,
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
        <dt>{t.decidedAt}</dt>
        <dd>{d.decidedAt ? formatDate(d.decidedAt) : ""}</dd>
        <dt>{t.decidedBy}</dt>
        <dd>{d.decidedBy ?? ""}</dd>
      </dl>
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
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t.print}
        </Button>
      </div>
    </article>
  );
}
