import { BodyShort, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { HireStatus } from "~/components/HireDetails";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { employerLabel, overdueByHire } from "~/afterhire/hires.server";
import { formatDate } from "~/format";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import { TableScroll } from "~/components/TableScroll";
import { EmployerNav } from "~/components/EmployerNav";
import * as texts from "~/texts";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import { listOrganisationHires, unreadForOrganisations } from "../../db/repositories/after-hire";
import { serverRendered } from "~/page-scripts";

const t = texts.afterHire;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.listTitle }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const db = getDb();
  const hires = await listOrganisationHires(db, organisationId);
  const [overdue, unread] = await Promise.all([
    overdueByHire({ organisationId }),
    unreadForOrganisations(db, user.id, [organisationId]),
  ]);
  return {
    organisationId,
    navCounts: await employerNavCounts(db, organisationId, user.id),
    hires: await Promise.all(
      hires.map(async (h) => ({
        id: h.id,
        // The name only after the candidate's consent (each look is audit-logged), else the code.
        who: (await employerLabel(context, user, h)).label,
        job: h.job_title,
        start: h.hire_start ? formatDate(h.hire_start) : "",
        form: h.hire_form ? (t.forms[h.hire_form] ?? "") : "",
        active: h.status === "hired",
        overdue: overdue.get(h.id) ?? 0,
        unread: unread.find((u) => u.proposal_id === h.id)?.unread ?? 0,
      })),
    ),
  };
}

export default function EmployerHires() {
  const { organisationId, navCounts, hires } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <EmployerNav organisationId={organisationId} counts={navCounts} current="employees" />
      <Heading level="1" size="xlarge">
        {t.listHeading}
      </Heading>
      <BodyShort>{t.listIntro}</BodyShort>
      {hires.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colWho}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colJob}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colStart}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colForm}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {hires.map((h) => (
                <Table.Row key={h.id}>
                  <Table.DataCell>
                    <Link href={`/arbeidsgiver/${organisationId}/ansatte/${h.id}`}>{h.who}</Link>
                  </Table.DataCell>
                  <Table.DataCell>{h.job}</Table.DataCell>
                  <Table.DataCell>{h.start}</Table.DataCell>
                  <Table.DataCell>{h.form}</Table.DataCell>
                  <Table.DataCell>
                    <HireStatus active={h.active} overdue={h.overdue} unread={h.unread} />
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
