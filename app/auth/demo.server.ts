import { getEnv } from "~/env.server";

/** One-click demo sign-in: only with demo data, never in production. */
export function demoSignInEnabled(): boolean {
  const env = getEnv();
  return env.DEMO_DATA && env.APP_ENV !== "production";
}
