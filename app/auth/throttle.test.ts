import { describe, expect, it } from "vitest";
import { decideThrottle, throttleRules } from "./throttle";

const now = new Date("2026-11-22T12:00:00Z");
const minutesAgo = (...m: number[]) => m.map((x) => new Date(now.getTime() - x * 60_000));

describe("sign-in throttling", () => {
  it("lets the first failures through without delay", () => {
    expect(decideThrottle({ account: minutesAgo(1, 2), address: minutesAgo(1, 2) }, now)).toEqual({
      kind: "allow",
      delayMs: 0,
    });
  });

  it("slows down from the third failure, a second more each time, at most five", () => {
    expect(decideThrottle({ account: minutesAgo(1, 2, 3), address: [] }, now)).toEqual({
      kind: "allow",
      delayMs: 1000,
    });
    expect(decideThrottle({ account: minutesAgo(1, 2, 3, 4), address: [] }, now)).toEqual({
      kind: "allow",
      delayMs: 2000,
    });
    expect(decideThrottle({ account: minutesAgo(1, 2, 3, 4, 5, 6, 7), address: [] }, now)).toEqual({
      kind: "allow",
      delayMs: 5000,
    });
  });

  it("refuses an account after eight failures in 15 minutes, and says for how long", () => {
    const eight = minutesAgo(1, 2, 3, 4, 5, 6, 7, 10);
    // The 8th newest failure was 10 minutes ago: the lock lifts in 5 minutes.
    expect(decideThrottle({ account: eight, address: [] }, now)).toEqual({ kind: "refuse", retryAfterMinutes: 5 });
  });

  it("forgets failures older than the window", () => {
    const old = minutesAgo(16, 17, 18, 19, 20, 21, 22, 23, 24);
    expect(decideThrottle({ account: old, address: [] }, now)).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("refuses an address that fails across many accounts", () => {
    const many = Array.from(
      { length: throttleRules.lockAddressAfter },
      (_, i) => new Date(now.getTime() - (i + 1) * 10_000),
    );
    const decision = decideThrottle({ account: [], address: many }, now);
    expect(decision.kind).toBe("refuse");
  });
});
