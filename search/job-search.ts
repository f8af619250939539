// The specialist's job search: carved jobs and single task needs across employers. URL → query;
// the hits' status is re-checked in PostgreSQL by the caller, so a job closed a moment ago is never shown.
import type { Meilisearch } from "meilisearch";
import { z } from "zod";
import { listParam, queryParam, searchParamsObject } from "./url-params";
import type { JobDocument } from "./documents";
import { indexUid, jobIndex } from "./indexes";

const listKeys = ["categories", "weekdays", "timesOfDay", "strengths"];

export const jobSearchSchema = z.object({
  q: queryParam,
  kind: z.enum(["all", "job", "task"]).default("all").catch("all"),
  categories: listParam,
  strengths: listParam,
  weekdays: listParam,
  timesOfDay: listParam,
  municipality: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  region: z.string().max(60).optional().catch(undefined),
  hoursMax: z
    .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(1).max(40).optional())
    .catch(undefined),
  mentor: z.literal("1").optional().catch(undefined),
  startsBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100).default(1).catch(1),
});
export type JobSearch = z.infer<typeof jobSearchSchema>;

export function parseJobSearch(params: URLSearchParams): JobSearch {
  return jobSearchSchema.parse(searchParamsObject(params, listKeys));
}

const quote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

export function jobFilters(search: JobSearch): string[] {
  const filters: string[] = [];
  const anyOf = (field: string, values: string[]) => {
    if (values.length > 0) filters.push(`${field} IN [${values.map(quote).join(", ")}]`);
  };
  if (search.kind !== "all") filters.push(`kind = ${quote(search.kind)}`);
  anyOf("categories", search.categories);
  anyOf("strengths", search.strengths);
  anyOf("weekdays", search.weekdays);
  anyOf("timesOfDay", search.timesOfDay);
  if (search.municipality) filters.push(`municipalityNumber = ${quote(search.municipality)}`);
  if (search.region) filters.push(`region = ${quote(search.region)}`);
  if (search.hoursMax !== undefined) filters.push(`hoursPerWeek <= ${search.hoursMax}`);
  if (search.mentor) filters.push("mentorAvailable = true");
  if (search.startsBy) filters.push(`startDate <= ${Number(search.startsBy.replaceAll("-", ""))}`);
  return filters;
}

export const JOB_PAGE_SIZE = 20;

export type JobHit = Pick<
  JobDocument,
  | "id"
  | "kind"
  | "entityId"
  | "title"
  | "tasks"
  | "categories"
  | "strengths"
  | "hoursPerWeek"
  | "positionPercent"
  | "slots"
  | "municipalityNumber"
  | "municipalityName"
  | "mentorAvailable"
  | "startDate"
  | "employmentForm"
  | "organisationId"
  | "organisationName"
>;

export interface JobSearchResult {
  hits: JobHit[];
  total: number;
  page: number;
  totalPages: number;
  facets: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

export async function searchJobs(
  client: Meilisearch,
  prefix: string,
  search: JobSearch,
  options: { hitsPerPage?: number; extraFilters?: string[] } = {},
): Promise<JobSearchResult> {
  const result = await client.index<JobDocument>(indexUid(prefix, jobIndex)).search(search.q, {
    filter: [...jobFilters(search), ...(options.extraFilters ?? [])],
    facets: ["kind", "categories", "weekdays", "timesOfDay", "region", "mentorAvailable"],
    page: search.page,
    hitsPerPage: options.hitsPerPage ?? JOB_PAGE_SIZE,
    attributesToRetrieve: [
      "id",
      "kind",
      "entityId",
      "title",
      "tasks",
      "categories",
      "strengths",
      "hoursPerWeek",
      "positionPercent",
      "slots",
      "municipalityNumber",
      "municipalityName",
      "mentorAvailable",
      "startDate",
      "employmentForm",
      "organisationId",
      "organisationName",
    ],
  });
  return {
    hits: result.hits as JobHit[],
    total: result.totalHits ?? 0,
    page: result.page ?? 1,
    totalPages: result.totalPages ?? 0,
    facets: (result.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    processingTimeMs: result.processingTimeMs,
  };
}
