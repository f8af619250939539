import { BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { TableScroll } from "~/components/TableScroll";
import { formatDate, formatKroner } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listOfficeClaims } from "../../db/repositories/refunds";

const t = texts.refund;

export const meta: MetaFunction = () => [{ title: t.queueTitle }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  // Only the claims of candidates the specialist's own office follows.
  const claims = user.navOfficeId ? await listOfficeClaims(getDb(), user.navOfficeId) : [];
  const names = new Map(
    claims.length === 0
      ? []
      : (
          await getDb()
            .selectFrom("candidate_identities")
            .select(["candidate_id", "name"])
            .where("candidate_id", "in", [...new Set(claims.map((c) => c.candidate_id))])
            .execute()
        ).map((r) => [r.candidate_id, r.name]),
  );
  const rows = claims.map((c) => ({
    id: c.id,
    state: c.state,
    who: `${names.get(c.candidate_id) ?? ""} (${c.code})`,
    organisation: c.organisation_name,
    period: t.period(formatDate(c.start_date), formatDate(c.end_date)),
    deadline: c.deadline,
    claimedKr: c.claimed_kr,
  }));
  return { sent: rows.filter((r) => r.state === "sent"), others: rows.filter((r) => r.state !== "sent") };
}

function ClaimTable({ rows, id }: { rows: Awaited<ReturnType<typeof loader>>["sent"]; id: string }) {
  if (rows.length === 0) return <BodyShort>{t.queueNone}</BodyShort>;
  return (
    <TableScroll>
      <Table size="small" aria-labelledby={id}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.colPeriod}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colWho}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colOrganisation}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colState}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colDeadline}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.DataCell>
                <Link href={`/spesialist/refusjon/${r.id}`}>
                  <span className="visually-hidden">{t.openClaim}</span>
                  {r.period}
                </Link>
              </Table.DataCell>
              <Table.DataCell>{r.who}</Table.DataCell>
              <Table.DataCell>{r.organisation}</Table.DataCell>
              <Table.DataCell>
                {t.states[r.state]}
                {r.claimedKr !== null && r.state === "sent" ? `: ${formatKroner(r.claimedKr)}` : ""}
              </Table.DataCell>
              <Table.DataCell>{r.deadline ? formatDate(r.deadline) : ""}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

export default function RefundQueue() {
  const { sent, others } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.queueHeading}
      </Heading>
      <BodyLong>{t.queueIntro}</BodyLong>
      <section aria-labelledby="sent-heading" className="stack">
        <Heading level="2" size="large" id="sent-heading">
          {t.queueSent}
        </Heading>
        <ClaimTable rows={sent} id="sent-heading" />
      </section>
      <section aria-labelledby="others-heading" className="stack">
        <Heading level="2" size="large" id="others-heading">
          {t.queueOthers}
        </Heading>
        <ClaimTable rows={others} id="others-heading" />
      </section>
    </div>
  );
}
