// Developer conveniences (one-click demo sign-in, the mail outbox at /utvikler/e-post) hand out
// access to anyone who can reach them. They are off unless DEV_TOOLS=1 (which `npm start` sets
// in its demo mode), never on with APP_ENV=production, and then only for requests made on this
// machine. A pure rule, so its edges are unit-tested.
import { isIP } from "node:net";

export interface DevToolsSettings {
  DEV_TOOLS: boolean;
  APP_ENV: "local" | "test" | "production";
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  if (isIP(plain) === 4) return plain.startsWith("127.");
  return plain === "::1" || plain === "0:0:0:0:0:0:0:1";
}

/**
 * A request made on this machine: it came over a loopback socket and no proxy in front
 * forwarded it (a reverse proxy on the same host connects from loopback, but adds a header).
 */
export function isLocalRequest(socketAddress: string | undefined, headers: Record<string, unknown>): boolean {
  const forwarded = ["x-forwarded-for", "forwarded", "x-real-ip"].some((name) => headers[name] !== undefined);
  return !forwarded && isLoopbackAddress(socketAddress);
}

export function devToolsAllowed(settings: DevToolsSettings, fromLoopback: boolean): boolean {
  return settings.DEV_TOOLS && settings.APP_ENV !== "production" && fromLoopback;
}
