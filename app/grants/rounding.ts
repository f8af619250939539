// Exact money arithmetic for every grant: rationals as BigInt, rounded half up where NAV rounds.

/** Rounds a non-negative rational a/b half up to an integer, exactly. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A percentage with up to two decimals as hundredths of a percent (14.1 → 1410), exactly. */
export function basisPoints(percent: number): bigint {
  return BigInt(Math.round(percent * 100));
}
