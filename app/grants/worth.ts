// What an application is worth, as the summary and the send check read it: the mentor grant per
// month, the inkluderingstilskudd's expenses, or the lønnstilskudd per month. Sending one worth
// 0 kr needs the employer's explicit confirmation (a likely mistake: no hours, 0 %).
import type { FormValues } from "~/forms/wizard";
import type { GrantRates } from "./calculation";
import { inclusionFigures, mentorFigures } from "./figures";
import { wageFigures, zonePercent } from "./wage-figures";

export type GrantKind = "mentor" | "inclusion" | "wage";

/** Whole kroner, or null while it cannot be computed (something missing, or the percentage not known yet). */
export function applicationWorthKr(
  kind: GrantKind,
  answers: FormValues,
  rates: GrantRates,
  wagePercent: number | null,
): number | null {
  if (kind === "mentor") return mentorFigures(answers, rates)?.monthlyKr ?? null;
  if (kind === "inclusion") return inclusionFigures(answers, rates).totalKr;
  return wageFigures(answers, zonePercent(answers, rates), wagePercent)?.monthlyKr ?? null;
}

/** An application that would be sent for 0 kr (not one whose amount is not known). */
export function worthNothing(...args: Parameters<typeof applicationWorthKr>): boolean {
  return applicationWorthKr(...args) === 0;
}

/** The confirmation field on the summary step: checked, the employer means to send it for 0 kr. */
export const CONFIRM_ZERO_FIELD = "confirmZero";
