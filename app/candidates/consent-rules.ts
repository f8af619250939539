// Consent as plain rules (docs/domain.md, "Consent"): a consent counts from when it is recorded
// until it is withdrawn or its expiry passes; an anonymous profile reaches employers only while
// both "search" and "employer_view" count.
import type { ConsentScope } from "../../db/schema";

export type ConsentState = "active" | "expired" | "withdrawn";

/** Withdrawn wins over expired; a consent expiring at this very instant has expired. */
export function consentState(consent: { withdrawn_at: Date | null; expires_at: Date }, now: Date): ConsentState {
  if (consent.withdrawn_at) return "withdrawn";
  return consent.expires_at.getTime() <= now.getTime() ? "expired" : "active";
}

/** True when the anonymous profile may be shown to employers: search and employer_view both active. */
export function visibleToEmployers(
  consents: Array<{ scope: ConsentScope; withdrawn_at: Date | null; expires_at: Date }>,
  now: Date,
): boolean {
  const active = (scope: ConsentScope) => consents.some((c) => c.scope === scope && consentState(c, now) === "active");
  return active("search") && active("employer_view");
}
