import type { Kysely, Transaction } from "kysely";
import type { Database, MembershipRole, MembershipStatus, Organisation } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

export async function findOrganisationByOrgNumber(db: Db, orgNumber: string): Promise<Organisation | undefined> {
  return db.selectFrom("organisations").selectAll().where("org_number", "=", orgNumber).executeTakeFirst();
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function createOrganisation(
  db: Db,
  org: {
    orgNumber: string;
    name: string;
    address: string | null;
    municipalityNumber: string;
    navOfficeId: string | null;
  },
): Promise<Organisation> {
  return db
    .insertInto("organisations")
    .values({
      org_number: org.orgNumber,
      name: org.name.trim(),
      address: org.address,
      municipality_number: org.municipalityNumber,
      nav_office_id: org.navOfficeId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function addMember(
  db: Db,
  member: { organisationId: string; userId: string; role: MembershipRole; status: MembershipStatus },
): Promise<void> {
  await db
    .insertInto("organisation_members")
    .values({
      organisation_id: member.organisationId,
      user_id: member.userId,
      role: member.role,
      status: member.status,
    })
    .onConflict((oc) =>
      oc.columns(["organisation_id", "user_id"]).doUpdateSet({ status: member.status, role: member.role }),
    )
    .execute();
}

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  status: MembershipStatus;
}

export async function listMembers(db: Db, organisationId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom("organisation_members as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.name", "u.email", "m.role", "m.status"])
    .where("m.organisation_id", "=", organisationId)
    .orderBy("m.status", "desc")
    .orderBy("u.name")
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.role, status: r.status }));
}

/** The admins of an organisation, who get told about join requests. */
export async function listAdminEmails(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("organisation_members as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("u.email")
    .where("m.organisation_id", "=", organisationId)
    .where("m.role", "=", "admin")
    .where("m.status", "=", "active")
    .execute();
  return rows.map((r) => r.email);
}
