// Lønnstilskudd as the routes use it: what the rules need to know about the person (need, birth
// date: never sent to the employer), the percentage known so far, and the plan stored on approval.
import { todayInOslo } from "~/domain/dates";
import type { FormValues } from "~/forms/wizard";
import { getDb } from "~/services.server";
import { getNeed } from "../../db/repositories/wage-subsidy";
import type { GrantRates } from "./calculation";
import { wageFigures, zonePercent } from "./wage-figures";
import type { WageContext } from "./wage-forms";
import { type Need, type WageKind, midlertidigPercent, wageKinds } from "./wage-subsidy";

export async function wageContext(candidateId: string): Promise<WageContext> {
  const db = getDb();
  const identity = await db
    .selectFrom("candidate_identities")
    .select("birth_date")
    .where("candidate_id", "=", candidateId)
    .executeTakeFirst();
  return { need: await getNeed(db, candidateId), birthDate: identity?.birth_date ?? null, today: todayInOslo() };
}

export function wageKindOf(answers: FormValues): WageKind | null {
  const k = answers.wageKind;
  return typeof k === "string" && (wageKinds as readonly string[]).includes(k) ? (k as WageKind) : null;
}

/** The percentage as far as it is known: decided by NAV, or for midlertidig from the need. */
export function knownPercent(answers: FormValues, need: Need | null, decided: string | number | null): number | null {
  if (decided !== null) return Number(decided);
  return wageKindOf(answers) === "midlertidig" && need ? midlertidigPercent(need) : null;
}

/** The figures frozen at submission and the plan for a percentage. */
export function wageFiguresFor(answers: FormValues, rates: GrantRates, percent: number | null) {
  return wageFigures(answers, zonePercent(answers, rates), percent);
}
