// How repeated failed sign-ins are slowed and then refused, per account and per address.
// A pure rule: the caller gives the failures it found, and the time.

export const throttleRules = {
  windowMinutes: 15,
  /** From this many failures in the window, each attempt waits a little longer. */
  slowAfter: 3,
  stepMs: 1000,
  maxDelayMs: 5000,
  /** This many failures for one account in the window locks that account until they age out. */
  lockAccountAfter: 8,
  /** One address trying many accounts: a higher limit, as offices share addresses. */
  lockAddressAfter: 30,
} as const;

export type ThrottleDecision = { kind: "allow"; delayMs: number } | { kind: "refuse"; retryAfterMinutes: number };

function lockedUntil(failures: Date[], limit: number): number | null {
  if (failures.length < limit) return null;
  const newestFirst = [...failures].sort((a, b) => b.getTime() - a.getTime());
  // The lock lifts when the `limit`-th newest failure leaves the window.
  const pivot = newestFirst[limit - 1];
  return pivot ? pivot.getTime() + throttleRules.windowMinutes * 60_000 : null;
}

export function decideThrottle(failures: { account: Date[]; address: Date[] }, now: Date): ThrottleDecision {
  const windowStart = now.getTime() - throttleRules.windowMinutes * 60_000;
  const recent = (list: Date[]) => list.filter((d) => d.getTime() > windowStart);
  const account = recent(failures.account);
  const address = recent(failures.address);

  const until = Math.max(
    lockedUntil(account, throttleRules.lockAccountAfter) ?? 0,
    lockedUntil(address, throttleRules.lockAddressAfter) ?? 0,
  );
  if (until > now.getTime()) {
    return { kind: "refuse", retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
  }
  const over = Math.max(account.length, Math.floor(address.length / 3)) - throttleRules.slowAfter + 1;
  return { kind: "allow", delayMs: over > 0 ? Math.min(over * throttleRules.stepMs, throttleRules.maxDelayMs) : 0 };
}
