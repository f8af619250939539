// Shared by the texts of the throttled forms (sign-in, registration); not an area of its own.

/** How long to wait, in words: "1 sekund", "45 sekunder", "2 minutter". */
export function waitingTime(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 90
    ? `${seconds} ${seconds === 1 ? "sekund" : "sekunder"}`
    : `${minutes} ${minutes === 1 ? "minutt" : "minutter"}`;
}
