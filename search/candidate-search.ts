// The specialist's candidate search: URL parameters → a Meilisearch query → ids (+ highlights
// and facet counts). Rows are then loaded from PostgreSQL: the index is never the source of truth.
import type { Meilisearch } from "meilisearch";
import { z } from "zod";
import { listParam, queryParam, searchParamsObject } from "./url-params";
import { candidateIndex, indexUid } from "./indexes";

const hours = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : v),
  z.coerce.number().int().min(1).max(40).optional(),
);

const listKeys = ["interests", "strengths", "weekdays", "timesOfDay"];

export const candidateSearchSchema = z.object({
  q: queryParam,
  interests: listParam,
  strengths: listParam,
  weekdays: listParam,
  timesOfDay: listParam,
  municipality: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  region: z.string().max(60).optional().catch(undefined),
  hoursFrom: hours.catch(undefined),
  hoursTo: hours.catch(undefined),
  availableNow: z.literal("1").optional().catch(undefined),
  drivingLicence: z.literal("1").optional().catch(undefined),
  language: z.string().max(40).optional().catch(undefined),
  sort: z.enum(["relevance", "newest"]).default("relevance").catch("relevance"),
  /** Whose candidates: the specialist's own NAV office (the default: the ones they can open) or all. */
  office: z.enum(["own", "all"]).default("own").catch("own"),
  page: z.coerce.number().int().min(1).max(100).default(1).catch(1),
});
export type CandidateSearch = z.infer<typeof candidateSearchSchema>;

/** Reads the search from the URL; nonsense values fall back to defaults instead of failing. */
export function parseCandidateSearch(params: URLSearchParams): CandidateSearch {
  return candidateSearchSchema.parse(searchParamsObject(params, listKeys));
}

const quote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

export function todayNumber(now: Date): number {
  return Number(now.toISOString().slice(0, 10).replaceAll("-", ""));
}

/** Meilisearch filter expressions for a search (all of them must hold). */
export function candidateFilters(search: CandidateSearch, now: Date, officeId?: string | null): string[] {
  const filters: string[] = [];
  // Only one office's candidates (the specialist's own), when the caller asks for it.
  if (officeId) filters.push(`officeId = ${quote(officeId)}`);
  const anyOf = (field: string, values: string[]) => {
    if (values.length > 0) filters.push(`${field} IN [${values.map(quote).join(", ")}]`);
  };
  anyOf("interests", search.interests);
  anyOf("strengths", search.strengths);
  anyOf("weekdays", search.weekdays);
  anyOf("timesOfDay", search.timesOfDay);
  if (search.municipality) filters.push(`reachableMunicipalities = ${quote(search.municipality)}`);
  if (search.region) filters.push(`region = ${quote(search.region)}`);
  // Overlap of the wanted hours with the candidate's range: min ≤ to and max ≥ from.
  if (search.hoursTo !== undefined) filters.push(`hoursMin <= ${search.hoursTo}`);
  if (search.hoursFrom !== undefined) filters.push(`hoursMax >= ${search.hoursFrom}`);
  if (search.availableNow) filters.push(`availableFrom <= ${todayNumber(now)}`);
  if (search.drivingLicence) filters.push("drivingLicence = true");
  if (search.language) filters.push(`languages = ${quote(search.language)}`);
  return filters;
}

export const PAGE_SIZE = 20;
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_END = "\u0002";

export interface CandidateHit {
  id: string;
  highlights: Partial<Record<"summary" | "tags" | "interests" | "strengths", string>>;
}

export interface CandidateSearchResult {
  hits: CandidateHit[];
  total: number;
  page: number;
  totalPages: number;
  facets: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/**
 * The body of the Meilisearch search request for a search: used by the route, and by
 * `npm run bench` to send exactly the same query straight to Meilisearch (the floor).
 */
export function candidateSearchRequest(
  search: CandidateSearch,
  now: Date,
  options: { facets?: boolean; officeId?: string | null } = {},
) {
  return {
    q: search.q,
    filter: candidateFilters(search, now, options.officeId),
    // The counts the page shows, and no more. Facet counting is most of Meilisearch's time at
    // scale (p95 25 ms with, 5 ms without, at 100 000 candidates), so callers that only need
    // hits can leave it out.
    facets: options.facets === false ? undefined : ["interests", "strengths", "weekdays", "timesOfDay", "region"],
    sort: search.sort === "newest" ? ["updatedAt:desc"] : undefined,
    page: search.page,
    hitsPerPage: PAGE_SIZE,
    attributesToRetrieve: ["id"],
    attributesToHighlight: ["summary", "tags", "interests", "strengths"],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
}

export async function searchCandidates(
  client: Meilisearch,
  prefix: string,
  search: CandidateSearch,
  now = new Date(),
  options: { facets?: boolean; officeId?: string | null } = {},
): Promise<CandidateSearchResult> {
  const { q, ...params } = candidateSearchRequest(search, now, options);
  const result = await client.index(indexUid(prefix, candidateIndex)).search(q, params);
  return {
    hits: result.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
      const highlights: CandidateHit["highlights"] = {};
      for (const key of ["summary", "tags", "interests", "strengths"] as const) {
        const value = formatted[key];
        const text = Array.isArray(value) ? value.join(", ") : typeof value === "string" ? value : "";
        if (text.includes(HIGHLIGHT_START)) highlights[key] = text;
      }
      return { id: String(hit.id), highlights };
    }),
    total: result.totalHits ?? 0,
    page: result.page ?? 1,
    totalPages: result.totalPages ?? 0,
    facets: (result.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    processingTimeMs: result.processingTimeMs,
  };
}
