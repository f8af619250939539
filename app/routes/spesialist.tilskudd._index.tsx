import { BodyShort, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listOfficeQueue } from "../../db/repositories/grants";
import { TableScroll } from "~/components/TableScroll";

const t = texts.review;
const g = texts.grants;

export const meta: MetaFunction = () => [{ title: t.queueTitle }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const queue = user.navOfficeId ? await listOfficeQueue(getDb(), user.navOfficeId) : [];
  return {
    queue: queue.map((a) => ({
      id: a.id,
      kind: a.kind,
      who: `${a.name} (${a.code})`,
      organisation: a.organisation_name,
      submitted: a.submitted_at?.toISOString() ?? "",
    })),
  };
}

export default function ReviewQueue() {
  const { queue } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.queueHeading}
      </Heading>
      {queue.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{g.colKind}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{g.colWho}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.organisation}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{g.colUpdated}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {queue.map((a) => (
                <Table.Row key={a.id}>
                  <Table.DataCell>
                    <Link href={`/spesialist/tilskudd/${a.id}`}>{`${g.kinds[a.kind]}: ${a.who}`}</Link>
                  </Table.DataCell>
                  <Table.DataCell>{a.who}</Table.DataCell>
                  <Table.DataCell>{a.organisation}</Table.DataCell>
                  <Table.DataCell>{a.submitted ? formatDate(a.submitted) : ""}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
