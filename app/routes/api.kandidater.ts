// The candidate search as JSON: the same search, filters, consent check and access rule as the
// search page, for scripts and benchmarks (and a future client) without the HTML around it.
// `facets=1` adds the filter counts the page shows.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/access.server";
import { runCandidateSearch } from "~/candidates/search.server";
import { parseCandidateSearch } from "../../search/candidate-search";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const started = performance.now();
  const user = await requireRole(request, context, "specialist");
  const authorised = performance.now();
  const params = new URL(request.url).searchParams;
  const search = parseCandidateSearch(params);
  // Hits by default; the filter counts (the page's facets) cost most of the time, so they are asked for: ?facets=1.
  const result = await runCandidateSearch(search, user.navOfficeId, { facets: params.get("facets") === "1" });
  return Response.json(
    {
      total: result.total,
      page: result.page,
      totalPages: result.totalPages,
      processingTimeMs: result.processingTimeMs,
      facets: result.facets,
      hits: result.hits.map((h) => ({
        id: h.id,
        code: h.code,
        ownOffice: h.ownOffice,
        profile: h.profile,
        highlights: h.highlights,
      })),
    },
    {
      headers: {
        "Cache-Control": "no-store",
        // Where the time goes (visible in the browser's network panel and used by `npm run bench`).
        "Server-Timing": [
          `auth;dur=${(authorised - started).toFixed(1)}`,
          `search;dur=${result.timings.search.toFixed(1)}`,
          `meili;dur=${result.timings.meili}`,
          `db;dur=${result.timings.db.toFixed(1)}`,
          `total;dur=${(performance.now() - started).toFixed(1)}`,
        ].join(", "),
      },
    },
  );
}
