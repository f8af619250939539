import { describe, expect, it } from "vitest";
import { type Failures, decideThrottle, throttleRules, waitAfter } from "./throttle";

const now = new Date("2026-11-22T12:00:00Z");
const secondsAgo = (...s: number[]) => s.map((x) => new Date(now.getTime() - x * 1000));
const minutesAgo = (...m: number[]) => secondsAgo(...m.map((x) => x * 60));
const none: Failures = { accountAndAddress: [], address: [], account: [] };
/** n failures for one account from one address, `spacing` seconds apart, the newest `newest` seconds ago. */
const series = (n: number, newest = 0, spacing = 1) =>
  secondsAgo(...Array.from({ length: n }, (_, i) => newest + i * spacing));

describe("sign-in throttling: growing waits, never a lock", () => {
  it("the waits double from one second and stop at fifteen minutes", () => {
    expect([0, 1, 2, 3, 4, 10].map(waitAfter)).toEqual([0, 1000, 2000, 4000, 8000, 512_000]);
    expect(waitAfter(11)).toBe(900_000);
    expect(waitAfter(1000)).toBe(throttleRules.maxWaitMs);
  });

  it("three failures from one address on one account cost nothing; the fourth makes it wait a second", () => {
    const three = series(3);
    expect(decideThrottle({ ...none, accountAndAddress: three, address: three }, now)).toEqual({
      kind: "allow",
      delayMs: 0,
    });
    const four = series(4);
    expect(decideThrottle({ ...none, accountAndAddress: four, address: four }, now)).toEqual({
      kind: "wait",
      retryAfterSeconds: 1,
    });
  });

  it("the wait counts from the newest failure: exactly at its end the attempt is allowed", () => {
    const six = series(6, 4); // over by 3: a 4-second wait, the newest failure 4 s ago
    expect(decideThrottle({ ...none, accountAndAddress: six }, now)).toEqual({ kind: "allow", delayMs: 0 });
    const sixJustNow = series(6, 3);
    expect(decideThrottle({ ...none, accountAndAddress: sixJustNow }, now)).toEqual({
      kind: "wait",
      retryAfterSeconds: 1,
    });
  });

  it("an address trying many accounts gets ten free failures, then waits", () => {
    expect(decideThrottle({ ...none, address: series(10) }, now)).toEqual({ kind: "allow", delayMs: 0 });
    expect(decideThrottle({ ...none, address: series(12) }, now)).toEqual({ kind: "wait", retryAfterSeconds: 2 });
  });

  it("an account failing from many addresses is slowed a second per failure, at most five, and never refused", () => {
    expect(decideThrottle({ ...none, account: series(2) }, now)).toEqual({ kind: "allow", delayMs: 0 });
    expect(decideThrottle({ ...none, account: series(3) }, now)).toEqual({ kind: "allow", delayMs: 1000 });
    expect(decideThrottle({ ...none, account: series(4) }, now)).toEqual({ kind: "allow", delayMs: 2000 });
    expect(decideThrottle({ ...none, account: series(500) }, now)).toEqual({ kind: "allow", delayMs: 5000 });
  });

  it("failures older than fifteen minutes are forgotten; one just inside still counts", () => {
    const old = minutesAgo(15, 16, 20, 30, 40);
    expect(decideThrottle({ accountAndAddress: old, address: old, account: old }, now)).toEqual({
      kind: "allow",
      delayMs: 0,
    });
    const inside = [...minutesAgo(14.99), ...series(3, 60)];
    expect(decideThrottle({ ...none, account: inside }, now)).toEqual({ kind: "allow", delayMs: 2000 });
  });

  it("the longest wait is fifteen minutes, said in seconds", () => {
    const many = series(40, 0, 0);
    expect(decideThrottle({ ...none, accountAndAddress: many }, now)).toEqual({
      kind: "wait",
      retryAfterSeconds: 900,
    });
  });
});
