import { describe, expect, it } from "vitest";
import { devToolsAllowed, isLocalRequest, isLoopbackAddress } from "./dev-tools";

describe("developer tools are off unless enabled, and then only from this machine", () => {
  it("loopback addresses, IPv4, IPv6 and IPv4-mapped", () => {
    for (const a of ["127.0.0.1", "127.5.6.7", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["10.0.0.1", "192.168.1.2", "::ffff:10.0.0.1", "128.0.0.1", "fe80::1", "", undefined, "localhost"])
      expect(isLoopbackAddress(a)).toBe(false);
  });

  it("a request forwarded by a proxy on this machine is not local", () => {
    expect(isLocalRequest("127.0.0.1", {})).toBe(true);
    expect(isLocalRequest("127.0.0.1", { "x-forwarded-for": "203.0.113.9" })).toBe(false);
    expect(isLocalRequest("::1", { forwarded: "for=203.0.113.9" })).toBe(false);
    expect(isLocalRequest("::1", { "x-real-ip": "203.0.113.9" })).toBe(false);
    expect(isLocalRequest("203.0.113.9", {})).toBe(false);
  });

  it("needs DEV_TOOLS, a non-production APP_ENV and a local request, all three", () => {
    expect(devToolsAllowed({ DEV_TOOLS: true, APP_ENV: "local" }, true)).toBe(true);
    expect(devToolsAllowed({ DEV_TOOLS: true, APP_ENV: "test" }, true)).toBe(true);
    expect(devToolsAllowed({ DEV_TOOLS: false, APP_ENV: "local" }, true)).toBe(false);
    expect(devToolsAllowed({ DEV_TOOLS: true, APP_ENV: "production" }, true)).toBe(false);
    expect(devToolsAllowed({ DEV_TOOLS: true, APP_ENV: "local" }, false)).toBe(false);
  });
});
