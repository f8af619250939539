// Authorisation in one place. Every loader and action calls one of these before it reads or
// writes anything: role checks plus ownership. Someone else's id answers 404, so a URL never
// reveals that a thing exists; every refusal is written to the audit trail.
import type { AppLoadContext } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getDb } from "~/services.server";
import { type AuditAction, type AuditActor, appendAudit } from "../../db/repositories/audit";
import type { MembershipRole, UserRole } from "../../db/schema";
import { isUuid, mayOpenCandidate, organisationVerdict } from "./access-rules";
import { type SessionUser, getSessionUser } from "./session.server";

export type { SessionUser };
export { isUuid };

export const homeFor: Record<UserRole, string> = {
  employer: "/arbeidsgiver",
  specialist: "/spesialist",
  candidate: "/kandidat",
  admin: "/admin",
  leader: "/leder",
};

export function actorOf(user: SessionUser | null, organisationId?: string | null): AuditActor {
  return {
    userId: user?.id ?? null,
    role: user?.role ?? null,
    officeId: user?.navOfficeId ?? null,
    organisationId: organisationId ?? null,
  };
}

export async function audit(
  context: AppLoadContext,
  user: SessionUser | null,
  entry: {
    action: AuditAction;
    outcome?: "allowed" | "denied";
    subjectType?: string;
    subjectId?: string;
    organisationId?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await appendAudit(getDb(), {
    actor: actorOf(user, entry.organisationId),
    action: entry.action,
    outcome: entry.outcome ?? "allowed",
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    requestId: context.requestId,
    details: entry.details,
  });
}

async function deny(
  request: Request,
  context: AppLoadContext,
  user: SessionUser,
  status: 403 | 404,
  reason: string,
): Promise<never> {
  await audit(context, user, {
    action: "access.denied",
    outcome: "denied",
    subjectType: "url",
    subjectId: new URL(request.url).pathname,
    details: { reason, method: request.method },
  });
  throw new Response(status === 404 ? "Not found" : "Forbidden", { status });
}

export function getOptionalUser(request: Request): Promise<SessionUser | null> {
  return getSessionUser(request);
}

/** The signed-in user; anyone else is sent to sign in and brought back afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/logg-inn?neste=${encodeURIComponent(back)}`);
}

/** The signed-in user with one of the roles; another role gets 403 (and an audit row). */
export async function requireRole(
  request: Request,
  context: AppLoadContext,
  ...roles: UserRole[]
): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role))
    await deny(request, context, user, 403, `role ${user.role} not in ${roles.join(",")}`);
  return user;
}

/**
 * An employer who is an active member of the organisation (an admin of it, with `admin`).
 * Not a member: 404, as if the organisation did not exist. Member without admin rights: 403.
 */
export async function requireOrganisationMember(
  request: Request,
  context: AppLoadContext,
  organisationId: string,
  options: { admin?: boolean } = {},
): Promise<{ user: SessionUser; role: MembershipRole }> {
  const user = await requireRole(request, context, "employer");
  const verdict = organisationVerdict(user.memberships, organisationId, options);
  if (!verdict.ok) return deny(request, context, user, verdict.status, verdict.reason);
  return { user, role: verdict.value };
}

/**
 * Who may see a candidate's full profile: a specialist of the candidate's own office, or the
 * candidate. Everyone else gets 404, as if the candidate did not exist.
 */
export async function requireCandidateAccess(
  request: Request,
  context: AppLoadContext,
  candidateId: string | undefined,
): Promise<{ user: SessionUser; candidate: { id: string; officeId: string; userId: string | null } }> {
  const user = await requireRole(request, context, "specialist", "candidate");
  const candidate = isUuid(candidateId)
    ? await getDb()
        .selectFrom("candidates")
        .select(["id", "office_id", "user_id"])
        .where("id", "=", candidateId)
        .executeTakeFirst()
    : undefined;
  const allowed = candidate && mayOpenCandidate(user, { officeId: candidate.office_id, userId: candidate.user_id });
  if (!candidate || !allowed) return deny(request, context, user, 404, "candidate outside the user's office");
  return { user, candidate: { id: candidate.id, officeId: candidate.office_id, userId: candidate.user_id } };
}
