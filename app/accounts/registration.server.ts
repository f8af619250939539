// Employer self-registration: a new account plus either a new organisation (the user becomes
// its admin) or a request to join an existing one (its admins are told by e-mail).
import type { Kysely } from "kysely";
import { hashPassword } from "~/auth/password.server";
import * as texts from "~/texts";
import { appendAudit } from "../../db/repositories/audit";
import { queueMail } from "../../db/repositories/mail";
import {
  addMember,
  createOrganisation,
  findOrganisationByOrgNumber,
  listAdminEmails,
} from "../../db/repositories/organisations";
import { createUser } from "../../db/repositories/users";
import type { Database, User } from "../../db/schema";

export interface RegistrationInput {
  name: string;
  email: string;
  password: string;
  orgNumber: string;
  orgName?: string;
  address?: string;
  municipalityNumber?: string;
}

export type RegistrationResult =
  | { kind: "created"; user: User; organisationName: string }
  | { kind: "join-requested"; user: User; organisationName: string };

/** Everything in one transaction: a failure leaves no half-made account behind. */
export async function registerEmployer(
  db: Kysely<Database>,
  input: RegistrationInput,
  requestId: string,
): Promise<RegistrationResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await createUser(trx, { email: input.email, name: input.name, role: "employer", passwordHash });
    const existing = await findOrganisationByOrgNumber(trx, input.orgNumber);
    if (existing) {
      await addMember(trx, { organisationId: existing.id, userId: user.id, role: "member", status: "pending" });
      for (const to of await listAdminEmails(trx, existing.id)) {
        await queueMail(trx, {
          to,
          subject: texts.organisation.joinMailSubject(existing.name),
          body: texts.organisation.joinMailBody(user.name, user.email, existing.name),
        });
      }
      await appendAudit(trx, {
        actor: { userId: user.id, role: "employer", organisationId: existing.id },
        action: "organisation.join_request",
        outcome: "allowed",
        subjectType: "organisation",
        subjectId: existing.id,
        requestId,
      });
      return { kind: "join-requested", user, organisationName: existing.name };
    }
    if (!input.orgName || !input.municipalityNumber)
      throw new Error("orgName and municipalityNumber are required for a new organisation");
    const office = await trx
      .selectFrom("nav_offices")
      .select("id")
      .where("municipality_number", "=", input.municipalityNumber)
      .orderBy("name")
      .executeTakeFirst();
    const organisation = await createOrganisation(trx, {
      orgNumber: input.orgNumber,
      name: input.orgName,
      address: input.address || null,
      municipalityNumber: input.municipalityNumber,
      navOfficeId: office?.id ?? null,
    });
    await addMember(trx, { organisationId: organisation.id, userId: user.id, role: "admin", status: "active" });
    await appendAudit(trx, {
      actor: { userId: user.id, role: "employer", organisationId: organisation.id },
      action: "auth.register",
      outcome: "allowed",
      subjectType: "organisation",
      subjectId: organisation.id,
      requestId,
    });
    return { kind: "created", user, organisationName: organisation.name };
  });
}
