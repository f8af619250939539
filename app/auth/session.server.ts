// Sessions live in PostgreSQL; the cookie holds a random token (signed), the table its SHA-256.
import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect, redirectDocument } from "@remix-run/node";
import { isServerRenderedPath } from "~/page-scripts";
import { getEnv } from "~/env.server";
import { getDb } from "~/services.server";
import { type Membership, listMemberships } from "../../db/repositories/users";
import type { UserRole } from "../../db/schema";

export const SESSION_IDLE_MINUTES = 60;
export const SESSION_ABSOLUTE_HOURS = 12;
const TOUCH_EVERY_MS = 60_000;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  navOfficeId: string | null;
  memberships: Membership[];
}

let cookie: ReturnType<typeof createCookie> | undefined;
function sessionCookie() {
  const env = getEnv();
  cookie ??= createCookie("arbeidsbro_sesjon", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Secure in production and behind a TLS proxy (TRUST_PROXY): never sent over plain HTTP.
    secure: env.APP_ENV === "production" || env.TRUST_PROXY !== undefined,
    secrets: [env.SESSION_SECRET],
    maxAge: SESSION_ABSOLUTE_HOURS * 3600,
  });
  return cookie;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

async function tokenFrom(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/**
 * Starts a session for the user and returns its Set-Cookie header. Any session the request
 * already had is ended first (rotation on sign-in: a planted session id is worthless).
 */
export async function createUserSession(request: Request, userId: string): Promise<string> {
  const db = getDb();
  const old = await tokenFrom(request);
  if (old) await db.deleteFrom("sessions").where("id_hash", "=", hashToken(old)).execute();
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      expires_at: new Date(Date.now() + SESSION_ABSOLUTE_HOURS * 3_600_000),
    })
    .execute();
  return sessionCookie().serialize(token);
}

/** Ends the request's session (if any) and returns the Set-Cookie header that clears the cookie. */
export async function destroyUserSession(request: Request): Promise<string> {
  const token = await tokenFrom(request);
  if (token) await getDb().deleteFrom("sessions").where("id_hash", "=", hashToken(token)).execute();
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** The signed-in user, or null when there is no live session (idle or absolute expiry passed). */
export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const token = await tokenFrom(request);
  if (!token) return null;
  const db = getDb();
  const idHash = hashToken(token);
  // The session and its user in one round trip: this runs on every request (decision 019).
  const user = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select(["s.expires_at", "s.last_seen_at", "u.id", "u.name", "u.email", "u.role", "u.nav_office_id"])
    .where("s.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!user) return null;
  const now = Date.now();
  const idleLimit = user.last_seen_at.getTime() + SESSION_IDLE_MINUTES * 60_000;
  if (user.expires_at.getTime() <= now || idleLimit <= now) {
    await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  if (now - user.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(now) })
      .where("id_hash", "=", idHash)
      .execute();
  }
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    navOfficeId: user.nav_office_id,
    memberships: user.role === "employer" ? await listMemberships(db, user.id) : [],
  };
}

/**
 * The answer to a sign-in or sign-up: to `path`, with the new session's cookie. An employer page
 * is loaded as a document, so it arrives without React as it is sent (decision 023); with a
 * plain redirect, React on the sign-in page would render it.
 */
export function signedInRedirect(path: string, cookie: string): Response {
  const init = { headers: { "Set-Cookie": cookie } };
  return isServerRenderedPath(path) ? redirectDocument(path, init) : redirect(path, init);
}
