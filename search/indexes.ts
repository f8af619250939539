// Index settings declared as code. `applyIndexSettings` (settings.ts) makes the server match.
import type { Settings } from "meilisearch";

/**
 * Words for the same kind of work, as the vocabulary groups them (Kjøkken/kantine, Renhold …):
 * every word in a group finds the others. Tuned on the judged query set (docs/decisions/021).
 */
export const synonymGroups: string[][] = [
  ["kjøkken", "kantine", "storkjøkken"],
  ["lager", "logistikk", "varelager"],
  ["renhold", "rengjøring", "vask"],
  ["butikk", "dagligvare", "handel"],
  ["barnehage", "oppvekst"],
  ["park", "grøntanlegg", "utendørs"],
];

/**
 * Word families Meilisearch cannot see on its own (it has no Norwegian stemmer and does not split
 * compounds): the forms a specialist types or a profile uses for one activity. Typo tolerance
 * already covers close forms (barnehagen, hotellet, butikken), so only the far ones are here.
 */
export const wordFamilies: string[][] = [
  ["bakeri", "baker", "bakst", "bakerarbeid"],
  ["oppvask", "vaske opp", "oppvasker"],
  ["pakking", "pakke", "pakk", "emballering"],
  ["montering", "montere", "montert"],
  ["snømåking", "måke snø", "måkt snø", "brøyting", "brøyte"],
  ["eldreomsorg", "eldre"],
  ["budbil", "budfirma", "varelevering"],
  ["truck", "motvektstruck", "stabletruck"],
  ["kasse", "kassa", "kassen", "kassearbeid"],
];

/** "X-jobb" and "X-arbeid" mean X: "sjåførjobb" finds "sjåfør", "lagerarbeid" finds "lager". */
const workWords = [
  "kjøkken",
  "lager",
  "renhold",
  "butikk",
  "kontor",
  "baker",
  "sjåfør",
  "hage",
  "park",
  "vaskeri",
  "hotell",
  "barnehage",
  "kasse",
  "montering",
  "pakke",
  "snekker",
];

/** æ, ø and å folded as Meilisearch folds the indexed words, for keys typed without them. */
const fold = (word: string) => word.replaceAll("æ", "ae").replaceAll("ø", "o").replaceAll("å", "a");

/**
 * Meilisearch's synonym map from the groups: each word lists the rest of its group. A key with
 * æ, ø or å is also added folded ("rengjoring"), because Meilisearch matches synonym keys as typed
 * while a specialist on a foreign keyboard types "o" for "ø".
 */
export function buildSynonyms(groups: string[][]): Record<string, string[]> {
  const map: Record<string, Set<string>> = {};
  const add = (key: string, words: string[]) => {
    const set = map[key] ?? new Set<string>();
    for (const w of words) if (w !== key) set.add(w);
    map[key] = set;
  };
  for (const group of groups) {
    for (const word of group) {
      add(word, group);
      if (fold(word) !== word) add(fold(word), group);
    }
  }
  return Object.fromEntries(
    Object.entries(map)
      .filter(([, words]) => words.size > 0)
      .map(([key, words]) => [key, [...words]]),
  );
}

/** Synonyms shared by both indexes: Norwegian words for the same kind of work. */
export const norwegianSynonyms: Record<string, string[]> = buildSynonyms([
  ...synonymGroups,
  ...wordFamilies,
  ...workWords.map((w) => [w, `${w}jobb`, `${w}arbeid`]),
]);

export interface IndexDefinition {
  /** Base name; the real index is `${prefix}${name}`. */
  name: "candidates" | "jobs";
  primaryKey: string;
  settings: Settings;
}

export const candidateIndex: IndexDefinition = {
  name: "candidates",
  primaryKey: "id",
  settings: {
    // Most specific first (the attribute ranking rule): a tag or the profile's own words say more
    // than the broad interest ("park" in the tags before "Utendørs/park"); decision 021.
    searchableAttributes: ["tags", "summary", "interests", "strengths", "municipalityName", "region", "languages"],
    // Only what the searches filter or count on: every filterable attribute costs indexing time.
    filterableAttributes: [
      "interests",
      "strengths",
      "weekdays",
      "timesOfDay",
      "hoursMin",
      "hoursMax",
      "reachableMunicipalities",
      "region",
      "availableFrom",
      "drivingLicence",
      "languages",
      "employerVisible",
      "officeId",
    ],
    sortableAttributes: ["updatedAt", "availableFrom"],
    synonyms: norwegianSynonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 2000 },
    // Cheaper to index and to search (decision 004): word proximity per attribute, not per word
    // position, is enough for short profile texts; we never search inside facet values.
    proximityPrecision: "byAttribute",
    facetSearch: false,
    faceting: { maxValuesPerFacet: 30 },
  },
};

export const jobIndex: IndexDefinition = {
  name: "jobs",
  primaryKey: "id",
  settings: {
    searchableAttributes: [
      "title",
      "tasks",
      "categoryLabels",
      "strengths",
      "tags",
      "description",
      "organisationName",
      "municipalityName",
    ],
    filterableAttributes: [
      "kind",
      "categories",
      "strengths",
      "weekdays",
      "timesOfDay",
      "slots",
      "hoursPerWeek",
      "municipalityNumber",
      "region",
      "mentorAvailable",
      "startDate",
      "employmentForm",
      "organisationId",
    ],
    sortableAttributes: ["updatedAt", "startDate", "hoursPerWeek"],
    synonyms: norwegianSynonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 2000 },
    // Cheaper to index and to search (decision 004): word proximity per attribute, not per word
    // position, is enough for short profile texts; we never search inside facet values.
    proximityPrecision: "byAttribute",
    facetSearch: false,
    faceting: { maxValuesPerFacet: 30 },
  },
};

export const allIndexes: IndexDefinition[] = [candidateIndex, jobIndex];

export function indexUid(prefix: string | undefined, definition: Pick<IndexDefinition, "name">): string {
  return `${prefix ?? ""}${definition.name}`;
}
