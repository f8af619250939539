// Refusjon as the routes use it: the agreement's rates and what is left of 5 G for a claim, the
// calculation from a valid form, and the view of a claim both sides' pages show.
import type { FormValues } from "~/forms/wizard";
import { getDb } from "~/services.server";
import { type RefundClaim, claimHistory, varigPaidInYear } from "../../db/repositories/refunds";
import { grunnbelopRowOn } from "../../db/repositories/wage-subsidy";
import { ratesFor } from "./applications.server";
import { grunnbelopUsed } from "./grunnbelop";
import { type RefundCalculation, type RefundInput, calculateRefund, claimDeadline, fiveGLeftKr } from "./refund";
import { type ClaimValues, claimFormValues, claimInput } from "./refund-form";
import { zonePercent } from "./wage-figures";

/** The calculation's input apart from the form, and for varig the G used and whether it is the one in force. */
export type ClaimRates = Omit<RefundInput, "lines" | "holidayDeductionKr" | "absenceRefundKr"> & {
  grunnbelop: { amountKr: number; current: boolean } | null;
};

const answersOf = (c: RefundClaim) =>
  ((c.submitted as { answers?: FormValues } | null)?.answers ?? c.answers) as FormValues;

/** The rates the claim is calculated with: the agreement's, the period's and the year's 5 G. */
export async function claimRates(c: RefundClaim): Promise<ClaimRates> {
  const answers = answersOf(c);
  const tax = zonePercent(answers, await ratesFor(answers)) ?? 0;
  let fiveG: number | null = null;
  let grunnbelop: ClaimRates["grunnbelop"] = null;
  if (c.wage_kind === "varig") {
    const used = grunnbelopUsed(c.end_date, await grunnbelopRowOn(getDb(), c.end_date));
    const paid = await varigPaidInYear(getDb(), c, Number(c.start_date.slice(0, 4)));
    fiveG = used ? fiveGLeftKr(used.amountKr, paid) : null;
    grunnbelop = used ? { amountKr: used.amountKr, current: used.current } : null;
  }
  return {
    holidayPayPercent: Number(answers.holidayPayPercent ?? 0),
    otpPercent: Number(answers.otpPercent ?? 0),
    employerTaxPercent: tax,
    percent: Number(c.percent ?? c.decided_percent ?? 0),
    agreedKr: Math.round(Number(c.amount_ore) / 100),
    carriedInKr: c.carried_in_kr,
    fiveGLeftKr: fiveG,
    grunnbelop,
  };
}

export function calculationFor(rates: ClaimRates, values: ClaimValues): RefundCalculation {
  const { grunnbelop: _, ...input } = rates;
  return calculateRefund({ ...input, ...claimInput(values) } satisfies RefundInput);
}

/** What is saved with the claim: the form as numbers, the calculation, and the deadline that follows. */
export function savedClaim(c: RefundClaim, values: ClaimValues, calculation: RefundCalculation) {
  const absenceReported = values.absence === "yes";
  return {
    form: values as unknown as Record<string, unknown>,
    calculation: calculation as unknown as Record<string, unknown>,
    absenceReported,
    deadline: claimDeadline({
      periodEnd: c.end_date,
      absenceReported,
      extended: c.extended_at !== null,
    }),
  };
}

/** A claim as both sides' pages show it (no candidate name: the pages add the label they may show). */
export async function claimView(c: RefundClaim) {
  const rates = await claimRates(c);
  return {
    id: c.id,
    state: c.state,
    kind: c.kind,
    wageKind: c.wage_kind,
    start: c.start_date,
    end: c.end_date,
    deadline: c.deadline,
    extended: c.extended_at !== null,
    extensionReason: c.extension_reason,
    returnReason: c.return_reason,
    claimedKr: c.claimed_kr,
    paidKr: c.paid_kr,
    rates,
    form: claimFormValues(c.form),
    calculation: c.calculation as unknown as RefundCalculation | null,
    history: (await claimHistory(getDb(), c.id)).map((e) => ({
      event: e.event,
      reason: e.reason,
      at: e.at.toISOString(),
      by: e.actor_name,
    })),
  };
}

export type ClaimView = Awaited<ReturnType<typeof claimView>>;
