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

export interface Database {
  nav_offices: NavOfficesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  organisation_members: OrganisationMembersTable;
}

export type NavOffice = Selectable<NavOfficesTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
