import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import pg from "pg";
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

/** A date `days` from today, as the forms want it (YYYY-MM-DD). */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
