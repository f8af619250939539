import type { Kysely } from "kysely";
import { findUserByEmail } from "../../db/repositories/users";
import type { Database, User } from "../../db/schema";
import { verifyPassword } from "./password.server";
import { type Failures, decideThrottle, failuresFor, throttleRules } from "./throttle";

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The failures in the window that concern this attempt: by address (all of them) and by
 * account (those after the account's last successful sign-in, which wipes its slate).
 */
async function recentFailures(db: Kysely<Database>, email: string, ip: string, since: Date): Promise<Failures> {
  const rows = await db
    .selectFrom("sign_in_attempts")
    .select(["email", "ip", "succeeded", "at"])
    .where((eb) => eb.or([eb("email", "=", email), eb("ip", "=", ip)]))
    .where("at", ">", since)
    .execute();
  return failuresFor(rows, email, ip);
}

/**
 * Checks e-mail and password, slowing repeated failures per address and per account (rules in
 * throttle.ts). Every attempt that is weighed is recorded; one told to wait is not, so trying
 * while waiting does not make the wait longer.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
  options: { now?: Date; wait?: (ms: number) => Promise<unknown> } = {},
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - throttleRules.windowMinutes * 60_000);
  const decision = decideThrottle(await recentFailures(db, email, input.ip, since), now);
  if (decision.kind === "wait")
    return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };
  if (decision.delayMs > 0) await (options.wait ?? sleep)(decision.delayMs);

  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  await db.insertInto("sign_in_attempts").values({ email, ip: input.ip, succeeded: ok, at: now }).execute();
  return ok && user ? { ok: true, user } : { ok: false, reason: "invalid" };
}
