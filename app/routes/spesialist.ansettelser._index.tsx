import { BodyShort, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { HireStatus } from "~/components/HireDetails";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { overdueByHire } from "~/afterhire/hires.server";
import { requireRole } from "~/auth/access.server";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import { TableScroll } from "~/components/TableScroll";
import * as texts from "~/texts";
import { listOfficeHires, unreadForOffice } from "../../db/repositories/after-hire";

const t = texts.afterHire;

export const meta: MetaFunction = () => [{ title: t.specialistListTitle }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const officeId = user.navOfficeId;
  if (!officeId) return { hires: [] };
  const db = getDb();
  const hires = await listOfficeHires(db, officeId);
  const [overdue, unread] = await Promise.all([overdueByHire({ officeId }), unreadForOffice(db, user.id, officeId)]);
  return {
    hires: hires.map((h) => ({
      id: h.id,
      who: `${h.name} (${h.code})`,
      employer: h.organisation_name,
      job: h.job_title,
      start: h.hire_start ? formatDate(h.hire_start) : "",
      active: h.status === "hired",
      overdue: overdue.get(h.id) ?? 0,
      unread: unread.find((u) => u.proposal_id === h.id)?.unread ?? 0,
    })),
  };
}

export default function SpecialistHires() {
  const { hires } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.specialistListHeading}
      </Heading>
      {hires.length === 0 ? (
        <BodyShort>{t.specialistNone}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colWho}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colEmployer}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colJob}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colStart}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {hires.map((h) => (
                <Table.Row key={h.id}>
                  <Table.DataCell>
                    <Link href={`/spesialist/ansettelser/${h.id}`}>{h.who}</Link>
                  </Table.DataCell>
                  <Table.DataCell>{h.employer}</Table.DataCell>
                  <Table.DataCell>{h.job}</Table.DataCell>
                  <Table.DataCell>{h.start}</Table.DataCell>
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
