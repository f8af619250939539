// The alternative a team would build without Meilisearch: PostgreSQL full-text search with the
// 'norwegian' configuration (stemming and stop words), over the same text the candidate index
// searches (search/indexes.ts searchableAttributes: interests, strengths, tags, summary,
// languages; the place names there are derived, not stored, and left out), with the same filters
// as search/candidate-search.ts, ranked by ts_rank. The baseline of the search-quality measure
// (docs/decisions/021), used by its test and by `npm run bench`.
import { type Kysely, sql } from "kysely";
import type { CandidateSearch } from "../../search/candidate-search";
import type { Database } from "../schema";

const document = sql`to_tsvector('norwegian', concat_ws(' ', p.summary, array_to_string(p.tags, ' '),
  array_to_string(p.interests, ' '), array_to_string(p.strengths, ' '), array_to_string(p.languages, ' ')))`;

/** Candidate ids, best first, at most `limit`. */
export async function fullTextCandidateSearch(
  db: Kysely<Database>,
  search: CandidateSearch,
  options: { limit: number; now?: Date; officeId?: string | null },
): Promise<string[]> {
  if (search.region) throw new Error("The full-text baseline does not filter on region.");
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const query = sql`plainto_tsquery('norwegian', ${search.q})`;
  const anyOf = (column: string, values: string[]) =>
    values.length === 0 ? sql`true` : sql`${sql.ref(`p.${column}`)} && ${values}::text[]`;
  const { rows } = await sql<{ id: string }>`
    select p.candidate_id as id from candidate_profiles p join candidates c on c.id = p.candidate_id
    where (${search.q === ""} or ${document} @@ ${query})
      and ${anyOf("interests", search.interests)}
      and ${anyOf("strengths", search.strengths)}
      and ${anyOf("weekdays", search.weekdays)}
      and ${anyOf("times_of_day", search.timesOfDay)}
      and (${search.hoursTo ?? null}::int is null or p.hours_min <= ${search.hoursTo ?? null}::int)
      and (${search.hoursFrom ?? null}::int is null or p.hours_max >= ${search.hoursFrom ?? null}::int)
      and (${search.municipality ?? null}::text is null or p.municipality_number = ${search.municipality ?? null}
           or ${search.municipality ?? null} = any(p.reachable_municipalities))
      and (${search.availableNow === undefined} or p.available_from is null or p.available_from <= ${today}::date)
      and (${search.drivingLicence === undefined} or p.driving_licence)
      and (${search.language ?? null}::text is null or ${search.language ?? null} = any(p.languages))
      and (${options.officeId ?? null}::uuid is null or c.office_id = ${options.officeId ?? null}::uuid)
      and exists (select 1 from consents s where s.candidate_id = p.candidate_id and s.scope = 'search'
                  and s.withdrawn_at is null and s.expires_at > ${now})
    order by ${search.q === "" ? sql`` : sql`ts_rank(${document}, ${query}) desc,`} p.updated_at desc, p.candidate_id
    limit ${options.limit}`.execute(db);
  return rows.map((r) => r.id);
}
