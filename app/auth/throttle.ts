// How repeated failed sign-ins are slowed, per address and per account. A pure rule: the caller
// gives the failures it found, and the time.
//
// Nothing here locks an account: a lock that anyone can trigger lets anyone shut a known user
// out. Instead:
// - one address failing for one account waits longer and longer between tries (1 s, 2 s, 4 s …,
//   at most 15 minutes), so guessing from one machine is slow;
// - one address failing across many accounts does the same after more free tries (offices
//   share an address);
// - one account failing from many addresses is only slowed on the server (a second more per
//   failure, at most 5 s): its owner, from their own address, always gets in with the right
//   password.

export const throttleRules = {
  windowMinutes: 15,
  /** Failures for one account from one address before that address has to wait. */
  freePerAccountAndAddress: 3,
  /** Failures from one address, any accounts, before it has to wait. */
  freePerAddress: 10,
  /** The first wait; each further failure doubles it. */
  firstWaitMs: 1000,
  maxWaitMs: 15 * 60_000,
  /** Failures for one account from anywhere, before each attempt on it is slowed. */
  accountSlowAfter: 3,
  accountStepMs: 1000,
  accountMaxDelayMs: 5000,
} as const;

export interface Failures {
  /** This account from this address (since the account's last success). */
  accountAndAddress: Date[];
  /** This address, any account. */
  address: Date[];
  /** This account, any address (since its last success). */
  account: Date[];
}

/** One recorded attempt (a sign-in, a registration request). */
export interface Attempt {
  email: string;
  ip: string;
  succeeded: boolean;
  at: Date;
}

/**
 * The failures among `attempts` (all within the window, by this address or for this account)
 * that concern a try by `email` from `ip`: by address all of them, by account those after the
 * account's last success, which wipes its slate.
 */
export function failuresFor(attempts: Attempt[], email: string, ip: string): Failures {
  const lastSuccess = Math.max(
    0,
    ...attempts.filter((a) => a.email === email && a.succeeded).map((a) => a.at.getTime()),
  );
  const failed = attempts.filter((a) => !a.succeeded);
  const account = failed.filter((a) => a.email === email && a.at.getTime() > lastSuccess);
  return {
    account: account.map((a) => a.at),
    accountAndAddress: account.filter((a) => a.ip === ip).map((a) => a.at),
    address: failed.filter((a) => a.ip === ip).map((a) => a.at),
  };
}

export type ThrottleDecision = { kind: "allow"; delayMs: number } | { kind: "wait"; retryAfterSeconds: number };

/** The wait after `over` failures beyond the free ones: 0, then 1 s, 2 s, 4 s … up to the maximum. */
export function waitAfter(over: number): number {
  if (over <= 0) return 0;
  return Math.min(throttleRules.firstWaitMs * 2 ** Math.min(over - 1, 30), throttleRules.maxWaitMs);
}

function notBefore(failures: Date[], free: number): number {
  if (failures.length <= free) return 0;
  const newest = Math.max(...failures.map((d) => d.getTime()));
  return newest + waitAfter(failures.length - free);
}

export function decideThrottle(failures: Failures, now: Date): ThrottleDecision {
  const windowStart = now.getTime() - throttleRules.windowMinutes * 60_000;
  const recent = (list: Date[]) => list.filter((d) => d.getTime() > windowStart && d.getTime() <= now.getTime());
  const until = Math.max(
    notBefore(recent(failures.accountAndAddress), throttleRules.freePerAccountAndAddress),
    notBefore(recent(failures.address), throttleRules.freePerAddress),
  );
  if (until > now.getTime()) return { kind: "wait", retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  const over = recent(failures.account).length - throttleRules.accountSlowAfter + 1;
  return {
    kind: "allow",
    delayMs: over > 0 ? Math.min(over * throttleRules.accountStepMs, throttleRules.accountMaxDelayMs) : 0,
  };
}
