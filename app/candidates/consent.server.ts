import type { AppLoadContext } from "@remix-run/node";
import { type SessionUser, audit, isUuid } from "~/auth/access.server";
import type { ConsentView } from "~/components/ConsentList";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import { withdrawConsentById } from "../../db/repositories/candidates";
import type { Consent } from "../../db/schema";
import { consentState } from "./consent-rules";

export function consentViews(
  consents: Consent[],
  organisationNames: Map<string, string>,
  now = new Date(),
): ConsentView[] {
  return consents.map((c) => ({
    id: c.id,
    scope: c.scope,
    organisationName: c.organisation_id ? (organisationNames.get(c.organisation_id) ?? null) : null,
    method: c.method,
    recordedAt: formatDate(c.recorded_at),
    expiresAt: formatDate(c.expires_at),
    state: consentState(c, now),
    onBehalfReason: c.on_behalf_reason,
  }));
}

/** Withdraws a consent (by the candidate, or a specialist on their behalf) and audit-logs it. */
export async function withdrawConsentAs(
  context: AppLoadContext,
  user: SessionUser,
  candidateId: string,
  consentId: string,
): Promise<boolean> {
  if (!isUuid(consentId)) return false;
  const consent = await withdrawConsentById(getDb(), candidateId, consentId, user.id);
  if (!consent) return false;
  await audit(context, user, {
    action: "consent.changed",
    subjectType: "candidate",
    subjectId: candidateId,
    details: { consentId, scope: consent.scope, change: "withdrawn" },
  });
  return true;
}
