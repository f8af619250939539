// The floor for `npm run bench` (issue #21): the same queries with the same filters sent straight
// to Meilisearch's HTTP API, built by the same code the route uses (search/candidate-search.ts),
// for latency (interleaved with the route, so both see the same machine) and for throughput
// (autocannon, the same connections and duration as the route's load). The route's overhead is
// then a ratio: route p95 ÷ raw p95 and route req/s ÷ raw req/s.
import { existsSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { Agent } from "undici";
import { candidateSearchRequest, parseCandidateSearch } from "../../search/candidate-search";
import { candidateIndex, indexUid } from "../../search/indexes";
import { type Stats, stats } from "./bench-stats";

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 10 ms); null if unknown. */
export function cpuSeconds(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export const FLOOR_TARGETS = { maxP95Ratio: 1.5, minThroughputShare: 0.6 };

export interface FloorResult {
  /** Sequential, one request at a time, interleaved: route, raw, route, raw… */
  latency: { route: Stats; raw: Stats; p95Ratio: number; targetMaxP95Ratio: number };
  load: {
    connections: number;
    seconds: number;
    routeRequestsPerSecond: number;
    routeP99: number;
    routeErrors: number;
    rawRequestsPerSecond: number;
    rawP99: number;
    rawErrors: number;
    throughputShare: number;
    targetMinThroughputShare: number;
  };
  /**
   * CPU time per request during the two loads (from /proc; does not depend on what else the
   * machine runs, unlike req/s): the app's and Meilisearch's for a route request, Meilisearch's
   * for a raw one. PostgreSQL's share of a route request is not counted.
   */
  cpuMsPerRequest: { app: number | null; meiliForRoute: number | null; meiliRaw: number | null };
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
  connections: number;
  duration: number;
  /** The route's load: base URL and the signed-in cookie (the same rotation of queries as the bench's load). */
  routeBase: string;
  cookie: string;
  appPid?: number;
  meiliPid?: number;
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

  options.log(
    `Floor: ${options.connections} connections for ${options.duration} s on the route, then as long straight to Meilisearch…`,
  );
  const cpu = () => ({ app: cpuSeconds(options.appPid), meili: cpuSeconds(options.meiliPid) });
  const perRequest = (a: number | null, b: number | null, requests: number) =>
    a === null || b === null || requests === 0 ? null : ((b - a) * 1000) / requests;
  let next = 0;
  const cpu0 = cpu();
  const routeLoad = await autocannon({
    url: options.routeBase,
    connections: options.connections,
    duration: options.duration,
    headers: { cookie: options.cookie },
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          next = (next + 1) % queries.length;
          return { ...req, path: `/api/kandidater?${queries[next]}` };
        },
      },
    ],
  });
  const cpu1 = cpu();
  const bodies = queries.map((q) => rawSearchBody(q));
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

  const cpu2 = cpu();
  const routeRequestsPerSecond = routeLoad.requests.average;
  const routeErrors = routeLoad.errors + routeLoad.timeouts + routeLoad.non2xx;
  const routeStats = stats(route);
  const rawStats = stats(direct);
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
      routeRequestsPerSecond,
      routeP99: routeLoad.latency.p99,
      routeErrors,
      rawRequestsPerSecond: load.requests.average,
      rawP99: load.latency.p99,
      rawErrors: load.errors + load.timeouts + load.non2xx,
      throughputShare: routeRequestsPerSecond / load.requests.average,
      targetMinThroughputShare: FLOOR_TARGETS.minThroughputShare,
    },
    cpuMsPerRequest: {
      app: perRequest(cpu0.app, cpu1.app, routeLoad.requests.total),
      meiliForRoute: perRequest(cpu0.meili, cpu1.meili, routeLoad.requests.total),
      meiliRaw: perRequest(cpu1.meili, cpu2.meili, load.requests.total),
    },
  };
}

/** The table rows for the floor: [measure, result, target]. */
export function floorRows(floor: FloorResult, ms: (n: number) => string): Array<[string, string, string]> {
  const { latency: l, load, cpuMsPerRequest: c } = floor;
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
      `Load, ${load.connections} conn × ${load.seconds} s: route / raw Meilisearch`,
      `${Math.round(load.routeRequestsPerSecond)} / ${Math.round(load.rawRequestsPerSecond)} req/s, p99 ${load.routeP99} / ${load.rawP99} ms, ${load.routeErrors} / ${load.rawErrors} errors`,
      "",
    ],
    [
      "  route req/s ÷ raw req/s",
      `${Math.round(load.throughputShare * 100)} %${mark(load.throughputShare >= load.targetMinThroughputShare)}`,
      `≥ ${Math.round(load.targetMinThroughputShare * 100)} %`,
    ],
    [
      "  CPU per request: app + its Meilisearch / raw Meilisearch",
      `${ms(c.app ?? Number.NaN)} + ${ms(c.meiliForRoute ?? Number.NaN)} / ${ms(c.meiliRaw ?? Number.NaN)}`,
      "",
    ],
  ];
}
