// Shared by the server (search-outage.server.ts) and the error boundary: the marker of the 503
// a search answers while Meilisearch is unavailable.
export const SEARCH_UNAVAILABLE = "search_unavailable";

/** Is this thrown answer the search outage (and not some other 503)? */
export function isSearchOutage(error: { status: number; data: unknown }): boolean {
  return error.status === 503 && (error.data as { error?: unknown } | null)?.error === SEARCH_UNAVAILABLE;
}
