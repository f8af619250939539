// Calling the portal's real loaders and actions from an integration test, as a signed-in user,
// against the test file's own database (and index prefix): the route's own authorisation, zod
// rules and repository calls run, with no browser and no HTTP server.
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { createUserSession } from "../../app/auth/session.server";
import { closeServices } from "../../app/services.server";
import type { TestDatabase } from "./db";
import { testEnv } from "./env";

/** Points the app's services (getDb, getSearch, getEnv) at this test file's database and prefix. */
export function useAppServices(t: TestDatabase, indexPrefix = `${testEnv.runId}_app_`): void {
  Object.assign(process.env, {
    DATABASE_URL: t.url,
    // The app works as the test app role (least privilege), as it does when deployed.
    APP_DATABASE_URL: t.appUrl,
    MEILI_URL: testEnv.meiliUrl,
    MEILI_MASTER_KEY: testEnv.meiliKey,
    MEILI_INDEX_PREFIX: indexPrefix,
    SESSION_SECRET: "integration-tests-session-secret-0123456789",
    APP_ENV: "test",
  });
}

export { closeServices };

/** A Cookie header for a fresh session of the user, as after signing in. */
export async function signIn(userId: string): Promise<string> {
  const setCookie = await createUserSession(new Request("http://arbeidsbro.test/logg-inn"), userId);
  return setCookie.split(";")[0] ?? "";
}

export interface RouteAnswer {
  status: number;
  /** The loader's or action's data (for data() and plain objects). */
  data: unknown;
  /** Where a redirect goes. */
  location: string | null;
  /** The answer's headers (Retry-After, Set-Cookie …). */
  headers: Headers;
}

type RouteFunction = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

/**
 * Calls a loader (no form) or an action (with a form, posted) and returns what the browser would
 * get: thrown responses (404, 403, redirects to sign in) are answers, not errors. Anything else
 * thrown fails the test.
 */
export async function callRoute(
  fn: RouteFunction,
  options: { path: string; cookie?: string; form?: Record<string, string>; params?: Record<string, string> },
): Promise<RouteAnswer> {
  const url = `http://arbeidsbro.test${options.path}`;
  const headers = new Headers({ cookie: options.cookie ?? "" });
  const request = options.form
    ? new Request(url, {
        method: "POST",
        headers: { ...Object.fromEntries(headers), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(options.form).toString(),
      })
    : new Request(url, { headers });
  const context: AppLoadContext = {
    nonce: "test",
    requestId: "integration-test",
    clientIp: "127.0.0.1",
    fromLoopback: true,
  };
  let result: unknown;
  try {
    result = await fn({ request, context, params: options.params ?? {} });
  } catch (thrown) {
    if (thrown instanceof Response) return fromResponse(thrown);
    throw thrown;
  }
  if (result instanceof Response) return fromResponse(result);
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    const { data, init } = result as unknown as { data: unknown; init?: { status?: number; headers?: HeadersInit } };
    return { status: init?.status ?? 200, data, location: null, headers: new Headers(init?.headers) };
  }
  return { status: 200, data: result, location: null, headers: new Headers() };
}

async function fromResponse(response: Response): Promise<RouteAnswer> {
  return {
    status: response.status,
    data: await response.text(),
    location: response.headers.get("location"),
    headers: response.headers,
  };
}
