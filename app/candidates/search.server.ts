// The specialist's search: Meilisearch finds ids; the rows (and a fresh consent check) come from
// PostgreSQL, so a profile whose consent was just withdrawn is never shown, even if the index lags.
import { withSearch } from "~/search-outage.server";
import { getDb, getIndexPrefix, getSearch } from "~/services.server";
import { municipalityName } from "../../db/data/places";
import { type CandidateSearch, searchCandidates } from "../../search/candidate-search";
import { profileView } from "./profile-view";
import type { ProfileView } from "~/components/ProfileFacts";
import { sql } from "kysely";

export interface SearchRow {
  id: string;
  code: string;
  ownOffice: boolean;
  profile: ProfileView;
  highlights: Record<string, string>;
}

export async function runCandidateSearch(
  search: CandidateSearch,
  officeId: string | null,
  options: { facets?: boolean; ownOfficeOnly?: boolean } = {},
) {
  const started = performance.now();
  const { ownOfficeOnly, ...rest } = options;
  const searchOptions = { ...rest, officeId: ownOfficeOnly ? officeId : undefined };
  const result = await withSearch(() =>
    searchCandidates(getSearch(), getIndexPrefix(), search, new Date(), searchOptions),
  );
  const searched = performance.now();
  const ids = result.hits.map((h) => h.id);
  const now = new Date();
  const rows = ids.length
    ? await getDb()
        .selectFrom("candidates")
        .innerJoin("candidate_profiles as p", "p.candidate_id", "candidates.id")
        .innerJoin("candidate_identities as i", "i.candidate_id", "candidates.id")
        .select(["candidates.id", "candidates.code", "candidates.office_id", "i.birth_date"])
        .selectAll("p")
        .where("candidates.id", "in", ids)
        .where(
          sql<boolean>`exists (select 1 from consents c where c.candidate_id = candidates.id and c.scope = 'search'
            and c.withdrawn_at is null and c.expires_at > ${now})`,
        )
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits: SearchRow[] = [];
  for (const hit of result.hits) {
    const row = byId.get(hit.id);
    if (!row) continue;
    hits.push({
      id: row.id,
      code: row.code,
      ownOffice: row.office_id === officeId,
      profile: profileView(row, row.birth_date, now),
      highlights: hit.highlights,
    });
  }
  const regions = Object.keys(result.facets.region ?? {}).sort((a, b) => a.localeCompare(b, "nb"));
  const timings = { search: searched - started, db: performance.now() - searched, meili: result.processingTimeMs };
  return {
    ...result,
    hits,
    regions,
    timings,
    municipalityLabel: search.municipality ? municipalityName(search.municipality) : null,
  };
}
