// The floor for `npm run bench` (issue #21): the same queries with the same filters sent straight
// to Meilisearch's HTTP API, built by the same code the route uses (search/candidate-search.ts),
// for latency (interleaved with the route, so both see the same machine) and for throughput
// (autocannon, the same connections and duration as the route's load). The route's overhead is
// then a ratio: route p95 ÷ raw p95 and route req/s ÷ raw req/s.
import autocannon from "autocannon";
import { Agent } from "undici";
import { candidateSearchRequest, parseCandidateSearch } from "../../search/candidate-search";
import { candidateIndex, indexUid } from "../../search/indexes";

export const FLOOR_TARGETS = { maxP95Ratio: 1.5, minThroughputShare: 0.6 };

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface FloorResult {
  /** Sequential, one request at a time, interleaved: route, raw, route, raw… */
  latency: { route: Stats; raw: Stats; p95Ratio: number; targetMaxP95Ratio: number };
  load: {
    connections: number;
    seconds: number;
    routeRequestsPerSecond: number;
    rawRequestsPerSecond: number;
    rawP99: number;
    rawErrors: number;
    throughputShare: number;
    targetMinThroughputShare: number;
  };
}

/** The Meilisearch request the route makes for the URL's search (hits only, as /api/kandidater without facets=1). */
export function rawSearchBody(query: URLSearchParams, now = new Date()): string {
  return JSON.stringify(candidateSearchRequest(parseCandidateSearch(query), now, { facets: false }));
}

export async function benchFloor(options: {
  meiliUrl: string;
  meiliKey: string;
  prefix: string;
  queries: URLSearchParams[];
  /** One request through the route (the bench's own timed GET). */
  routeRequest: (q: URLSearchParams) => Promise<void>;
  stats: (samples: number[]) => Stats;
  connections: number;
  duration: number;
  /** The route's requests/s under the same load, measured just before. */
  routeRequestsPerSecond: number;
  log: (line: string) => void;
}): Promise<FloorResult> {
  const { meiliUrl, meiliKey, prefix, queries } = options;
  const searchPath = `/indexes/${indexUid(prefix, candidateIndex)}/search`;
  // No compression, as the app asks (search/client.ts); autocannon asks for none either.
  const headers = {
    "content-type": "application/json",
    "accept-encoding": "identity",
    authorization: `Bearer ${meiliKey}`,
  };
  // Same HTTP client settings as the app's Meilisearch client (search/client.ts).
  const dispatcher = new Agent({ pipelining: 0 });
  const raw = async (q: URLSearchParams) => {
    const res = await fetch(`${meiliUrl}${searchPath}`, {
      method: "POST",
      headers,
      body: rawSearchBody(q),
      dispatcher,
    } as RequestInit);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`Meilisearch answered ${res.status} for ${q}`);
  };
  const timed = async (fn: () => Promise<void>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };

  options.log(`Floor: ${queries.length} queries, route and raw Meilisearch interleaved…`);
  for (const q of queries.slice(0, 20)) await raw(q);
  const route: number[] = [];
  const direct: number[] = [];
  for (const q of queries) {
    route.push(await timed(() => options.routeRequest(q)));
    direct.push(await timed(() => raw(q)));
  }
  await dispatcher.close();

  options.log(`Floor: ${options.connections} connections for ${options.duration} s straight to Meilisearch…`);
  const bodies = queries.map((q) => rawSearchBody(q));
  let next = 0;
  const load = await autocannon({
    url: meiliUrl,
    connections: options.connections,
    duration: options.duration,
    headers,
    requests: [
      {
        method: "POST",
        path: searchPath,
        setupRequest: (req) => {
          next = (next + 1) % bodies.length;
          return { ...req, body: bodies[next] };
        },
      },
    ],
  });

  const routeStats = options.stats(route);
  const rawStats = options.stats(direct);
  return {
    latency: {
      route: routeStats,
      raw: rawStats,
      p95Ratio: routeStats.p95 / rawStats.p95,
      targetMaxP95Ratio: FLOOR_TARGETS.maxP95Ratio,
    },
    load: {
      connections: options.connections,
      seconds: options.duration,
      routeRequestsPerSecond: options.routeRequestsPerSecond,
      rawRequestsPerSecond: load.requests.average,
      rawP99: load.latency.p99,
      rawErrors: load.errors + load.timeouts + load.non2xx,
      throughputShare: options.routeRequestsPerSecond / load.requests.average,
      targetMinThroughputShare: FLOOR_TARGETS.minThroughputShare,
    },
  };
}

/** The table rows for the floor: [measure, result, target]. */
export function floorRows(floor: FloorResult, ms: (n: number) => string): Array<[string, string, string]> {
  const { latency: l, load } = floor;
  const mark = (ok: boolean) => (ok ? "" : " — missed");
  return [
    [
      "Raw Meilisearch, same queries, p50 / p95 / p99",
      `${ms(l.raw.p50)} / ${ms(l.raw.p95)} / ${ms(l.raw.p99)} (route interleaved: ${ms(l.route.p50)} / ${ms(l.route.p95)} / ${ms(l.route.p99)})`,
      "",
    ],
    [
      "  route p95 ÷ raw p95",
      `×${l.p95Ratio.toFixed(2)}${mark(l.p95Ratio <= l.targetMaxP95Ratio)}`,
      `≤ ${l.targetMaxP95Ratio}×`,
    ],
    [
      `Raw Meilisearch load (${load.connections} conn)`,
      `${Math.round(load.rawRequestsPerSecond)} req/s, p99 ${load.rawP99} ms, ${load.rawErrors} errors`,
      "",
    ],
    [
      "  route req/s ÷ raw req/s",
      `${Math.round(load.throughputShare * 100)} %${mark(load.throughputShare >= load.targetMinThroughputShare)}`,
      `≥ ${Math.round(load.targetMinThroughputShare * 100)} %`,
    ],
  ];
}
