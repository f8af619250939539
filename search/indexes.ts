// Index settings declared as code. `applyIndexSettings` (settings.ts) makes the server match.
import type { Settings } from "meilisearch";

/** Synonyms shared by both indexes: Norwegian words for the same kind of work. */
export const norwegianSynonyms: Record<string, string[]> = {
  kjøkken: ["kantine", "storkjøkken"],
  kantine: ["kjøkken", "storkjøkken"],
  storkjøkken: ["kjøkken", "kantine"],
  lager: ["logistikk", "varelager"],
  logistikk: ["lager", "varelager"],
  varelager: ["lager", "logistikk"],
  renhold: ["vask", "rengjøring"],
  rengjøring: ["renhold", "vask"],
  butikk: ["dagligvare", "handel"],
  dagligvare: ["butikk"],
  barnehage: ["oppvekst"],
  park: ["utendørs", "grøntanlegg"],
  grøntanlegg: ["park", "utendørs"],
};

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
    searchableAttributes: ["interests", "strengths", "tags", "summary", "municipalityName", "region", "languages"],
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
