import { Alert, BodyShort, Box, Heading } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { ReactNode } from "react";
import type { GrantRates } from "~/grants/calculation";
import { inclusionFigures, mentorFigures } from "~/grants/figures";
import type { FormValues } from "~/forms/wizard";
import * as texts from "~/texts";
import { type EditStep, SummarySection } from "~/components/SummarySection";
import { formatPercent } from "~/format";
import { answerValue } from "~/components/answer-values";
import { TableScroll } from "~/components/TableScroll";

const t = texts.grants;

/** The mentor grant, line by line, as NAV computes it; live while typing. */
export function MentorCalculation({ answers, rates }: { answers: FormValues; rates: GrantRates }) {
  const figures = mentorFigures(answers, rates);
  return (
    <Box
      padding="space-16"
      borderRadius="12"
      background="accent-soft"
      as="section"
      aria-labelledby="calc-heading"
      className="grant-calc"
    >
      <Heading level="2" size="small" id="calc-heading" spacing>
        {t.calcHeading}
      </Heading>
      {figures ? (
        <div aria-live="polite">
          <TableScroll>
            <Table size="small">
              <Table.Body>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t.calcHourly}</Table.HeaderCell>
                  <Table.DataCell align="right">{t.krWhole(figures.hourlyRateKr)}</Table.DataCell>
                </Table.Row>
                {figures.lines.map((l) => (
                  <Table.Row key={l.key}>
                    <Table.HeaderCell scope="row">
                      {t.calcLines[l.key as keyof typeof t.calcLines]}
                      {l.percent !== null ? ` (${formatPercent(l.percent)})` : ""}
                    </Table.HeaderCell>
                    <Table.DataCell align="right">{t.kr(l.amountOre)}</Table.DataCell>
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row">{t.calcMonthly}</Table.HeaderCell>
                  <Table.DataCell align="right" data-testid="monthly-grant">
                    <strong>{t.krWhole(figures.monthlyKr)}</strong>
                  </Table.DataCell>
                </Table.Row>
                {figures.months !== null && figures.periodKr !== null ? (
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t.calcPeriod(figures.months)}</Table.HeaderCell>
                    <Table.DataCell align="right">{t.krWhole(figures.periodKr)}</Table.DataCell>
                  </Table.Row>
                ) : null}
              </Table.Body>
            </Table>
          </TableScroll>
          {figures.warnings.includes("hoursAboveFullTime") ? (
            <Alert variant="warning" size="small">
              {t.hoursWarning}
            </Alert>
          ) : null}
        </div>
      ) : (
        <BodyShort size="small">{t.calcIncomplete}</BodyShort>
      )}
    </Box>
  );
}

/** The running total of the expenses against the year's maximum. */
export function ExpenseTotal({ answers, rates }: { answers: FormValues; rates: GrantRates }) {
  const f = inclusionFigures(answers, rates);
  return (
    <Box
      padding="space-16"
      borderRadius="12"
      background="accent-soft"
      as="section"
      aria-labelledby="total-heading"
      className="grant-calc"
    >
      <Heading level="2" size="small" id="total-heading" spacing>
        {t.total}
      </Heading>
      <BodyShort aria-live="polite" data-testid="expense-total">
        <strong>{t.krWhole(f.totalKr)}</strong>
      </BodyShort>
      <BodyShort size="small">{t.maxForYear(f.year, f.maxKr)}</BodyShort>
      <BodyShort size="small" className={f.remainingKr < 0 ? "summary-warning" : undefined}>
        {t.remaining(f.remainingKr)}
      </BodyShort>
    </Box>
  );
}

const labels: Record<string, string> = {
  contactName: t.contactName,
  contactPhone: t.contactPhone,
  contactEmail: t.contactEmail,
  mentorName: t.mentorName,
  mentorPhone: t.mentorPhone,
  mentorTasks: t.mentorTasks,
  familyTie: t.familyTie,
  familyTieExplanation: t.familyTieExplanation,
  startDate: t.startDate,
  endDate: t.endDate,
  extended: t.extended,
  extendedReason: t.extendedReason,
  followUp: t.followUp,
  adaptation: t.adaptation,
  hoursPerMonth: t.hoursPerMonth,
  payType: t.payType,
  payAmount: t.payAmount,
  positionPercent: t.positionPercent,
  holidayPayPercent: t.holidayPayPercent,
  otpPercent: t.otpPercent,
  taxZone: t.taxZone,
  accountNumber: t.accountNumber,
  reason: t.reason,
};

function shown(name: string, value: string): string {
  if (name === "payType") return t.payTypes[value as keyof typeof t.payTypes] ?? value;
  return answerValue(name, value);
}

/** The answers of a guided form as description lists, one section per step (on the summary, with its "Endre"). */
export function StepAnswers({
  answers,
  steps,
  stepLabels,
  labels: fieldLabels,
  named = answerValue,
  extra,
  edit,
}: {
  answers: FormValues;
  steps: string[][];
  stepLabels: readonly string[];
  labels: Record<string, string>;
  /** An answer as the employer reads it: a kind's name, "48 750 kr", a date the Norwegian way. */
  named?: (name: string, value: string) => string;
  /** More rows of a step (the inclusion grant's expenses), or nothing. */
  extra?: (names: string[]) => ReactNode;
  /** On the summary: the "Endre" button of step i, shown beside that step's answers. */
  edit?: EditStep;
}) {
  return (
    <div className="stack">
      {steps.map((names, i) => {
        const rows = names.filter((n) => fieldLabels[n] && typeof answers[n] === "string" && answers[n] !== "");
        const more = extra?.(names) ?? null;
        // A step with nothing to show keeps its "Endre" on the summary (names.length: not the summary step itself).
        if (rows.length === 0 && more === null && !(edit && names.length > 0)) return null;
        const label = stepLabels[i] ?? "";
        return (
          <SummarySection key={label} label={label} step={i} edit={edit}>
            <dl className="facts">
              {rows.map((n) => (
                <div key={n} className="facts-row">
                  <dt>{fieldLabels[n]}</dt>
                  <dd>{named(n, String(answers[n]))}</dd>
                </div>
              ))}
              {more}
            </dl>
          </SummarySection>
        );
      })}
    </div>
  );
}

/** The answers as a description list, step by step (summary, review, decision). */
export function GrantAnswers({
  kind,
  answers,
  stepLabels,
  steps,
  edit,
}: {
  kind: "mentor" | "inclusion";
  answers: FormValues;
  stepLabels: readonly string[];
  steps: string[][];
  /** On the summary: the "Endre" button of step i, shown beside that step's answers. */
  edit?: EditStep;
}) {
  const expenses =
    kind === "inclusion" ? inclusionFigures(answers, { inclusionMaxKr: 0, year: 0 } as GrantRates).rows : [];
  return (
    <StepAnswers
      answers={answers}
      steps={steps}
      stepLabels={stepLabels}
      labels={labels}
      named={shown}
      edit={edit}
      extra={(names) =>
        kind === "inclusion" && names.some((n) => n.startsWith("expense"))
          ? expenses.map((e) => (
              <div key={e.type} className="facts-row">
                <dt>{t.expenseTypes[e.type as keyof typeof t.expenseTypes] ?? e.type}</dt>
                <dd>{`${t.krWhole(e.amountKr)} – ${e.description}`}</dd>
              </div>
            ))
          : null
      }
    />
  );
}
