import { type Municipality, counties, municipalities } from "./municipalities";

export { counties, municipalities };
export type { Municipality };

const byNumber = new Map(municipalities.map((m) => [m.number, m]));

export function findMunicipality(number: string): Municipality | undefined {
  return byNumber.get(number);
}

/** "Tromsø" for "5501"; the bare number if it is not in the list (an old or unknown number). */
export function municipalityName(number: string): string {
  return byNumber.get(number)?.name ?? number;
}

export function isMunicipalityNumber(number: string): boolean {
  return byNumber.has(number);
}

const countyByNumber = new Map(counties.map((c) => [c.number, c.name]));

/** The county (fylke) a municipality is in: the search index's "region". */
export function countyName(municipalityNumber: string): string {
  const county = byNumber.get(municipalityNumber)?.countyNumber ?? municipalityNumber.slice(0, 2);
  return countyByNumber.get(county) ?? county;
}

const norwegian = new Intl.Collator("nb");

/**
 * Municipalities in the order a reader looks for them: by name, the Norwegian way (Æ, Ø and Å
 * last), the number breaking a tie ("Herøy" is in two counties). Not by number: a person knows
 * the name of the place, not its number.
 */
export function sortByName<T extends { number: string; name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => norwegian.compare(a.name, b.name) || a.number.localeCompare(b.number));
}

const choices = sortByName(municipalities.map((m) => ({ number: m.number, name: m.name })));

/** Number and name only, sorted by name: what a municipality choice needs to send to the browser. */
export function municipalityChoices(): Array<{ number: string; name: string }> {
  return choices.map((m) => ({ ...m }));
}
