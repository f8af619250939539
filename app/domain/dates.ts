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
