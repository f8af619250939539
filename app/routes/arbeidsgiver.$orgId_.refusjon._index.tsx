import { BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EmployerNav } from "~/components/EmployerNav";
import { TableScroll } from "~/components/TableScroll";
import { formatDate, formatKroner } from "~/format";
import { participantLabel } from "~/grants/applications.server";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import { PrintButton } from "~/components/PrintButton";
import * as texts from "~/texts";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import { listOrganisationClaims } from "../../db/repositories/refunds";
import { serverRendered } from "~/page-scripts";

const t = texts.refund;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.overviewTitle }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId, user } = await requireEmployerOrganisation(request, context, params);
  const claims = await listOrganisationClaims(getDb(), organisationId);
  const byAgreement = new Map<string, typeof claims>();
  for (const c of claims) byAgreement.set(c.application_id, [...(byAgreement.get(c.application_id) ?? []), c]);
  const agreements = await Promise.all(
    [...byAgreement.entries()].map(async ([id, rows]) => {
      const first = rows[0] as (typeof claims)[number];
      const agreed = (c: (typeof claims)[number]) => Math.round(Number(c.amount_ore) / 100);
      const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);
      return {
        id,
        kind: first.kind,
        wageKind: first.wage_kind,
        who: await participantLabel(first.candidate_id, organisationId, first.code),
        totals: {
          granted: sumOf(rows.map(agreed)),
          claimed: sumOf(rows.filter((c) => c.state === "sent" || c.state === "paid").map((c) => c.claimed_kr ?? 0)),
          paid: sumOf(rows.map((c) => c.paid_kr ?? 0)),
          carried: sumOf(rows.filter((c) => c.state === "paid").map((c) => c.carried_out_kr)),
          expired: sumOf(rows.filter((c) => c.state === "expired").map(agreed)),
        },
        periods: rows.map((c) => ({
          id: c.id,
          start: c.start_date,
          end: c.end_date,
          agreedKr: agreed(c),
          state: c.state,
          deadline: c.deadline,
          paidKr: c.paid_kr,
        })),
      };
    }),
  );
  return { organisationId, navCounts: await employerNavCounts(getDb(), organisationId, user.id), agreements };
}

export default function RefundOverview() {
  const { organisationId, navCounts, agreements } = useLoaderData<typeof loader>();
  return (
    <div className="stack refund-overview">
      <div className="no-print">
        <EmployerNav organisationId={organisationId} counts={navCounts} current="refunds" />
      </div>
      <Heading level="1" size="xlarge">
        {t.overviewHeading}
      </Heading>
      <BodyLong>{t.overviewIntro}</BodyLong>
      <div className="no-print">
        <PrintButton label={t.print} size="small" />
      </div>
      {agreements.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
      {agreements.map((a) => {
        const kindLabel = a.kind === "wage" && a.wageKind ? `${t.kinds.wage} (${a.wageKind})` : (t.kinds[a.kind] ?? "");
        const headingId = `agreement-${a.id}`;
        return (
          <section key={a.id} aria-labelledby={headingId} className="stack">
            <Heading level="2" size="large" id={headingId}>
              {t.agreementHeading(kindLabel, a.who)}
            </Heading>
            <dl className="refund-totals">
              {(Object.keys(t.totals) as Array<keyof typeof t.totals>).map((k) => (
                <div key={k}>
                  <dt>{t.totals[k]}</dt>
                  <dd>{formatKroner(a.totals[k])}</dd>
                </div>
              ))}
            </dl>
            <TableScroll>
              <Table size="small">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.colPeriod}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.colAgreed}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.colState}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.colDeadline}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.colPaid}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {a.periods.map((p) => {
                    const period = t.period(formatDate(p.start), formatDate(p.end));
                    return (
                      <Table.Row key={p.id}>
                        <Table.DataCell>
                          {a.kind === "wage" ? (
                            <Link href={`/arbeidsgiver/${organisationId}/refusjon/${p.id}`}>
                              <span className="visually-hidden">{t.openClaim}</span>
                              {period}
                            </Link>
                          ) : (
                            period
                          )}
                        </Table.DataCell>
                        <Table.DataCell>{formatKroner(p.agreedKr)}</Table.DataCell>
                        <Table.DataCell>
                          {a.kind === "mentor" ? t.mentorStates[p.state] : t.states[p.state]}
                        </Table.DataCell>
                        <Table.DataCell>{p.deadline ? formatDate(p.deadline) : ""}</Table.DataCell>
                        <Table.DataCell>{p.paidKr === null ? "" : formatKroner(p.paidKr)}</Table.DataCell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </TableScroll>
          </section>
        );
      })}
    </div>
  );
}
