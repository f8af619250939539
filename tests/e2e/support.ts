import { type APIRequestContext, type APIResponse, request as playwrightRequest } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { todayInOslo } from "../../app/domain/dates";
import { DEMO_PASSWORD, type DemoUserKey, demoUsers } from "../../db/seed/demo";

export { DEMO_PASSWORD, demoUsers };

/** Direct database access for looking up ids the UI would only show as links. */
export async function queryE2eDb<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with npm test");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The one row a query must find (setting a test up: no row is a broken setup, not a result). */
export async function queryOneE2e<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T> {
  const [row] = await queryE2eDb<T>(text, values);
  if (!row) throw new Error(`nothing found: ${text}`);
  return row;
}

/** The organisation a (demo) employer belongs to. */
export async function organisationOf(email: string): Promise<string> {
  const sql =
    "select m.organisation_id as id from organisation_members m join users u on u.id = m.user_id where u.email = $1";
  return (await queryOneE2e<{ id: string }>(sql, [email])).id;
}

/** The route files in app/routes (without extension); with `exporting`, only those that export a loader or an action. */
export function routeFiles(exporting?: "loader" | "action"): string[] {
  const dir = path.resolve(import.meta.dirname, "../../app/routes");
  const exports =
    exporting &&
    new RegExp(
      `export\\s+(async\\s+function\\s+${exporting}\\b|function\\s+${exporting}\\b|const\\s+${exporting}\\b|\\{[^}]*\\b${exporting}\\b)`,
    );
  return readdirSync(dir)
    .filter((f) => /\.(tsx?|jsx?)$/.test(f) && !f.includes(".test."))
    .filter((f) => !exports || exports.test(readFileSync(path.join(dir, f), "utf8")))
    .map((f) => f.replace(/\.(tsx?|jsx?)$/, ""))
    .sort();
}

/** An API client signed in as a demo user by e-mail and password (the real sign-in form). */
export async function signedInRequest(baseURL: string, who: DemoUserKey): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const response = await context.post("/logg-inn", {
    form: { email: demoUsers[who].email, password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  if (response.status() !== 302) throw new Error(`signing in as ${who} answered ${response.status()}`);
  return context;
}

/**
 * A date `days` from today in Norway, as the forms want it (YYYY-MM-DD). The portal counts days
 * in Oslo time; today in UTC is yesterday in Oslo between midnight and 01/02 at night.
 */
export function inDays(days: number): string {
  const today = new Date(`${todayInOslo()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** What the portal answered a request (redirects not followed), or why it did not answer in time. */
export type Answer = { status: number; location: string; text: string } | { error: string };

export async function answerTo(send: () => Promise<APIResponse>): Promise<Answer> {
  try {
    const response = await send();
    return { status: response.status(), location: response.headers().location ?? "", text: await response.text() };
  } catch (error) {
    return { error: String(error).split("\n")[0] ?? "" };
  }
}

/**
 * What is wrong with the answer to a user's own mistake: none (null) when it is below 500, in
 * time and without a stack trace. A signed-in user sent to sign in proves nothing, so that is wrong too.
 */
export function problemWith(answer: Answer, signedIn: boolean): string | null {
  if ("error" in answer) return `no answer (hangs?): ${answer.error}`;
  if (answer.status >= 500) return `status ${answer.status}`;
  if (signedIn && answer.location.startsWith("/logg-inn"))
    return "sent to sign in: the session is gone, the case proved nothing";
  const trace = answer.text.match(/^\s*at .*\.tsx?:\d+.*$/m)?.[0] ?? answer.text.match(/.{0,40}Error:.{0,80}/)?.[0];
  if (trace) return `status ${answer.status} with a stack trace in the body: ${trace.trim()}`;
  return null;
}

/** A message at the field, in a guided form's step (the error summary above the form repeats it as a link). */
export function atField(page: import("@playwright/test").Page, text: string | RegExp, options?: { exact?: boolean }) {
  return page.getByRole("form", { name: /^Steg / }).getByText(text, options);
}
