import type { Kysely, Transaction } from "kysely";
import type { Database, MembershipRole, MembershipStatus, User, UserRole } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

export interface Membership {
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
  status: MembershipStatus;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.trim().toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom("organisation_members as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id", "o.name", "m.role", "m.status"])
    .where("m.user_id", "=", userId)
    .orderBy("o.name")
    .execute();
  return rows.map((r) => ({ organisationId: r.id, organisationName: r.name, role: r.role, status: r.status }));
}

export async function createUser(
  db: Db,
  user: { email: string; name: string; role: UserRole; passwordHash: string | null; navOfficeId?: string | null },
): Promise<User> {
  return db
    .insertInto("users")
    .values({
      email: user.email.trim().toLowerCase(),
      name: user.name.trim(),
      role: user.role,
      password_hash: user.passwordHash,
      nav_office_id: user.navOfficeId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function emailIsTaken(db: Db, email: string): Promise<boolean> {
  return (await findUserByEmail(db, email)) !== undefined;
}
