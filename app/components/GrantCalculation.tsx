import { ExpenseTotal, MentorCalculation } from "~/components/GrantFigures";
import { WageCalculation } from "~/components/WageSubsidy";
import type { FormValues } from "~/forms/wizard";
import type { GrantRates } from "~/grants/calculation";
import { zonePercent } from "~/grants/wage-figures";
import type { GrantKind } from "~/grants/worth";

/**
 * A grant application's figures from its answers, as NAV computes them: on the page, on its
 * calculation step while the employer types (live), and in its live preview's answer.
 */
export function GrantCalculation({
  kind,
  answers,
  rates,
  wagePercent,
}: {
  kind: GrantKind;
  answers: FormValues;
  rates: GrantRates;
  wagePercent: number | null;
}) {
  if (kind === "mentor") return <MentorCalculation answers={answers} rates={rates} />;
  if (kind === "wage")
    return <WageCalculation answers={answers} employerTaxPercent={zonePercent(answers, rates)} percent={wagePercent} />;
  return <ExpenseTotal answers={answers} rates={rates} />;
}
