import type { FieldMetadata } from "@conform-to/react";
import { Alert, BodyShort, Box, Heading } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { Fragment, type ReactNode } from "react";
import { CommentFromNav, area, choice, date, taxZone, text, yesNo } from "~/components/GrantFields";
import { StepAnswers } from "~/components/GrantFigures";
import { formatDate, formatDateForField as day, formatNumber as nb, formatPercent as pct } from "~/format";
import type { FormValues } from "~/forms/wizard";
import type { GrantRates } from "~/grants/calculation";
import { wageFigures } from "~/grants/wage-figures";
import { type WageKind, type offeredKinds, wageHolidayPayPercents } from "~/grants/wage-subsidy";
import { TableScroll } from "~/components/TableScroll";
import * as texts from "~/texts";
import type { EditStep } from "~/components/SummarySection";
import { answerValue } from "~/components/answer-values";

const t = texts.wage;
const g = texts.grants;

export interface PlanRow {
  start: string;
  end: string;
  percent: number | null;
  amountOre: number;
}

/** The tilskuddsperioder: dates, days, percentage and amount of each, the total and the step down. */
export function PeriodPlanTable({
  periods,
  totalOre,
  stepDownDate,
}: {
  periods: PlanRow[];
  totalOre: number;
  stepDownDate: string | null;
}) {
  const first = periods[0]?.percent ?? null;
  const lower = stepDownDate ? (periods.find((p) => p.start === stepDownDate)?.percent ?? null) : null;
  return (
    <section aria-labelledby="plan-heading" className="stack-tight period-plan">
      <Heading level="2" size="small" id="plan-heading">
        {t.planHeading}
      </Heading>
      <BodyShort size="small" data-testid="step-down">
        {stepDownDate && first !== null && lower !== null
          ? t.stepDown(formatDate(stepDownDate), first, lower)
          : t.noStepDown}
      </BodyShort>
      <TableScroll>
        <Table size="small" data-testid="period-plan">
          <caption className="visually-hidden">{t.planCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.planFrom}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.planTo}</Table.HeaderCell>
              {first !== null ? <Table.HeaderCell scope="col">{t.planPercent}</Table.HeaderCell> : null}
              <Table.HeaderCell scope="col" align="right">
                {t.planAmount}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {/* Dates as 15.01.2027 (formatDateForField): short enough for a table row on a phone. */}
            {periods.map((p) => (
              <Table.Row key={p.start}>
                <Table.DataCell>{day(p.start)}</Table.DataCell>
                <Table.DataCell>{day(p.end)}</Table.DataCell>
                {first !== null ? <Table.DataCell>{p.percent === null ? "" : pct(p.percent)}</Table.DataCell> : null}
                <Table.DataCell align="right">{t.nok(p.amountOre / 100)}</Table.DataCell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row" colSpan={first !== null ? 3 : 2}>
                {t.planTotal}
              </Table.HeaderCell>
              <Table.DataCell align="right" data-testid="plan-total">
                <strong>{t.nok(totalOre / 100)}</strong>
              </Table.DataCell>
            </Table.Row>
          </Table.Body>
        </Table>
      </TableScroll>
      <BodyShort size="small">{t.partialNote}</BodyShort>
    </section>
  );
}

/** The chain of costs → monthly grant, each line visible, and the period plan when the percentage is known. */
export function WageCalculation({
  answers,
  employerTaxPercent,
  percent,
  showPlan = true,
}: {
  answers: FormValues;
  employerTaxPercent: number | null;
  percent: number | null;
  showPlan?: boolean;
}) {
  const f = wageFigures(answers, employerTaxPercent, percent);
  const kind = typeof answers.wageKind === "string" ? (answers.wageKind as WageKind) : null;
  const lines = f
    ? [
        { key: "wage", label: t.calcLines.wage, value: t.nok(f.chain.wageKr) },
        {
          key: "holiday",
          label: `${t.calcLines.holidayPay} (${answers.holidayPayPercent} %)`,
          value: g.kr(f.chain.holidayPayOre),
        },
        { key: "pension", label: `${t.calcLines.pension} (${answers.otpPercent} %)`, value: g.kr(f.chain.pensionOre) },
        {
          key: "tax",
          label: `${t.calcLines.employerTax} (${nb(employerTaxPercent ?? 0)} %)`,
          value: g.kr(f.chain.employerTaxOre),
        },
      ]
    : [];
  return (
    <Box
      padding="space-16"
      borderRadius="12"
      background="accent-soft"
      as="section"
      aria-labelledby="wage-calc-heading"
      className="grant-calc stack-tight"
    >
      <Heading level="2" size="small" id="wage-calc-heading">
        {t.calcHeading}
      </Heading>
      {f ? (
        <div aria-live="polite" className="stack-tight">
          <Table size="small">
            <Table.Body>
              {lines.map((l) => (
                <Table.Row key={l.key}>
                  <Table.HeaderCell scope="row">{l.label}</Table.HeaderCell>
                  <Table.DataCell align="right">{l.value}</Table.DataCell>
                </Table.Row>
              ))}
              <Table.Row>
                <Table.HeaderCell scope="row">{t.calcLines.costs}</Table.HeaderCell>
                <Table.DataCell align="right" data-testid="sum-of-costs">
                  {t.nok(f.chain.costsKr)}
                </Table.DataCell>
              </Table.Row>
              {f.percent !== null && f.monthlyKr !== null ? (
                <>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t.calcLines.percent}</Table.HeaderCell>
                    <Table.DataCell align="right">{pct(f.percent)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t.calcLines.monthly}</Table.HeaderCell>
                    <Table.DataCell align="right" data-testid="monthly-grant">
                      <strong>{t.nok(f.monthlyKr)}</strong>
                    </Table.DataCell>
                  </Table.Row>
                </>
              ) : null}
            </Table.Body>
          </Table>
          <BodyShort size="small">{t.calcRounding}</BodyShort>
          {f.percent === null && kind ? <BodyShort size="small">{t.percentByNav[kind]}</BodyShort> : null}
          {f.warnings.map((w) => (
            <Alert key={w} variant="warning" size="small">
              {w === "wageAbove" ? t.monthlyWageWarning : t.otpWarning}
            </Alert>
          ))}
          {showPlan && f.plan ? (
            <PeriodPlanTable periods={f.plan.periods} totalOre={f.plan.totalOre} stepDownDate={f.plan.stepDownDate} />
          ) : null}
        </div>
      ) : (
        <BodyShort size="small">{t.calcIncomplete}</BodyShort>
      )}
    </Box>
  );
}

function field(name: string, f: FieldMetadata<any>, rates: GrantRates, kinds: KindsOffered): ReactNode {
  switch (name) {
    case "wageKind":
      // The reason a kind is left out follows the choices (in the group's name it would be read
      // out with every choice).
      return (
        <>
          {choice(
            f,
            t.wageKind,
            kinds.offered.map((k) => [k, t.kinds[k], t.kindsHelp[k]] as const),
          )}
          {kinds.notOffered.length > 0 ? <NotOffered notOffered={kinds.notOffered} /> : null}
        </>
      );
    case "startDate":
      return date(f, t.startDate);
    case "endDate":
      return date(f, t.endDate);
    case "jobTitle":
      return text(f, t.jobTitle);
    case "tasks":
      return area(f, t.tasks, t.tasksHelp, 1000);
    case "positionPercent":
      return text(f, t.positionPercent, t.positionHelp, { inputMode: "decimal", htmlSize: 6 });
    case "daysPerWeek":
      return text(f, t.daysPerWeek, undefined, { inputMode: "numeric", htmlSize: 4 });
    case "employmentType":
      return choice(f, t.employmentType, [
        ["permanent", t.employmentTypes.permanent],
        ["temporary", t.employmentTypes.temporary],
      ]);
    case "familyTie":
      return yesNo(f, t.familyTie);
    case "familyTieExplanation":
      return area(f, t.familyTieExplanation, undefined, 500);
    case "monthlyWage":
      return text(f, t.monthlyWage, t.monthlyWageHelp, { inputMode: "numeric", htmlSize: 10 });
    case "holidayPayPercent":
      return choice(
        f,
        t.holidayPayPercent,
        wageHolidayPayPercents.map((p) => [String(p), t.percentOption(nb(p))] as const),
      );
    case "otpPercent":
      return text(f, t.otpPercent, t.otpHelp, { inputMode: "decimal", htmlSize: 6 });
    case "taxZone":
      return taxZone(f, rates);
    case "purpose":
      return area(f, t.purpose, t.purposeHelp, 1000);
    case "accountNumber":
      return text(f, t.accountNumber, t.accountHelp, { inputMode: "numeric", htmlSize: 16 });
    default:
      return null;
  }
}

/** The kinds the person's recorded need allows (offered), and the reason for each left out. */
export type KindsOffered = ReturnType<typeof offeredKinds>;

/** Why a kind is not among the choices, once per reason (no need recorded leaves out all three). */
function NotOffered({ notOffered }: { notOffered: KindsOffered["notOffered"] }) {
  const reasons = [...new Set(notOffered.map((n) => n.reason))];
  return (
    <BodyShort size="small" data-testid="kinds-not-offered">
      {reasons.map((r) => t.errors[r]).join(" ")}
    </BodyShort>
  );
}

/** One step's fields of the lønnstilskudd application, with NAV's comment when it came back. */
export function WageFields({
  names,
  fields,
  rates,
  kinds,
  comment,
}: {
  names: string[];
  fields: Record<string, FieldMetadata<any>>;
  rates: GrantRates;
  kinds: KindsOffered;
  comment?: string;
}) {
  return (
    <>
      <CommentFromNav comment={comment} />
      {names.map((n) => (
        <Fragment key={n}>{field(n, fields[n] as FieldMetadata<any>, rates, kinds)}</Fragment>
      ))}
    </>
  );
}

const labels: Record<string, string> = {
  wageKind: t.wageKind,
  startDate: t.startDate,
  endDate: t.endDate,
  jobTitle: t.jobTitle,
  tasks: t.tasks,
  positionPercent: t.positionPercent,
  daysPerWeek: t.daysPerWeek,
  employmentType: t.employmentType,
  familyTie: t.familyTie,
  familyTieExplanation: t.familyTieExplanation,
  monthlyWage: t.monthlyWage,
  holidayPayPercent: t.holidayPayPercent,
  otpPercent: t.otpPercent,
  taxZone: t.taxZone,
  purpose: t.purpose,
  accountNumber: t.accountNumber,
};

function named(name: string, value: string): string {
  if (name === "wageKind") return t.kinds[value as WageKind] ?? value;
  if (name === "employmentType") return t.employmentTypes[value as "permanent" | "temporary"] ?? value;
  return answerValue(name, value);
}

/** The answers, step by step (summary, review, decision). */
export function WageAnswers({ answers, steps, edit }: { answers: FormValues; steps: string[][]; edit?: EditStep }) {
  return <StepAnswers answers={answers} steps={steps} stepLabels={t.steps} labels={labels} named={named} edit={edit} />;
}
