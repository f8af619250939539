import type { AppLoadContext } from "@remix-run/node";
import { getEnv } from "~/env.server";
import { devToolsAllowed } from "./dev-tools";

/** The developer conveniences (app/auth/dev-tools.ts) for this request. */
export function devToolsEnabled(context: Pick<AppLoadContext, "fromLoopback">): boolean {
  return devToolsAllowed(getEnv(), context.fromLoopback);
}

/** One-click demo sign-in: only with demo data, and only where the developer tools are on. */
export function demoSignInEnabled(context: Pick<AppLoadContext, "fromLoopback">): boolean {
  return getEnv().DEMO_DATA && devToolsEnabled(context);
}
