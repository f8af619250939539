import type { Kysely, Transaction } from "kysely";
import type { AuditEntry, AuditOutcome, Database } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every action the trail knows. Later features write their own (profile views, identity
 * reveals, consent changes, grant decisions, exports) under these names.
 */
export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_out"
  | "auth.register"
  | "auth.register_requested"
  | "access.denied"
  | "organisation.invite"
  | "organisation.join_request"
  | "organisation.member_approved"
  | "invitation.accept"
  | "admin.office_created"
  | "admin.specialist_created"
  | "audit.viewed"
  | "candidate.profile_viewed"
  | "candidate.identity_revealed"
  | "consent.changed"
  | "grant.decided"
  | "candidate.need_recorded"
  | "export.created"
  | "retention.anonymised"
  | "refund.saved"
  | "refund.sent"
  | "refund.approved"
  | "refund.returned"
  | "refund.extended"
  | "candidate.followup_ended"
  | "candidate.followup_reopened";

export interface AuditActor {
  userId: string | null;
  role: string | null;
  officeId?: string | null;
  organisationId?: string | null;
}

export interface NewAuditEntry {
  actor: AuditActor;
  action: AuditAction;
  outcome: AuditOutcome;
  subjectType?: string | null;
  subjectId?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

export async function appendAudit(db: Db, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_user_id: entry.actor.userId,
      actor_role: entry.actor.role,
      actor_office_id: entry.actor.officeId ?? null,
      actor_organisation_id: entry.actor.organisationId ?? null,
      action: entry.action,
      outcome: entry.outcome,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      request_id: entry.requestId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditFilter {
  subjectType?: string;
  subjectId?: string;
  actorOfficeId?: string;
  action?: string;
  limit?: number;
}

export interface AuditRow extends AuditEntry {
  actor_name: string | null;
}

export async function listAudit(db: Db, filter: AuditFilter = {}): Promise<AuditRow[]> {
  let query = db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .selectAll("audit_log")
    .select("users.name as actor_name")
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .limit(filter.limit ?? 200);
  if (filter.subjectType) query = query.where("audit_log.subject_type", "=", filter.subjectType);
  if (filter.subjectId) query = query.where("audit_log.subject_id", "=", filter.subjectId);
  if (filter.actorOfficeId) query = query.where("audit_log.actor_office_id", "=", filter.actorOfficeId);
  if (filter.action) query = query.where("audit_log.action", "=", filter.action);
  return query.execute();
}
