// Dates and numbers the Norwegian way, in Norwegian time, the same on server and client.
const dateTime = new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" });

export function formatDateTime(value: Date | string): string {
  return dateTime.format(typeof value === "string" ? new Date(value) : value);
}

const date = new Intl.DateTimeFormat("nb-NO", { dateStyle: "medium", timeZone: "Europe/Oslo" });

export function formatDate(value: Date | string): string {
  return date.format(typeof value === "string" ? new Date(value) : value);
}
