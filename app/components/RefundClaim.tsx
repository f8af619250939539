import { Alert, BodyShort, Heading } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { TableScroll } from "~/components/TableScroll";
import { formatDate, formatDateTime, formatKroner, formatOre, formatPercent } from "~/format";
import type { RefundCalculation } from "~/grants/refund";
import type { ClaimRates, ClaimView } from "~/grants/refund.server";
import * as texts from "~/texts";

const t = texts.refund;

/** The claim's facts: who, period, percentage, agreed amount, deadline and state. */
export function ClaimFacts({ claim, who }: { claim: ClaimView; who: string }) {
  const f = t.claimFacts;
  return (
    <dl className="refund-totals">
      <div>
        <dt>{f.who}</dt>
        <dd>{who}</dd>
      </div>
      <div>
        <dt>{f.period}</dt>
        <dd>{t.period(formatDate(claim.start), formatDate(claim.end))}</dd>
      </div>
      <div>
        <dt>{f.percent}</dt>
        <dd>{formatPercent(claim.rates.percent)}</dd>
      </div>
      <div>
        <dt>{f.agreed}</dt>
        <dd>{formatKroner(claim.rates.agreedKr)}</dd>
      </div>
      <div>
        <dt>{f.deadline}</dt>
        <dd>{claim.deadline ? formatDate(claim.deadline) : ""}</dd>
      </div>
      <div>
        <dt>{f.state}</dt>
        <dd>{t.states[claim.state]}</dd>
      </div>
      {claim.rates.carriedInKr < 0 ? (
        <div>
          <dt>{f.carriedIn}</dt>
          <dd>{formatKroner(claim.rates.carriedInKr)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** NAV's calculation line by line, with the cap, the absence floor and the 5 G cap said where they bite. */
export function RefundCalculationTable({
  calculation: c,
  rates,
  absenceKr,
}: {
  calculation: RefundCalculation;
  rates: ClaimRates;
  absenceKr: number;
}) {
  const l = t.lines;
  const rows: Array<[string, string]> = [
    [l.ordinary, formatKroner(c.ordinaryKr)],
    ...(c.excludedKr > 0 ? [[l.excluded, formatKroner(c.excludedKr)] as [string, string]] : []),
    [l.holidayDeduction, formatKroner(-(c.ordinaryKr - c.wageBaseKr))],
    [l.wageBase, formatKroner(c.wageBaseKr)],
    [l.holidayPay(formatPercent(rates.holidayPayPercent)), formatOre(c.holidayPayOre)],
    [l.pension(formatPercent(rates.otpPercent)), formatOre(c.pensionOre)],
    [l.employerTax(formatPercent(rates.employerTaxPercent)), formatOre(c.employerTaxOre)],
    [l.costs, formatOre(c.costsOre)],
    [l.absence, formatKroner(-absenceKr)],
    [l.refund(formatPercent(rates.percent)), formatKroner(c.refundKr)],
    [l.cap, formatKroner(rates.agreedKr)],
    ...(c.afterCarryKr !== c.cappedKr ? [[l.carriedIn, formatKroner(rates.carriedInKr)] as [string, string]] : []),
    ...(rates.fiveGLeftKr !== null && rates.grunnbelop
      ? [[l.fiveGLeft(formatKroner(rates.grunnbelop.amountKr)), formatKroner(rates.fiveGLeftKr)] as [string, string]]
      : []),
    [l.payable, formatKroner(c.payableKr)],
    ...(c.carriedOutKr < 0 ? [[l.carriedOut, formatKroner(c.carriedOutKr)] as [string, string]] : []),
  ];
  return (
    <section aria-labelledby="calculation-heading" className="stack grant-calc">
      <Heading level="2" size="medium" id="calculation-heading">
        {t.calculationHeading}
      </Heading>
      <TableScroll>
        <Table size="small">
          <Table.Body>
            {rows.map(([label, value]) => (
              <Table.Row key={label}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.DataCell align="right">{value}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {c.absenceFloorApplied ? <BodyShort>{l.absenceFloor}</BodyShort> : null}
      {c.capApplied ? <BodyShort>{l.capApplied}</BodyShort> : null}
      {c.fiveGApplied ? <BodyShort>{l.fiveGApplied}</BodyShort> : null}
      {rates.grunnbelop && !rates.grunnbelop.current ? <BodyShort>{l.fiveGNotCurrent}</BodyShort> : null}
    </section>
  );
}

/** The claim's history, oldest first. */
export function ClaimHistory({ history }: { history: ClaimView["history"] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="stack">
      <Heading level="2" size="medium" id="history-heading">
        {t.historyHeading}
      </Heading>
      <ul className="stack-tight">
        {history.map((e) => (
          <li key={`${e.at}-${e.event}`}>
            <BodyShort>
              {`${formatDateTime(e.at)}: ${t.events[e.event] ?? e.event}`}
              {e.by ? ` (${e.by})` : ""}
              {e.reason ? ` – ${e.reason}` : ""}
            </BodyShort>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The confirmation after a redirect, and a refusal of the whole form. */
export function ClaimNotices({ notice, error }: { notice: string | null; error: string | undefined }) {
  return (
    <>
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {error ? (
        <Alert variant="error" role="alert">
          {error}
        </Alert>
      ) : null}
    </>
  );
}
