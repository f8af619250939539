// When is a failed search "Meilisearch is unavailable" (answer 503, the rest of the portal
// works) rather than a bug (answer 500)? When it never answered, timed out, or answered 5xx.
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";

export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return true;
  if (error instanceof MeilisearchApiError) return error.response.status >= 500;
  return false;
}
