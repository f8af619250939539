// Norwegian identifiers and their check digits (docs/domain.md, "Identifiers").

function mod11CheckDigit(digits: string, weights: number[]): number | null {
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  const check = 11 - remainder;
  return check === 10 ? null : check;
}

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Organisasjonsnummer: 9 digits, the last a mod-11 check digit of the first 8. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return mod11CheckDigit(value, ORG_WEIGHTS) === Number(value[8]);
}

/** Kontonummer: 11 digits, the last a mod-11 check digit of the first 10. */
export function isValidAccountNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  return mod11CheckDigit(value, ACCOUNT_WEIGHTS) === Number(value[10]);
}

/** Spaces and dots are how people write these numbers ("974 760 673"); we store digits only. */
export function digitsOnly(value: string): string {
  return value.replace(/[\s.]/g, "");
}

/** Completes 8 digits with their check digit, or null when no valid number starts that way. */
export function orgNumberFromPrefix(prefix8: string): string | null {
  const check = mod11CheckDigit(prefix8, ORG_WEIGHTS);
  return check === null ? null : `${prefix8}${check}`;
}
