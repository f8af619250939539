import { BodyShort, Heading, Link, Tag } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listOfficeCandidates } from "../../db/repositories/candidates";
import { listNotifications, listOfficeProposals, markNotificationsRead } from "../../db/repositories/matching";
import { openStatuses } from "~/matching/pipeline";
import { formatDateTime } from "~/format";
import { TableScroll } from "~/components/TableScroll";

const t = texts.specialist;
const c = texts.caseload;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const db = getDb();
  const office = user.navOfficeId
    ? await db.selectFrom("nav_offices").select("name").where("id", "=", user.navOfficeId).executeTakeFirst()
    : undefined;
  const proposals = user.navOfficeId ? await listOfficeProposals(db, user.navOfficeId) : [];
  const notifications = await listNotifications(db, user.id, 10);
  await markNotificationsRead(db, user.id);
  return {
    name: user.name,
    office: office?.name ?? "",
    candidates: user.navOfficeId ? await listOfficeCandidates(db, user.navOfficeId) : [],
    proposals: proposals
      .filter((p) => openStatuses.includes(p.status))
      .map((p) => ({
        id: p.id,
        who: `${p.name} (${p.code})`,
        job: p.job_title,
        organisation: p.organisation_name,
        status: p.status,
      })),
    notifications: notifications.map((n) => ({
      id: n.id,
      text: n.text,
      link: n.link,
      at: n.created_at.toISOString(),
      unread: !n.read_at,
    })),
  };
}

export default function SpecialistHome() {
  const { name, office, candidates, proposals, notifications } = useLoaderData<typeof loader>();
  const p = texts.pipeline;
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyShort>
        {name} – {t.office}: {office}
      </BodyShort>
      <nav aria-label={t.heading} className="row-actions">
        <Link href="/spesialist/kandidater/ny">{c.register}</Link>
        <Link href="/spesialist/sok">{c.search}</Link>
        <Link href="/spesialist/jobber">{texts.jobSearch.link}</Link>
        <Link href="/spesialist/tilskudd">{texts.review.link}</Link>
        <Link href="/spesialist/ansettelser">{texts.afterHire.specialistLink}</Link>
        <Link href="/spesialist/samtaler">{texts.conversation.listHeading}</Link>
        <Link href="/spesialist/refusjon">{texts.refund.specialistLink}</Link>
        <Link href="/revisjon">{t.auditLink}</Link>
        <Link href="/spesialist/resultater">{texts.norms.specialistLink}</Link>
      </nav>
      <section aria-labelledby="notifications-heading" className="stack">
        <Heading level="2" size="medium" id="notifications-heading">
          {p.notificationsHeading}
        </Heading>
        {notifications.length === 0 ? (
          <BodyShort>{p.noNotifications}</BodyShort>
        ) : (
          <ul>
            {notifications.map((n) => (
              <li key={n.id}>
                <Link href={n.link}>{n.text}</Link> <span className="facet-count">{formatDateTime(n.at)}</span>
                {n.unread ? (
                  <Tag size="xsmall" variant="info" className="tag-gap">
                    {texts.inbox.unread}
                  </Tag>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="board-heading" className="stack">
        <Heading level="2" size="large" id="board-heading">
          {p.heading}
        </Heading>
        <div className="pipeline-board">
          {Object.entries(texts.vocabulary.euseStages).map(([stage, label]) => {
            const inStage = candidates.filter((x) => String(x.euseStage) === stage);
            return (
              <section key={stage} aria-labelledby={`stage-${stage}`} className="pipeline-column">
                <Heading level="3" size="xsmall" id={`stage-${stage}`}>
                  {`${label} (${inStage.length})`}
                </Heading>
                <ul>
                  {inStage.map((x) => (
                    <li key={x.id}>
                      <Link href={`/spesialist/kandidater/${x.id}`}>{`${x.name} (${x.code})`}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="proposals-heading" className="stack">
        <Heading level="2" size="large" id="proposals-heading">
          {p.proposalsHeading}
        </Heading>
        {proposals.length === 0 ? (
          <BodyShort>{p.noProposals}</BodyShort>
        ) : (
          <ul>
            {proposals.map((x) => (
              <li key={x.id}>
                <Link href={`/spesialist/forslag/${x.id}`}>{`${x.who} – ${x.job}, ${x.organisation}`}</Link>{" "}
                {`(${texts.proposal.statuses[x.status]})`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="caseload-heading" className="stack">
        <Heading level="2" size="large" id="caseload-heading">
          {c.heading}
        </Heading>
        {candidates.length === 0 ? (
          <BodyShort>{c.none}</BodyShort>
        ) : (
          <TableScroll>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{c.name}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{c.code}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{c.stage}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{c.searchable}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {candidates.map((candidate) => (
                  <Table.Row key={candidate.id}>
                    <Table.DataCell>
                      <Link href={`/spesialist/kandidater/${candidate.id}`}>{candidate.name}</Link>
                    </Table.DataCell>
                    <Table.DataCell>{candidate.code}</Table.DataCell>
                    <Table.DataCell>
                      {texts.vocabulary.euseStages[candidate.euseStage as 1 | 2 | 3 | 4 | 5]}
                    </Table.DataCell>
                    <Table.DataCell>
                      <Tag size="small" variant={candidate.searchable ? "success" : "neutral"}>
                        {candidate.searchable ? c.yes : c.no}
                      </Tag>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
