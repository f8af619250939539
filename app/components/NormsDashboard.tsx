// The norms dashboard's page body, shared by the specialist's own page and the leader's office
// page: filters (a GET form, works without JavaScript), key figures, charts with their tables,
// every table with a CSV link, and how the figures are computed.
import { BodyShort, Button, ErrorSummary, Heading, Link, List, Select, TextField } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { Form } from "@remix-run/react";
import { NORMS, caseloadBand, percent } from "~/norms/figures";
import type { DataTable } from "~/norms/tables";
import type { Dashboard } from "~/norms/dashboard.server";
import * as texts from "~/texts";
import { type ChartBar, NormChart } from "./NormChart";
import { TableScroll } from "./TableScroll";

const t = texts.norms;
type JsonDashboard = Omit<Dashboard, "tables"> & { tables: DataTable[] };

function DataTableView({
  table,
  csvBase,
  query,
}: {
  table: JsonDashboard["tables"][number];
  csvBase: string;
  query: string;
}) {
  const headingId = `tabell-${table.id}`;
  return (
    <section aria-labelledby={headingId} className="stack norms-table">
      <Heading level="3" size="small" id={headingId}>
        {table.title}
      </Heading>
      {table.rows.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <TableScroll label={table.title}>
          <Table size="small" data-table={table.id}>
            <Table.Header>
              <Table.Row>
                {table.columns.map((c) => (
                  <Table.HeaderCell key={c} scope="col">
                    {c}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {table.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed table, never reordered
                <Table.Row key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <Table.HeaderCell key={table.columns[j]} scope="row">
                        {cell}
                      </Table.HeaderCell>
                    ) : (
                      <Table.DataCell key={table.columns[j]}>{cell}</Table.DataCell>
                    ),
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <BodyShort size="small" className="no-print">
        <Link href={`${csvBase}/${table.id}?${query}`} download>
          {t.downloadCsv(table.title)}
        </Link>
      </BodyShort>
    </section>
  );
}

function ChartWithTable({
  chart,
  table,
  csvBase,
  query,
}: {
  chart: Parameters<typeof NormChart>[0];
  table: JsonDashboard["tables"][number] | undefined;
  csvBase: string;
  query: string;
}) {
  return (
    <figure className="norms-figure stack">
      <BodyShort weight="semibold" aria-hidden="true">
        {chart.title}
      </BodyShort>
      <NormChart {...chart} />
      <figcaption>
        <details className="no-print-toggle">
          <summary>{t.showTable}</summary>
          {table ? <DataTableView table={table} csvBase={csvBase} query={query} /> : null}
        </details>
      </figcaption>
    </figure>
  );
}

export function NormsDashboard({ dashboard, csvBase }: { dashboard: JsonDashboard; csvBase: string }) {
  const { figures, filters, errors, year, tables, query, names } = dashboard;
  const table = (id: string) => tables.find((tb) => tb.id === id);
  const errorList = Object.entries(errors) as Array<[string, string]>;
  const sum = (f: (r: (typeof figures.bySpecialist)[number]) => number) =>
    figures.bySpecialist.reduce((n, r) => n + f(r), 0);
  const finishedShare = percent(
    sum((r) => r.finished.intoWork),
    sum((r) => r.finished.started),
  );
  const runningShare = percent(
    sum((r) => r.running.intoWork),
    sum((r) => r.running.started),
  );
  const caseload = figures.caseload.reduce((n, c) => n + c.people, 0);
  const newThisYear = figures.newIntoWork.filter((r) => r.year === year).reduce((n, r) => n + r.people, 0);
  const specialistIds = Object.keys(names);
  const perSpecialistCharts = dashboard.kind === "leader" && specialistIds.length > 1;
  const inCharts = ["kull", "oppfolging", ...(perSpecialistCharts ? ["spesialister", "nye-per-ar"] : [])];
  const cohortBars: ChartBar[] = figures.cohorts.map((c) => {
    const share = percent(c.intoWork, c.started) ?? 0;
    return {
      label: c.key,
      value: share,
      text: c.finished ? `${share} %` : `${share} % ${t.soFar}`,
      partial: !c.finished,
    };
  });
  const retentionBars: ChartBar[] = figures.retention.map((r) => {
    const share = percent(r.stillInJob, r.hires) ?? 0;
    return { label: t.charts.months(r.months), value: share, text: r.hires === 0 ? "–" : `${share} %` };
  });
  return (
    <div className="stack norms">
      <Form method="get" className="stack norms-filters no-print" aria-labelledby="norms-filters-heading">
        <Heading level="2" size="small" id="norms-filters-heading">
          {t.filters}
        </Heading>
        {errorList.length > 0 ? (
          <ErrorSummary heading={t.filterProblem}>
            {errorList.map(([field, message]) => (
              <ErrorSummary.Item key={field} href={`#filter-${field}`}>
                {message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        ) : null}
        <div className="filter-row">
          <TextField
            id="filter-fra"
            name="fra"
            label={t.fromYear}
            inputMode="numeric"
            htmlSize={6}
            defaultValue={String(filters.fromYear)}
            error={errors.fra}
          />
          <TextField
            id="filter-til"
            name="til"
            label={t.toYear}
            inputMode="numeric"
            htmlSize={6}
            defaultValue={String(filters.toYear)}
            error={errors.til}
          />
          {dashboard.kind === "leader" ? (
            <Select
              id="filter-spesialist"
              name="spesialist"
              label={t.specialist}
              defaultValue={filters.specialistId ?? ""}
              error={errors.spesialist}
            >
              <option value="">{t.allSpecialists}</option>
              {dashboard.specialists.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          ) : null}
          <Select
            id="filter-tilskudd"
            name="tilskudd"
            label={t.subsidy}
            defaultValue={query.match(/tilskudd=(\w+)/)?.[1] ?? "alle"}
            error={errors.tilskudd}
          >
            <option value="alle">{t.subsidyAll}</option>
            <option value="med">{t.subsidyWith}</option>
            <option value="uten">{t.subsidyWithout}</option>
          </Select>
        </div>
        <div>
          <Button type="submit" variant="secondary">
            {t.show}
          </Button>
        </div>
      </Form>
      <BodyShort size="small">{t.asOf(dashboard.today)}</BodyShort>

      <section aria-labelledby="key-figures" className="stack">
        <Heading level="2" size="medium" id="key-figures">
          {t.keyFigures}
        </Heading>
        <List>
          {specialistIds.length > 1 ? (
            <>
              <List.Item>{t.caseloadOfficeFigure(caseload, t.average(caseload / specialistIds.length))}</List.Item>
              <List.Item>
                {t.newOfficeFigure(newThisYear, year, t.average(newThisYear / specialistIds.length))}
              </List.Item>
            </>
          ) : (
            <>
              <List.Item>
                {t.caseloadFigure(caseload)}
                {specialistIds.length === 1 ? ` – ${t.caseloadBand[caseloadBand(caseload)]}` : ""}
              </List.Item>
              <List.Item>{t.newFigure(newThisYear, year)}</List.Item>
            </>
          )}
          <List.Item>{t.shareFigure(t.percent(finishedShare))}</List.Item>
          <List.Item>{t.runningFigure(t.percent(runningShare))}</List.Item>
        </List>
      </section>

      <section aria-labelledby="charts-heading" className="stack">
        <Heading level="2" size="medium" id="charts-heading">
          {t.chartsHeading}
        </Heading>
        <ChartWithTable
          chart={{
            title: t.charts.cohortsTitle,
            description: t.charts.cohortsDesc(cohortBars.length),
            bars: cohortBars,
            norms: [{ value: NORMS.intoWorkShare * 100, label: t.charts.norm("65 %") }],
            max: 100,
            unit: " %",
          }}
          table={table("kull")}
          csvBase={csvBase}
          query={query}
        />
        {perSpecialistCharts ? (
          <>
            <ChartWithTable
              chart={{
                title: t.charts.caseloadTitle,
                description: t.charts.caseloadDesc(specialistIds.length),
                bars: dashboard.specialists
                  .filter((s) => names[s.id])
                  .map((s) => {
                    const n = figures.caseload.find((c) => c.specialistId === s.id)?.people ?? 0;
                    return { label: s.name.split(" ")[0] ?? s.name, value: n, text: String(n) };
                  }),
                norms: [
                  { value: NORMS.caseloadMin, label: t.charts.norm("12") },
                  { value: NORMS.caseloadMax, label: t.charts.norm("20") },
                ],
              }}
              table={table("spesialister")}
              csvBase={csvBase}
              query={query}
            />
            <ChartWithTable
              chart={{
                title: t.charts.newTitle(year),
                description: t.charts.newDesc(specialistIds.length),
                bars: dashboard.specialists
                  .filter((s) => names[s.id])
                  .map((s) => {
                    const n = figures.newIntoWork.find((r) => r.specialistId === s.id && r.year === year)?.people ?? 0;
                    return { label: s.name.split(" ")[0] ?? s.name, value: n, text: String(n) };
                  }),
                norms: [{ value: NORMS.newIntoWorkPerYear, label: t.charts.norm("9") }],
              }}
              table={table("nye-per-ar")}
              csvBase={csvBase}
              query={query}
            />
          </>
        ) : null}
        <ChartWithTable
          chart={{
            title: t.charts.retentionTitle,
            description: t.charts.retentionDesc,
            bars: retentionBars,
            norms: [],
            max: 100,
            unit: " %",
          }}
          table={table("oppfolging")}
          csvBase={csvBase}
          query={query}
        />
      </section>

      <section aria-labelledby="tables-heading" className="stack">
        <Heading level="2" size="medium" id="tables-heading">
          {t.allTables}
        </Heading>
        {tables
          .filter((tb) => !inCharts.includes(tb.id))
          .map((tb) => (
            <DataTableView key={tb.id} table={tb} csvBase={csvBase} query={query} />
          ))}
      </section>

      <section aria-labelledby="how-heading" className="stack">
        <Heading level="2" size="medium" id="how-heading">
          {t.howHeading}
        </Heading>
        <List>
          {t.how.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </section>
    </div>
  );
}
