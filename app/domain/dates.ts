// Calendar dates as "YYYY-MM-DD" strings, in Norwegian time: the date a user in Norway sees.
const osloDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today in Norway, e.g. "2026-11-22" (UTC midnight is still yesterday evening in Oslo half the year). */
export function todayInOslo(now: Date = new Date()): string {
  return osloDate.format(now);
}

/** A real calendar date written as YYYY-MM-DD (2027-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What a typed date turned out to be: a calendar date (as YYYY-MM-DD), or which mistake it is. */
export type TypedDate = { iso: string } | { problem: "format" | "calendar" };

const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/;
const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A two-digit year as the nearest sensible century: up to 20 years ahead of today counts as this
 * century ("27" → 2027), the rest as the last ("58" → 1958), so both start dates and birth dates read right.
 */
export function fullYear(twoDigits: number, today: string = todayInOslo()): number {
  const thisYear = Number(today.slice(0, 4));
  const century = Math.floor(thisYear / 100) * 100;
  const year = century + twoDigits;
  return year > thisYear + 20 ? year - 100 : year;
}

/**
 * Reads a date the way people type it: 13.01.2027, 13.1.27, 13/01/2027 and 2027-01-13 (spaces
 * around it are ignored). Anything else is a "format" problem; a date in the right shape that is
 * not on the calendar (30.02.2027, 29.02.2027) is a "calendar" problem.
 */
export function readTypedDate(text: string, today: string = todayInOslo()): TypedDate {
  const value = text.trim();
  let parts: [number, number, number] | undefined;
  const d = dayFirst.exec(value);
  if (d) {
    const year = d[3]?.length === 2 ? fullYear(Number(d[3]), today) : Number(d[3]);
    parts = [year, Number(d[2]), Number(d[1])];
  }
  const y = yearFirst.exec(value);
  if (y) parts = [Number(y[1]), Number(y[2]), Number(y[3])];
  if (!parts) return { problem: "format" };
  const [year, month, day] = parts;
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(iso) && year >= 1900 ? { iso } : { problem: "calendar" };
}

/** The typed date as YYYY-MM-DD when it is one, else the text unchanged (so the user sees what they typed). */
export function normaliseTypedDate(text: string): string {
  const read = readTypedDate(text);
  return "iso" in read ? read.iso : text;
}
