// The database as Kysely sees it. One interface per table; nullable columns are `T | null`,
// columns with defaults are Generated<>. Route code uses the Selectable/Insertable aliases.
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type UserRole = "employer" | "specialist" | "candidate" | "admin";
export type MembershipRole = "admin" | "member";
export type MembershipStatus = "active" | "pending";

export interface NavOfficesTable {
  id: Generated<string>;
  name: string;
  municipality_number: string;
  created_at: CreatedAt;
}

export interface OrganisationsTable {
  id: Generated<string>;
  org_number: string;
  name: string;
  address: string | null;
  municipality_number: string;
  nav_office_id: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: UserRole;
  nav_office_id: string | null;
  password_hash: string | null;
  created_at: CreatedAt;
}

export interface OrganisationMembersTable {
  organisation_id: string;
  user_id: string;
  role: MembershipRole;
  status: Generated<MembershipStatus>;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: CreatedAt;
}

export type AuditOutcome = "allowed" | "denied";

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_office_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: AuditOutcome;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body: string;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  accepted_at: Date | null;
}

export interface Database {
  nav_offices: NavOfficesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  organisation_members: OrganisationMembersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  invitations: InvitationsTable;
}

export type NavOffice = Selectable<NavOfficesTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type MailMessage = Selectable<MailOutboxTable>;
