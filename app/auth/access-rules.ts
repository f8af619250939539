// The decisions behind app/auth/access.server.ts as plain functions (no request, no database), so
// they are unit- and mutation-tested: who may act for an organisation, who may open a candidate.
import type { MembershipRole, MembershipStatus, UserRole } from "../../db/schema";

/** True for a syntactically valid UUID: anything else in an id slot is simply not found. */
export function isUuid(value: string | undefined): value is string {
  return !!value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; status: 403 | 404; reason: string };

/**
 * An employer acts for an organisation only as an active member (as its admin, with `admin`).
 * Not an active member: 404, as if the organisation did not exist. A member without admin rights: 403.
 */
export function organisationVerdict(
  memberships: Array<{ organisationId: string; role: MembershipRole; status: MembershipStatus }>,
  organisationId: string,
  options: { admin?: boolean } = {},
): Verdict<MembershipRole> {
  const membership = memberships.find((m) => m.organisationId === organisationId && m.status === "active");
  if (!membership) return { ok: false, status: 404, reason: "not a member of the organisation" };
  if (options.admin && membership.role !== "admin")
    return { ok: false, status: 403, reason: "not an organisation admin" };
  return { ok: true, value: membership.role };
}

/** A candidate's full profile: a specialist of the candidate's own office, or the candidate. */
export function mayOpenCandidate(
  user: { id: string; role: UserRole; navOfficeId: string | null },
  candidate: { officeId: string; userId: string | null },
): boolean {
  if (user.role === "specialist") return user.navOfficeId !== null && candidate.officeId === user.navOfficeId;
  if (user.role === "candidate") return candidate.userId !== null && candidate.userId === user.id;
  return false;
}
