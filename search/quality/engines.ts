// The two engines of the search-quality measure, as the app runs them: our search through
// searchCandidates (the specialist's URL parameters parsed as the route parses them), and the
// PostgreSQL full-text baseline with the same parsed search. Both answer profile codes.
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import { fullTextCandidateSearch } from "../../db/repositories/full-text-search";
import type { Database } from "../../db/schema";
import { parseCandidateSearch, searchCandidates } from "../candidate-search";
import { type Engine, K } from "./evaluate";

const codesOf = (ids: string[], codeOf: ReadonlyMap<string, string>) => ids.map((id) => codeOf.get(id) ?? id);

export function meilisearchEngine(
  client: Meilisearch,
  prefix: string,
  codeOf: ReadonlyMap<string, string>,
  now = new Date(),
): Engine {
  return async (params) => {
    const result = await searchCandidates(client, prefix, parseCandidateSearch(params), now, { facets: false });
    return codesOf(
      result.hits.map((h) => h.id),
      codeOf,
    );
  };
}

export function fullTextEngine(db: Kysely<Database>, codeOf: ReadonlyMap<string, string>, now = new Date()): Engine {
  return async (params) =>
    codesOf(await fullTextCandidateSearch(db, parseCandidateSearch(params), { limit: K, now }), codeOf);
}
