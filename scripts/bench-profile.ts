// `npm run bench:profile [-- --seconds S] [--label L]`: where the search route's time goes. Reuses the
// data `npm run bench` left in .data/bench (embedded PostgreSQL and Meilisearch), starts the built
// portal under `node --cpu-prof`, loads /api/kandidater with 32 connections (autocannon, as the
// bench) and raw Meilisearch beside it, then prints the route's req/s, its latency, and the
// profile: self time by package and the functions with the most self and total time.
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { BENCH_PASSWORD, BENCH_SPECIALIST } from "./lib/bench-data";
import { cpuSeconds, rawSearchBody } from "./lib/bench-floor";
import { signInCookie, startPortalProcess } from "./lib/portal-process";
import { freePort, startEmbeddedMeilisearch, startEmbeddedPostgres, withDatabase } from "./lib/services";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(root, ".data", "bench");
const argValue = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(argValue("seconds", "15"));
const label = argValue("label", "profile");
const profDir = path.join(root, "bench-results", `profile-${label}`);
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });

const pg = await startEmbeddedPostgres({ dir: path.join(benchDir, "postgres"), database: "postgres" });
const meili = await startEmbeddedMeilisearch({ dir: path.join(benchDir, "meilisearch"), maxIndexingMemory: "512MiB" });
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const portal = await startPortalProcess({
  root,
  nodeArgs: ["--cpu-prof", "--cpu-prof-dir", profDir],
  env: {
    ...process.env,
    DATABASE_URL: withDatabase(pg.adminUrl, "arbeidsbro_bench"),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX_PREFIX: "bench_",
    WORKER: "0",
    DEMO_DATA: "0",
    SKIP_BUILD: "1",
    NODE_ENV: "production",
  },
  port,
  timeoutMs: 60_000,
});
const child = portal.child;
const cookie = await signInCookie(base, BENCH_SPECIALIST, BENCH_PASSWORD);
const set: URLSearchParams[] = [];
for (const t of ["kjøkken", "lager", "renhold", "butikk", "", "truck", "kasse"])
  for (const interest of ["lager", "renhold", "butikk", "kjokken-kantine"]) {
    const p = new URLSearchParams();
    if (t) p.set("q", t);
    p.append("interests", interest);
    p.append("weekdays", "mon");
    set.push(p);
  }
let next = 0;
const run = (opts: autocannon.Options) => autocannon(opts);
await run({ url: `${base}/api/kandidater?${set[0]}`, connections: 4, duration: 3, headers: { cookie } }); // warm-up
const cpu0 = { app: cpuSeconds(child.pid), meili: cpuSeconds(meili.pid) };
const route = await run({
  url: base,
  connections: 32,
  duration: seconds,
  headers: { cookie },
  requests: [
    {
      method: "GET",
      setupRequest: (req) => {
        next = (next + 1) % set.length;
        return { ...req, path: `/api/kandidater?${set[next]}` };
      },
    },
  ],
});
const cpu1 = { app: cpuSeconds(child.pid), meili: cpuSeconds(meili.pid) };
const bodies = set.map((q) => rawSearchBody(q));
const raw = await run({
  url: meili.url,
  connections: 32,
  duration: seconds,
  headers: {
    "content-type": "application/json",
    "accept-encoding": "identity",
    authorization: `Bearer ${meili.masterKey}`,
  },
  requests: [
    {
      method: "POST",
      path: "/indexes/bench_candidates/search",
      setupRequest: (req) => {
        next = (next + 1) % bodies.length;
        return { ...req, body: bodies[next] };
      },
    },
  ],
});
const cpu2 = { meili: cpuSeconds(meili.pid) };
const perRequest = (a: number | null, b: number | null, result: autocannon.Result) =>
  a === null || b === null ? "n/a" : (((b - a) * 1000) / result.requests.total).toFixed(2);
await portal.stop();
await meili.stop();
await pg.stop();

console.log(
  `\n[profile ${label}] CPU per request: app ${perRequest(cpu0.app, cpu1.app, route)} ms, its Meilisearch ${perRequest(cpu0.meili, cpu1.meili, route)} ms; raw Meilisearch ${perRequest(cpu1.meili, cpu2.meili, raw)} ms`,
);
console.log(
  `[profile ${label}] route ${Math.round(route.requests.average)} req/s (p50 ${route.latency.p50} ms, p99 ${route.latency.p99} ms, ${route.non2xx} non-2xx); raw Meilisearch ${Math.round(raw.requests.average)} req/s; share ${Math.round((route.requests.average / raw.requests.average) * 100)} %`,
);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
if (!file) throw new Error("no profile written");
const prof = JSON.parse(readFileSync(path.join(profDir, file), "utf8")) as {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};
const interval = (prof.endTime - prof.startTime) / 1000 / prof.samples.length; // ms per sample
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const where = (url: string) => {
  if (!url) return "(native/gc/idle)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] as string;
  if (url.startsWith("node:")) return "node core";
  if (url.includes("/build/server/")) return "app (build/server)";
  return path.relative(root, url.replace("file://", ""));
};
const selfBy = new Map<string, number>();
const selfFn = new Map<string, number>();
for (const n of prof.nodes) {
  const w = where(n.callFrame.url);
  const key = n.callFrame.functionName === "(idle)" ? "(idle)" : w;
  selfBy.set(key, (selfBy.get(key) ?? 0) + n.hitCount * interval);
  const fn = `${n.callFrame.functionName || "(anonymous)"} ${w}:${n.callFrame.lineNumber + 1}`;
  selfFn.set(fn, (selfFn.get(fn) ?? 0) + n.hitCount * interval);
}
const all = [...selfBy.values()].reduce((a, b) => a + b, 0);
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((v / all) * 100).toFixed(1).padStart(5)} %  ${k}`)
    .join("\n");
console.log(`[profile ${label}] ${(all / 1000).toFixed(1)} s sampled; self time by package:\n${top(selfBy, 18)}`);
console.log(`[profile ${label}] self time by function:\n${top(selfFn, 30)}`);

// The route's own window (from the first to the last sample in the app's code), each busy sample
// counted once under the first of these frames found on its stack, from the leaf up.
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackOf = function* (id: number) {
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) yield (byId.get(x) as Node).callFrame;
};
let clock = prof.startTime;
const times = prof.samples.map((_, i) => {
  clock += prof.timeDeltas[i] ?? 0;
  return clock;
});
const inApp = (id: number) => [...stackOf(id)].some((f) => f.url.includes("/build/server/"));
const appTimes = times.filter((_, i) => inApp(prof.samples[i] as number));
const from = appTimes[Math.floor(appTimes.length * 0.05)] ?? 0;
const to = appTimes[Math.floor(appTimes.length * 0.99)] ?? 0;
const groups: Array<[string, (f: Node["callFrame"]) => boolean]> = [
  [
    "Remix route matching (matchRoutes)",
    (f) => f.functionName === "matchRoutes" && f.url.includes("@remix-run/router"),
  ],
  [
    "PostgreSQL (kysely, pg)",
    (f) => /node_modules\/(kysely|pg|pg-protocol|pg-pool|pg-types|postgres-array)\//.test(f.url),
  ],
  ["Meilisearch client (meilisearch, fetch)", (f) => f.url.includes("node_modules/meilisearch/")],
  ["static files (serve-static, send)", (f) => /node_modules\/(serve-static|send)\//.test(f.url)],
  ["session cookie and hash", (f) => /^(tokenFrom|hashToken|getSessionUser)$/.test(f.functionName)],
  ["Express request → Fetch Request", (f) => f.functionName === "toFetchRequest"],
  ["writing the answer", (f) => f.functionName === "writeReadableStreamToWritable"],
  ["JSON.stringify of the answer", (f) => f.functionName === "serializeJavascriptValueToJSONString"],
  ["garbage collector", (f) => f.functionName === "(garbage collector)"],
];
const grouped = new Map<string, number>();
let busy = 0;
let idle = 0;
for (const [i, id] of prof.samples.entries()) {
  const at = times[i] ?? 0;
  if (at < from || at > to) continue;
  if ((byId.get(id) as Node).callFrame.functionName === "(idle)") {
    idle++;
    continue;
  }
  busy++;
  let group = "other: Express, Node HTTP, Remix's handler, app code";
  for (const f of stackOf(id)) {
    const hit = groups.find(([, test]) => test(f));
    if (hit) {
      group = hit[0];
      break;
    }
  }
  grouped.set(group, (grouped.get(group) ?? 0) + 1);
}
console.log(
  `[profile ${label}] the route's window, ${((to - from) / 1e6).toFixed(1)} s, ${Math.round((busy / Math.max(1, busy + idle)) * 100)} % busy; busy samples by what is on their stack:`,
);
for (const [group, n] of [...grouped].sort((x, y) => y[1] - x[1]))
  console.log(`  ${((n / busy) * 100).toFixed(1).padStart(5)} %  ${group}`);
console.log(
  `[profile ${label}] ${path.relative(root, path.join(profDir, file))} (open in Chrome DevTools → Performance)`,
);
process.exit(0);
