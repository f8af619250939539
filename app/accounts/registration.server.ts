// Employer self-registration: a new account plus either a new organisation (the user becomes
// its admin) or a request to join an existing one (its admins are told by e-mail).
//
// The form does not make the account: it stores a request and mails a link, and the answer on
// the page is the same whether the e-mail already has an account (then the mail says so). So
// the form cannot be used to find out who has an account (issue #19, finding 6).
import { createHash, randomBytes } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import { hashPassword } from "~/auth/password.server";
import { decideThrottle, failuresFor, throttleRules } from "~/auth/throttle";
import * as texts from "~/texts";
import { appendAudit } from "../../db/repositories/audit";
import { sendMessage } from "~/notifications";
import {
  addMember,
  createOrganisation,
  findOrganisationByOrgNumber,
  listAdminEmails,
} from "../../db/repositories/organisations";
import { createUser, emailIsTaken } from "../../db/repositories/users";
import type { Database, RegistrationRequestsTable, User } from "../../db/schema";

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
  return db.transaction().execute((trx) => createEmployerAccount(trx, { ...input, passwordHash }, requestId));
}

async function createEmployerAccount(
  trx: Transaction<Database>,
  input: Omit<RegistrationInput, "password"> & { passwordHash: string },
  requestId: string,
): Promise<RegistrationResult> {
  const passwordHash = input.passwordHash;
  const user = await createUser(trx, { email: input.email, name: input.name, role: "employer", passwordHash });
  const existing = await findOrganisationByOrgNumber(trx, input.orgNumber);
  if (existing) {
    await addMember(trx, { organisationId: existing.id, userId: user.id, role: "member", status: "pending" });
    for (const to of await listAdminEmails(trx, existing.id)) {
      await sendMessage(trx, "email", {
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
}

export const REGISTRATION_HOURS = 24;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export type RegistrationRequest = Selectable<RegistrationRequestsTable>;

/**
 * The registration form, sent: the same work and the same answer whether or not the e-mail has
 * an account. A new address gets a link to finish (the request is stored); a known one gets a
 * mail saying it already has an account. Nothing is told to the person at the form.
 */
export async function requestRegistration(
  db: Kysely<Database>,
  input: Omit<RegistrationInput, "password">,
  options: { baseUrl: string; requestId: string; now?: Date },
): Promise<void> {
  const token = randomBytes(24).toString("base64url");
  const now = options.now ?? new Date();
  const t = texts.registration;
  await db.transaction().execute(async (trx) => {
    const known = await emailIsTaken(trx, input.email);
    if (known) {
      await sendMessage(trx, "email", {
        to: input.email,
        subject: t.existingMailSubject,
        body: t.existingMailBody(`${options.baseUrl}/logg-inn`),
      });
    } else {
      await trx
        .insertInto("registration_requests")
        .values({
          token_hash: hashToken(token),
          email: input.email.trim().toLowerCase(),
          name: input.name,
          org_number: input.orgNumber,
          org_name: input.orgName || null,
          address: input.address || null,
          municipality_number: input.municipalityNumber || null,
          expires_at: new Date(now.getTime() + REGISTRATION_HOURS * 3_600_000),
        })
        .execute();
      await sendMessage(trx, "email", {
        to: input.email,
        subject: t.confirmMailSubject,
        body: t.confirmMailBody(input.name, `${options.baseUrl}/registrer/bekreft/${token}`),
      });
    }
    await appendAudit(trx, {
      actor: { userId: null, role: null },
      action: "auth.register_requested",
      outcome: known ? "denied" : "allowed",
      subjectType: "email",
      subjectId: input.email.trim().toLowerCase(),
      requestId: options.requestId,
      details: { existingAccount: known },
    });
  });
}

/**
 * Registration requests are throttled like sign-ins (app/auth/throttle.ts): each one sends a
 * mail, so each counts as a failed sign-in would. One address asking for one e-mail gets 3 free
 * requests, then waits 1 s, 2 s, 4 s …; one address across e-mails gets 10; an e-mail asked for
 * from many addresses is only slowed. The answer never depends on whether the e-mail has an
 * account. A request told to wait is not recorded; rows older than the window are deleted.
 */
export async function throttleRegistration(
  db: Kysely<Database>,
  input: { email: string; ip: string },
  options: { now?: Date; wait?: (ms: number) => Promise<unknown> } = {},
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - throttleRules.windowMinutes * 60_000);
  const rows = await db
    .selectFrom("registration_attempts")
    .select(["email", "ip", "at"])
    .where((eb) => eb.or([eb("email", "=", email), eb("ip", "=", input.ip)]))
    .where("at", ">", since)
    .execute();
  const decision = decideThrottle(
    failuresFor(
      rows.map((r) => ({ ...r, succeeded: false })),
      email,
      input.ip,
    ),
    now,
  );
  if (decision.kind === "wait") return { ok: false, retryAfterSeconds: decision.retryAfterSeconds };
  if (decision.delayMs > 0) await (options.wait ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(decision.delayMs);
  await db.deleteFrom("registration_attempts").where("at", "<=", since).execute();
  await db.insertInto("registration_attempts").values({ email, ip: input.ip, at: now }).execute();
  return { ok: true };
}

/** The request behind a link, while it is open (not used, not expired). */
export async function findOpenRegistration(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<RegistrationRequest | undefined> {
  return db
    .selectFrom("registration_requests")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("completed_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/**
 * Follows the link: makes the account (and organisation or join request) from the request, with
 * the password chosen on the link's page, and closes it, in one transaction. An address that got an account in the meantime (two requests,
 * an invitation) only closes the request.
 */
export async function completeRegistration(
  db: Kysely<Database>,
  request: RegistrationRequest,
  password: string,
  requestId: string,
): Promise<RegistrationResult | { kind: "email-taken" } | { kind: "gone" }> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable("registration_requests")
      .set({ completed_at: new Date() })
      .where("id", "=", request.id)
      .where("completed_at", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!closed) return { kind: "gone" as const };
    if (await emailIsTaken(trx, request.email)) return { kind: "email-taken" as const };
    return createEmployerAccount(
      trx,
      {
        name: request.name,
        email: request.email,
        passwordHash,
        orgNumber: request.org_number,
        orgName: request.org_name ?? undefined,
        address: request.address ?? undefined,
        municipalityNumber: request.municipality_number ?? undefined,
      },
      requestId,
    );
  });
}
