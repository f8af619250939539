import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import * as texts from "~/texts";
import { appendAudit } from "../../db/repositories/audit";
import { sendMessage } from "~/notifications";
import { addMember } from "../../db/repositories/organisations";
import { createUser, findUserByEmail } from "../../db/repositories/users";
import type { Database, MembershipRole } from "../../db/schema";
import { hashPassword } from "../auth/password.server";

export const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface InviteInput {
  organisationId: string;
  organisationName: string;
  email: string;
  role: MembershipRole;
  inviter: { id: string; name: string };
  baseUrl: string;
  requestId: string;
}

/** Stores the invitation (only the token's hash) and puts the e-mail with the link in the outbox. */
export async function inviteColleague(db: Kysely<Database>, input: InviteInput): Promise<void> {
  const token = randomBytes(24).toString("base64url");
  const link = `${input.baseUrl}/invitasjon/${token}`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("invitations")
      .values({
        organisation_id: input.organisationId,
        email: input.email.toLowerCase(),
        role: input.role,
        token_hash: hashToken(token),
        invited_by: input.inviter.id,
        expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .execute();
    await sendMessage(trx, "email", {
      to: input.email,
      subject: texts.organisation.inviteMailSubject(input.organisationName),
      body: texts.organisation.inviteMailBody(input.organisationName, input.inviter.name, link),
    });
    await appendAudit(trx, {
      actor: { userId: input.inviter.id, role: "employer", organisationId: input.organisationId },
      action: "organisation.invite",
      outcome: "allowed",
      subjectType: "email",
      subjectId: input.email.toLowerCase(),
      requestId: input.requestId,
    });
  });
}

export interface OpenInvitation {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  role: MembershipRole;
}

/** The invitation behind a token, if it is still open (not used, not expired). */
export async function findOpenInvitation(db: Kysely<Database>, token: string): Promise<OpenInvitation | undefined> {
  const row = await db
    .selectFrom("invitations as i")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .select(["i.id", "i.organisation_id", "o.name", "i.email", "i.role"])
    .where("i.token_hash", "=", hashToken(token))
    .where("i.accepted_at", "is", null)
    .where("i.expires_at", ">", new Date())
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.name,
      email: row.email,
      role: row.role,
    }
  );
}

/**
 * Accepts an invitation: creates the account when `newAccount` is given, adds the membership,
 * marks the invitation used. Returns the user id. One transaction.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  invitation: OpenInvitation,
  account: { userId: string } | { name: string; password: string },
  requestId: string,
): Promise<string> {
  const passwordHash = "password" in account ? await hashPassword(account.password) : null;
  return db.transaction().execute(async (trx) => {
    let userId: string;
    if ("userId" in account) userId = account.userId;
    else {
      const existing = await findUserByEmail(trx, invitation.email);
      userId = existing
        ? existing.id
        : (await createUser(trx, { email: invitation.email, name: account.name, role: "employer", passwordHash })).id;
    }
    await addMember(trx, {
      organisationId: invitation.organisationId,
      userId,
      role: invitation.role,
      status: "active",
    });
    await trx.updateTable("invitations").set({ accepted_at: new Date() }).where("id", "=", invitation.id).execute();
    await appendAudit(trx, {
      actor: { userId, role: "employer", organisationId: invitation.organisationId },
      action: "invitation.accept",
      outcome: "allowed",
      subjectType: "organisation",
      subjectId: invitation.organisationId,
      requestId,
    });
    return userId;
  });
}
