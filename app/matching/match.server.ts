// Matching both ways. Meilisearch gives recall (filters around the job or the person); the fit
// score (fit-score.ts) ranks and explains. Rows and a fresh consent check come from PostgreSQL.
import { sql } from "kysely";
import type { ProfileView } from "~/components/ProfileFacts";
import { profileView } from "~/candidates/profile-view";
import { todayInOslo } from "~/domain/dates";
import { withSearch } from "~/search-outage.server";
import { getDb, getIndexPrefix, getSearch } from "~/services.server";
import { countyName } from "../../db/data/places";
import { type JobForIndex, loadJobForIndex, loadTaskForIndex } from "../../db/repositories/jobs";
import type { CandidateProfile } from "../../db/schema";
import { candidateIndex, indexUid } from "../../search/indexes";
import { type JobHit, parseJobSearch, searchJobs } from "../../search/job-search";
import { stillSearchable } from "~/jobs/search.server";
import { type FitJob, type FitResult, fitCombination, fitScore, toFitCandidate, toFitJob } from "./fit-score";

export { toFitCandidate, toFitJob };

export type JobKind = "job" | "task";

/** "job-<uuid>" or "task-<uuid>" (the search document id) → kind and id. */
export function parseJobKey(key: string | undefined): { kind: JobKind; id: string } | null {
  const m = /^(job|task)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(key ?? "");
  return m ? { kind: m[1] as JobKind, id: m[2] as string } : null;
}

export async function loadOpenJob(key: { kind: JobKind; id: string }): Promise<JobForIndex | undefined> {
  return key.kind === "job" ? loadJobForIndex(getDb(), key.id) : loadTaskForIndex(getDb(), key.id);
}

const quote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
const dateOf = (n: number) =>
  n === 0 ? null : `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`;

/** Candidates a proposal may show an employer: searchable and with consent to be shown anonymously. */
function consentedNow(now: Date) {
  return sql<boolean>`exists (select 1 from consents c where c.candidate_id = candidates.id and c.scope = 'search' and c.withdrawn_at is null and c.expires_at > ${now})
    and exists (select 1 from consents c where c.candidate_id = candidates.id and c.scope = 'employer_view' and c.withdrawn_at is null and c.expires_at > ${now})`;
}

export interface RankedCandidate {
  id: string;
  code: string;
  ownOffice: boolean;
  profile: ProfileView;
  fit: FitResult;
}

/** Ranked candidates for an open job or task: near in place and hours, then by fit score. */
export async function rankCandidatesForJob(
  job: JobForIndex,
  officeId: string | null,
  options: { q?: string; limit?: number } = {},
): Promise<RankedCandidate[]> {
  const hours = job.hoursPerWeek;
  const limit = options.limit ?? 20;
  const result = await withSearch(() =>
    getSearch()
      .index(indexUid(getIndexPrefix(), candidateIndex))
      .search(options.q ?? "", {
        filter: [
          "employerVisible = true",
          `reachableMunicipalities = ${quote(job.municipalityNumber)} OR region = ${quote(countyName(job.municipalityNumber))}`,
          `hoursMin <= ${hours + 5}`,
          `hoursMax >= ${Math.max(1, hours - 5)}`,
        ],
        limit: 200,
        attributesToRetrieve: ["id"],
      }),
  );
  const ids = result.hits.map((h) => String(h.id));
  if (ids.length === 0) return [];
  const now = new Date();
  const rows = await getDb()
    .selectFrom("candidates")
    .innerJoin("candidate_profiles as p", "p.candidate_id", "candidates.id")
    .innerJoin("candidate_identities as i", "i.candidate_id", "candidates.id")
    .select(["candidates.id", "candidates.code", "candidates.office_id", "i.birth_date"])
    .selectAll("p")
    .where("candidates.id", "in", ids)
    .where(consentedNow(now))
    .execute();
  const today = todayInOslo(now);
  const fitJob = toFitJob(job);
  return rows
    .map((row) => ({
      id: row.id,
      code: row.code,
      ownOffice: row.office_id === officeId,
      profile: profileView(row, row.birth_date, now),
      fit: fitScore(toFitCandidate(row), fitJob, today),
    }))
    .sort((a, b) => b.fit.score - a.fit.score || a.code.localeCompare(b.code))
    .slice(0, limit);
}

export interface RankedJob {
  hit: JobHit;
  fit: FitResult;
}

export interface Combination {
  parts: JobHit[];
  fit: FitResult & { clashes: string[] };
}

const fitJobOfHit = (h: JobHit): FitJob => ({ ...h, startDate: dateOf(h.startDate) });

/** Ranked jobs and task needs for a candidate, and pairs from two employers that together make their week. */
export async function rankJobsForCandidate(
  profile: CandidateProfile,
  limit = 20,
): Promise<{ jobs: RankedJob[]; combinations: Combination[] }> {
  const fitCandidate = toFitCandidate(profile);
  const places = [profile.municipality_number, ...profile.reachable_municipalities];
  const search = parseJobSearch(new URLSearchParams());
  const result = await withSearch(() =>
    searchJobs(getSearch(), getIndexPrefix(), search, {
      hitsPerPage: 200,
      extraFilters: [
        `municipalityNumber IN [${places.map(quote).join(", ")}]`,
        `hoursPerWeek <= ${profile.hours_max + 5}`,
      ],
    }),
  );
  const open = await stillSearchable(result.hits);
  const hits = result.hits.filter((h) => open.has(h.entityId));
  const today = todayInOslo();
  const jobs = hits
    .map((hit) => ({ hit, fit: fitScore(fitCandidate, fitJobOfHit(hit), today) }))
    .sort((a, b) => b.fit.score - a.fit.score)
    .slice(0, limit);

  // Two pieces from different employers, each smaller than the person's minimum, whose hours
  // together land in their range without needing the same slot twice.
  const pieces = hits.filter((h) => h.hoursPerWeek < profile.hours_min).slice(0, 60);
  const combinations: Combination[] = [];
  for (let i = 0; i < pieces.length; i++) {
    for (let k = i + 1; k < pieces.length; k++) {
      const a = pieces[i] as JobHit;
      const b = pieces[k] as JobHit;
      if (a.organisationId === b.organisationId) continue;
      const total = a.hoursPerWeek + b.hoursPerWeek;
      if (total < profile.hours_min || total > profile.hours_max) continue;
      const fit = fitCombination(fitCandidate, [fitJobOfHit(a), fitJobOfHit(b)], today);
      if (fit.clashes.length === 0) combinations.push({ parts: [a, b], fit });
    }
  }
  combinations.sort((x, y) => y.fit.score - x.fit.score);
  return { jobs, combinations: combinations.slice(0, 5) };
}
