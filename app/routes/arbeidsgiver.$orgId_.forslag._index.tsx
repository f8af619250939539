import { EmployerNav } from "~/components/EmployerNav";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import { BodyShort, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDate } from "~/format";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listOrganisationProposals } from "../../db/repositories/matching";
import { TableScroll } from "~/components/TableScroll";
import { serverRendered } from "~/page-scripts";

const t = texts.inbox;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId, user } = await requireEmployerOrganisation(request, context, params);
  const proposals = await listOrganisationProposals(getDb(), organisationId);
  return {
    organisationId,
    navCounts: await employerNavCounts(getDb(), organisationId, user.id),
    proposals: proposals.map((p) => ({
      id: p.id,
      code: p.code,
      job: p.job_title,
      score: p.fit_score,
      status: p.status,
      received: p.created_at.toISOString(),
    })),
    // Declined candidates the employer wants to remember: the code only, never identity.
    maybeLater: proposals
      .filter((p) => p.status === "declined" && p.maybe_later)
      .map((p) => ({
        id: p.id,
        code: p.code,
        job: p.job_title,
      })),
  };
}

export default function ProposalInbox() {
  const { organisationId, navCounts, proposals, maybeLater } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <EmployerNav organisationId={organisationId} counts={navCounts} current="proposals" />
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {proposals.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.candidate}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.job}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.score}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.received}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {proposals.map((p) => (
                <Table.Row key={p.id}>
                  <Table.DataCell>
                    <Link href={`/arbeidsgiver/${organisationId}/forslag/${p.id}`} aria-label={t.open(p.code)}>
                      {p.code}
                    </Link>
                  </Table.DataCell>
                  <Table.DataCell>{p.job}</Table.DataCell>
                  <Table.DataCell>{texts.matching.score(p.score)}</Table.DataCell>
                  <Table.DataCell>{texts.proposal.statuses[p.status]}</Table.DataCell>
                  <Table.DataCell>{formatDate(p.received)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <section aria-labelledby="maybe-later-heading" className="stack">
        <Heading level="2" size="medium" id="maybe-later-heading">
          {texts.declines.maybeLaterHeading}
        </Heading>
        <BodyShort>{texts.declines.maybeLaterIntro}</BodyShort>
        {maybeLater.length === 0 ? (
          <BodyShort>{texts.declines.maybeLaterNone}</BodyShort>
        ) : (
          <ul>
            {maybeLater.map((p) => (
              <li key={p.id}>
                <Link href={`/arbeidsgiver/${organisationId}/forslag/${p.id}`}>{p.code}</Link> – {p.job}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
