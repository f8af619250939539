import type { Kysely } from "kysely";
import { findUserByEmail } from "../../db/repositories/users";
import type { Database, User } from "../../db/schema";
import { verifyPassword } from "./password.server";
import { decideThrottle, throttleRules } from "./throttle";

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMinutes: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function recentFailures(
  db: Kysely<Database>,
  column: "email" | "ip",
  value: string,
  since: Date,
): Promise<Date[]> {
  let query = db
    .selectFrom("sign_in_attempts")
    .select("at")
    .where(column, "=", value)
    .where("succeeded", "=", false)
    .where("at", ">", since);
  if (column === "email") {
    // A successful sign-in wipes the account's slate.
    query = query.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("sign_in_attempts as s")
            .select("s.id")
            .where("s.email", "=", value)
            .where("s.succeeded", "=", true)
            .whereRef("s.at", ">", "sign_in_attempts.at"),
        ),
      ),
    );
  }
  return (await query.execute()).map((r) => r.at);
}

/**
 * Checks e-mail and password, slowing and then refusing repeated failures per account and per
 * address (rules in throttle.ts). Every attempt that is weighed is recorded.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
  options: { now?: Date; wait?: (ms: number) => Promise<unknown> } = {},
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - throttleRules.windowMinutes * 60_000);
  const decision = decideThrottle(
    {
      account: await recentFailures(db, "email", email, since),
      address: await recentFailures(db, "ip", input.ip, since),
    },
    now,
  );
  // A refused attempt is not recorded: otherwise trying during the lock would extend it forever.
  if (decision.kind === "refuse") return { ok: false, reason: "locked", retryAfterMinutes: decision.retryAfterMinutes };
  if (decision.delayMs > 0) await (options.wait ?? sleep)(decision.delayMs);

  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  await db.insertInto("sign_in_attempts").values({ email, ip: input.ip, succeeded: ok, at: now }).execute();
  return ok && user ? { ok: true, user } : { ok: false, reason: "invalid" };
}
