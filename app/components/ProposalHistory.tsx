import { Heading } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { formatDateTime } from "~/format";
import * as texts from "~/texts";
import { TableScroll } from "~/components/TableScroll";

const t = texts.proposal;

export interface HistoryRow {
  to: string;
  at: string;
  byName: string | null;
  byRole: string;
  note: string;
}

/** Every move of a match, when and by whom. */
export function ProposalHistory({ rows }: { rows: HistoryRow[] }) {
  return (
    <section aria-labelledby="history-heading" className="stack">
      <Heading level="2" size="medium" id="history-heading">
        {t.history}
      </Heading>
      <TableScroll>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.historyAt}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.historyWhat}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.historyWho}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.historyNote}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={`${r.at}-${r.to}`}>
                <Table.DataCell>{formatDateTime(r.at)}</Table.DataCell>
                <Table.DataCell>{t.statuses[r.to as keyof typeof t.statuses] ?? r.to}</Table.DataCell>
                <Table.DataCell>{`${r.byName ?? ""} (${r.byRole === "employer" ? t.employer : t.specialist})`}</Table.DataCell>
                <Table.DataCell>{r.note}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

export function historyRows(
  events: Array<{ to_status: string; at: Date; by_name: string | null; by_role: string; note: string }>,
): HistoryRow[] {
  return events.map((e) => ({
    to: e.to_status,
    at: e.at.toISOString(),
    byName: e.by_name,
    byRole: e.by_role,
    note: e.note,
  }));
}
