// Which recorded attempts count against a try, and the window's edges: the pure part of the
// sign-in throttle that the repository feeds (docs/decisions/013).
import { describe, expect, it } from "vitest";
import { type Attempt, decideThrottle, failuresFor } from "./throttle";

const now = new Date("2026-11-22T12:00:00Z");
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
const attempt = (email: string, ip: string, succeeded: boolean, minutesAgo: number): Attempt => ({
  email,
  ip,
  succeeded,
  at: at(minutesAgo),
});

describe("the failures that count against a try", () => {
  const attempts: Attempt[] = [
    attempt("kari@firma.no", "10.0.0.1", false, 10),
    attempt("kari@firma.no", "10.0.0.1", false, 9),
    attempt("kari@firma.no", "10.0.0.2", true, 8), // Kari's success wipes her account's slate …
    attempt("kari@firma.no", "10.0.0.2", false, 8), // … also a failure at the same instant
    attempt("kari@firma.no", "10.0.0.1", false, 7),
    attempt("ola@firma.no", "10.0.0.3", true, 6), // another account's success wipes nothing of Kari's
    attempt("kari@firma.no", "10.0.0.2", false, 5),
    attempt("ola@firma.no", "10.0.0.1", false, 4),
    attempt("ola@firma.no", "10.0.0.3", false, 3),
  ];

  it("by account: only the account's failures after its last success; by address: every failure from there", () => {
    expect(failuresFor(attempts, "kari@firma.no", "10.0.0.1")).toEqual({
      account: [at(7), at(5)],
      accountAndAddress: [at(7)],
      address: [at(10), at(9), at(7), at(4)],
    });
  });

  it("keeps each account's own slate, and counts nothing of other addresses by address", () => {
    expect(failuresFor(attempts, "ola@firma.no", "10.0.0.4")).toEqual({
      account: [at(4), at(3)],
      accountAndAddress: [],
      address: [],
    });
    expect(failuresFor(attempts, "per@firma.no", "10.0.0.3")).toEqual({
      account: [],
      accountAndAddress: [],
      address: [at(3)],
    });
    expect(failuresFor([attempt("per@firma.no", "10.0.0.3", false, 2)], "per@firma.no", "10.0.0.3")).toEqual({
      account: [at(2)],
      accountAndAddress: [at(2)],
      address: [at(2)],
    });
  });
});

describe("the window", () => {
  it("forgets a failure exactly fifteen minutes old, and ignores one dated after now", () => {
    const four = (minutesAgo: number) => [at(0), at(0), at(0), at(minutesAgo)];
    expect(decideThrottle({ accountAndAddress: four(15), address: [], account: [] }, now)).toEqual({
      kind: "allow",
      delayMs: 0,
    });
    expect(decideThrottle({ accountAndAddress: four(-1), address: [], account: [] }, now)).toEqual({
      kind: "allow",
      delayMs: 0,
    });
    expect(decideThrottle({ accountAndAddress: four(14), address: [], account: [] }, now)).toEqual({
      kind: "wait",
      retryAfterSeconds: 1,
    });
  });
});
