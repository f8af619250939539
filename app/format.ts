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

// Numbers, money and account numbers: one way on every page ("48 750 kr", "10,2 %", "1234 56 78903").
const number = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });
const ore = new Intl.NumberFormat("nb-NO", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "48 750" and "10,2" */
export function formatNumber(value: number): string {
  return number.format(value);
}

/** "48 750 kr" (whole kroner or as many decimals as needed, up to two) */
export function formatKroner(kr: number): string {
  return `${number.format(kr)} kr`;
}

/** "966,47 kr" from whole øre: always two decimals */
export function formatOre(amountOre: number): string {
  return `${ore.format(amountOre / 100)} kr`;
}

/** "10,2 %" */
export function formatPercent(percent: number): string {
  return `${number.format(percent)} %`;
}

/** "1234 56 78903": eleven digits as a bank prints them; anything else as it was typed. */
export function formatAccountNumber(value: string): string {
  const digits = value.replace(/[\s.]/g, "");
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}` : value;
}
