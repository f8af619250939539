// Meilisearch down: a search answers 503 with a Norwegian explanation (the error boundary shows
// it as a page; /api/kandidater passes it on as JSON), never a 500. The rest of the portal reads
// PostgreSQL only and keeps working; the outbox catches the index up when Meilisearch is back.
import * as texts from "~/texts";
import { isSearchUnavailable } from "../search/errors";
import { SEARCH_UNAVAILABLE } from "./search-outage";

export function searchUnavailableResponse(): Response {
  return Response.json(
    { error: SEARCH_UNAVAILABLE, message: texts.outage.searchApi },
    { status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } },
  );
}

/** Runs a search; if Meilisearch is unavailable, throws the 503 answer instead of the error. */
export async function withSearch<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isSearchUnavailable(error)) throw searchUnavailableResponse();
    throw error;
  }
}
