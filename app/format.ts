// Dates and numbers the Norwegian way, in Norwegian time, the same on server and client. Every
// page shows dates one way: "13. jan. 2027", and "13.01.2027 kl. 12.15" with a time.
import { isIsoDate } from "~/domain/dates";

const date = new Intl.DateTimeFormat("nb-NO", { dateStyle: "medium", timeZone: "Europe/Oslo" });
const numericDate = new Intl.DateTimeFormat("nb-NO", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Oslo",
});
const clock = new Intl.DateTimeFormat("nb-NO", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Oslo",
});

/** A calendar date ("2027-01-13") is that day wherever the server runs; an instant is read in Norway. */
const toDate = (value: Date | string) =>
  typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value) : value;

/** "13. jan. 2027" */
export function formatDate(value: Date | string): string {
  const at = toDate(value);
  // Something that is no date (a value typed into a form and sent back) is shown as it was.
  return Number.isNaN(at.getTime()) ? String(value) : date.format(at);
}

/** "13.01.2027 kl. 12.15" (Norwegian time) */
export function formatDateTime(value: Date | string): string {
  const at = toDate(value);
  return `${numericDate.format(at)} kl. ${clock.format(at).replace(":", ".")}`;
}

/** "13.01.2027": a date as it is typed in a date field. */
export function formatDateForField(value: string): string {
  return isIsoDate(value) ? numericDate.format(toDate(value)) : value;
}

/** "12,5": a number the Norwegian way. */
export function formatNumber(value: number): string {
  return value.toLocaleString("nb-NO");
}

/** "14,1 %": a percentage the Norwegian way. */
export function formatPercent(value: number): string {
  return `${formatNumber(value)} %`;
}
