// The specialist's job search: Meilisearch finds the jobs and tasks; PostgreSQL confirms each is
// still published, so one closed a moment ago is never shown even if the index lags behind.
import { withSearch } from "~/search-outage.server";
import { getDb, getIndexPrefix, getSearch } from "~/services.server";
import { municipalityName } from "../../db/data/places";
import { type JobSearch, searchJobs } from "../../search/job-search";

export async function stillSearchable(hits: Array<{ kind: "job" | "task"; entityId: string }>): Promise<Set<string>> {
  const db = getDb();
  const jobIds = hits.filter((h) => h.kind === "job").map((h) => h.entityId);
  const taskIds = hits.filter((h) => h.kind === "task").map((h) => h.entityId);
  const open = new Set<string>();
  if (jobIds.length) {
    for (const r of await db
      .selectFrom("carved_jobs")
      .select("id")
      .where("id", "in", jobIds)
      .where("status", "=", "open")
      .execute())
      open.add(r.id);
  }
  if (taskIds.length) {
    for (const r of await db
      .selectFrom("task_needs")
      .select("id")
      .where("id", "in", taskIds)
      .where("status", "=", "open")
      .execute())
      open.add(r.id);
  }
  return open;
}

export async function runJobSearch(search: JobSearch) {
  const result = await withSearch(() => searchJobs(getSearch(), getIndexPrefix(), search));
  const open = await stillSearchable(result.hits);
  const regions = Object.keys(result.facets.region ?? {}).sort((a, b) => a.localeCompare(b, "nb"));
  return {
    ...result,
    hits: result.hits.filter((h) => open.has(h.entityId)),
    regions,
    municipalityLabel: search.municipality ? municipalityName(search.municipality) : null,
  };
}
