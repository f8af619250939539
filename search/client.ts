import { Meilisearch } from "meilisearch";
import { Agent } from "undici";

export interface SearchConfig {
  url: string;
  apiKey: string;
  /** Prefix for every index name, so tests and the e2e run can share one server safely. */
  indexPrefix?: string;
}

/**
 * One client per process. Node's fetch stalls ~40 ms per request on keep-alive connections to
 * Meilisearch; an undici Agent without pipelining brings searches to ~2 ms (stack.md, measured).
 */
export function createSearchClient(config: SearchConfig): Meilisearch {
  const dispatcher = new Agent({ pipelining: 0 });
  return new Meilisearch({
    host: config.url,
    apiKey: config.apiKey,
    // A hung Meilisearch must not hang a page: after 10 s the search answers 503 (app/search-outage.server.ts).
    timeout: 10_000,
    // RequestInit has no `dispatcher` in the DOM types, but Node's fetch (undici) reads it.
    // Uncompressed answers: fetch asks for brotli/gzip, and on the same machine compressing
    // and unpacking every search costs more CPU than the bytes save (decision 019).
    requestInit: { dispatcher, headers: { "Accept-Encoding": "identity" } } as RequestInit,
  });
}
