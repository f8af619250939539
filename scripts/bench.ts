// `npm run bench [-- --candidates N] [--employers N] [--regenerate] [--duration S] [--queries N] [--changes N]`
//
// Measures, on a separate bench database and indexes (reused between runs unless --regenerate):
//   1. candidate search through the real HTTP routes (JSON hits, JSON with facet counts, and the
//      rendered page with its facet counts): p50/p95/p99
//   2. the same queries in PostgreSQL (ILIKE and full-text search): p50/p95 and the ratio
//   3. index lag: committed profile change → searchable, p50/p95
//   4. consent withdrawal: commit → gone from search, p50/p95/max
//   5. full reindex throughput, and the peak memory of Meilisearch and the app
//   6. load: the JSON search route under 32 connections (autocannon): requests/s, p99, errors
//   7. JavaScript shipped to the browser for three pages (KB gzipped)
//   8. the norms dashboard's queries at 100 000 candidates with 5 years of history, offices of 20
//      specialists (scripts/lib/bench-dashboard.ts); `--dashboard-only` runs just this one
//   9. search quality: recall@10 and nDCG@10 of our search and of PostgreSQL full-text on the
//      judged query set (scripts/lib/bench-quality.ts); `--quality-only` runs just this one
//  10. employer pages on a phone profile: bytes, TTFB, LCP (scripts/lib/bench-phone.ts);
//      `--phone-only` runs just this one
//  11. the floor: the same queries straight to Meilisearch (latency and load), and the route's
//      overhead as ratios (scripts/lib/bench-floor.ts)
//  12. `--scale` [--scale-sizes 10000,100000,1000000]: only the scale curve (scripts/lib/bench-scale.ts),
//      written to bench-results/scale.json and drawn as docs/bench/scale-curve.svg
// Prints a table and writes bench-results/latest.json (git-ignored).
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { type Kysely, sql } from "kysely";
import { ConfigError, parseEnv, startEnvSchema } from "../app/env.server";
import { createDb } from "../db/kysely";
import { migrateToLatest } from "../db/migrate";
import { enqueueIndex, installQueue } from "../db/outbox";
import { withdrawConsent } from "../db/repositories/candidates";
import type { Database } from "../db/schema";
import { createSearchClient } from "../search/client";
import { candidateIndex, indexUid } from "../search/indexes";
import { reindexCandidates, reindexJobs } from "../search/reindex";
import { applyIndexSettings } from "../search/settings";
import { buildApp, buildIsStale } from "./lib/build";
import { BENCH_PASSWORD, BENCH_SPECIALIST, benchDataSize, generateBenchData } from "./lib/bench-data";
import { benchDashboard } from "./lib/bench-dashboard";
import { benchQuality } from "./lib/bench-quality";
import { benchPhone, phoneRows } from "./lib/bench-phone";
import { benchFloor, floorRows } from "./lib/bench-floor";
import { benchScale } from "./lib/bench-scale";
import { machineInfo, stats } from "./lib/bench-stats";
import { signInCookie, startPortalProcess } from "./lib/portal-process";
import {
  StartupError,
  createDatabaseIfMissing,
  freePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  withDatabase,
} from "./lib/services";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(root, ".data", "bench");
const resultsDir = path.join(root, "bench-results");
const log = (line: string) => console.log(`[bench] ${line}`);
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`--${name} must be a whole number above 0.`);
  return value;
};

const stops: Array<() => Promise<void>> = [];

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : "–");

function peakMemoryMiB(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : null;
}

// ---- the query set -------------------------------------------------------------------------

const terms = [
  "kjøkken",
  "lager",
  "renhold",
  "butikk",
  "truck",
  "kasse",
  "oppvask",
  "barnehage",
  "park",
  "kontor",
  "kantine",
  "varemottak",
  "pakking",
  "rolig",
  "kunder",
  "",
  "hage",
  "vaskeri",
];
const interests = ["kjokken-kantine", "lager", "renhold", "butikk", "kontor", "omsorg", "utendors-park", "produksjon"];
const days = ["mon", "tue", "wed", "thu", "fri"];

function queries(n: number): URLSearchParams[] {
  const list: URLSearchParams[] = [];
  for (let i = 0; i < n; i++) {
    const p = new URLSearchParams();
    const term = terms[i % terms.length] as string;
    if (term) p.set("q", term);
    p.append("interests", interests[(i * 7) % interests.length] as string);
    if (i % 2 === 0) p.append("weekdays", days[i % days.length] as string);
    if (i % 3 === 0) p.append("timesOfDay", i % 2 ? "morning" : "day");
    if (i % 4 === 0) {
      p.set("hoursFrom", String(5 + (i % 10)));
      p.set("hoursTo", String(15 + (i % 10)));
    }
    if (i % 5 === 0) p.set("municipality", ["5501", "5503", "0301"][i % 3] as string);
    list.push(p);
  }
  return list;
}

/** The same search in SQL: ILIKE on the text fields or full-text search, plus the same filters. */
async function pgSearch(db: Kysely<Database>, q: URLSearchParams, mode: "ilike" | "fts"): Promise<void> {
  const term = q.get("q") ?? "";
  const interest = q.getAll("interests");
  const weekdays = q.getAll("weekdays");
  const times = q.getAll("timesOfDay");
  const municipality = q.get("municipality");
  const from = q.get("hoursFrom");
  const to = q.get("hoursTo");
  const text =
    term === ""
      ? sql`true`
      : mode === "ilike"
        ? sql`(p.summary ilike ${`%${term}%`} or array_to_string(p.tags, ' ') ilike ${`%${term}%`} or array_to_string(p.interests, ' ') ilike ${`%${term}%`})`
        : sql`exists (select 1 from bench_fts f where f.candidate_id = p.candidate_id and f.tsv @@ plainto_tsquery('norwegian', ${term}))`;
  await sql`select p.candidate_id, count(*) over () as total from candidate_profiles p
    where ${text}
      and p.interests && ${interest}::text[]
      and (${weekdays.length === 0} or p.weekdays && ${weekdays}::text[])
      and (${times.length === 0} or p.times_of_day && ${times}::text[])
      and (${to}::int is null or p.hours_min <= ${to}::int)
      and (${from}::int is null or p.hours_max >= ${from}::int)
      and (${municipality}::text is null or p.municipality_number = ${municipality} or ${municipality} = any(p.reachable_municipalities))
      and exists (select 1 from consents c where c.candidate_id = p.candidate_id and c.scope = 'search' and c.withdrawn_at is null and c.expires_at > now())
    order by p.updated_at desc limit 20`.execute(db);
}

// ---- the app under test --------------------------------------------------------------------

async function startApp(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const portal = await startPortalProcess({
    root,
    env: { ...process.env, ...env, DEMO_DATA: "0", SKIP_BUILD: "1", NODE_ENV: "production" },
    port,
    timeoutMs: 60_000,
  });
  stops.push(portal.stop);
  return portal.child;
}

const signIn = (base: string) => signInCookie(base, BENCH_SPECIALIST, BENCH_PASSWORD);

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const serverTimings: Record<string, number[]> = {};

async function get(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  for (const part of (res.headers.get("server-timing") ?? "").split(",")) {
    const m = /^\s*(\w+);dur=([\d.]+)/.exec(part);
    if (m) serverTimings[m[1] as string] = [...(serverTimings[m[1] as string] ?? []), Number(m[2])];
  }
}

// ---- JavaScript weight ---------------------------------------------------------------------

/**
 * Gzipped JavaScript of a page's React bundle: the client entry, the root route and the page's
 * route, with their imports (Remix's browser manifest). Besides the named pages, the heaviest of all
 * employer pages (routes under /arbeidsgiver) is reported. Employer pages are sent without it
 * (decision 023): React loads it only when it renders them after a client-side navigation.
 */
function jsWeightKb(routes: Record<string, string>): Record<string, number> {
  const assets = path.join(root, "build", "client", "assets");
  const file = readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error("no Remix browser manifest in build/client/assets");
  const text = readFileSync(path.join(assets, file), "utf8");
  const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as {
    entry: { module: string; imports: string[] };
    routes: Record<string, { module: string; imports?: string[] }>;
  };
  const kb = (routeId: string): number => {
    const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
    for (const id of ["root", routeId]) {
      const route = manifest.routes[id];
      if (!route) throw new Error(`route ${id} is not in the browser manifest`);
      files.add(route.module);
      for (const i of route.imports ?? []) files.add(i);
    }
    let bytes = 0;
    for (const f of files) bytes += gzipSync(readFileSync(path.join(root, "build", "client", f))).length;
    return Math.round(bytes / 102.4) / 10;
  };
  const out: Record<string, number> = {};
  for (const [label, routeId] of Object.entries(routes)) out[label] = kb(routeId);
  const employerPages = Object.keys(manifest.routes).filter((id) => id.startsWith("routes/arbeidsgiver"));
  const heaviest = employerPages.map((id) => ({ id, kb: kb(id) })).sort((a, b) => b.kb - a.kb)[0];
  if (heaviest) out[`heaviest employer page (${heaviest.id.slice("routes/".length)})`] = heaviest.kb;
  return out;
}

// ---- main ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const env = parseEnv(startEnvSchema, process.env);
  const candidates = arg("candidates", 100_000);
  const employers = arg("employers", Math.max(100, Math.round(candidates / 10)));
  const duration = arg("duration", 30);
  const queryCount = arg("queries", 300);
  const changes = arg("changes", 100);
  const regenerate = process.argv.includes("--regenerate");
  const runStarted = Date.now();

  let adminUrl = env.DATABASE_URL;
  if (!adminUrl) {
    log("DATABASE_URL is not set: starting an embedded PostgreSQL for the bench (.data/bench/postgres)…");
    const pg = await startEmbeddedPostgres({ dir: path.join(benchDir, "postgres"), database: "postgres" });
    stops.push(() => pg.stop());
    adminUrl = pg.adminUrl;
  }
  if (process.argv.includes("--quality-only")) {
    const quality = await benchQuality(adminUrl, { meiliDir: path.join(benchDir, "meilisearch"), log });
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, "quality.json"), `${JSON.stringify(quality.result, null, 2)}\n`);
    for (const [a, b, c] of quality.rows) console.log(`${a}  ${b}  ${c}`);
    console.log(`\n${quality.details.join("\n")}\n\nWritten to bench-results/quality.json.`);
    return;
  }
  if (process.argv.includes("--phone-only")) {
    const phone = await benchPhone(adminUrl, { root, log });
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, "phone.json"), `${JSON.stringify(phone, null, 2)}\n`);
    for (const [a, b, c] of phoneRows(phone)) console.log(`${a.padEnd(50)}  ${b}  ${c}`);
    return;
  }
  // 12. `--scale`: the curve at 10 000, 100 000 and 1 000 000 candidates, and nothing else.
  if (process.argv.includes("--scale")) {
    const i = process.argv.indexOf("--scale-sizes");
    const sizes = i >= 0 ? (process.argv[i + 1] ?? "").split(",").map(Number) : [10_000, 100_000, 1_000_000];
    if (sizes.some((n) => !Number.isInteger(n) || n < 1))
      throw new ConfigError("--scale-sizes takes whole numbers, e.g. 10000,100000");
    const deps = { root, benchDir, resultsDir, adminUrl, sizes, log, stops };
    return benchScale({ ...deps, startApp, signIn, get, queries, pgSearch, peakMemoryMiB });
  }
  // 8. The norms dashboard (its own database; no Meilisearch needed).
  log("Norms dashboard: the leader's and a specialist's queries…");
  const dashboard = await benchDashboard(adminUrl, { candidates, requests: queryCount, regenerate, log });
  log(
    `Norms dashboard (${dashboard.candidates.toLocaleString("en")} candidates, offices of ${dashboard.specialistsPerOffice} specialists, ${dashboard.requests} requests each): leader p50 ${ms(dashboard.leader.p50)}, p95 ${ms(dashboard.leader.p95)}; specialist p50 ${ms(dashboard.specialist.p50)}, p95 ${ms(dashboard.specialist.p95)} (target p95 ≤ 200 ms)`,
  );
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "dashboard.json"), `${JSON.stringify(dashboard, null, 2)}\n`);
  if (process.argv.includes("--dashboard-only")) return;

  let meiliUrl = env.MEILI_URL;
  let meiliKey = env.MEILI_MASTER_KEY;
  let meiliPid: number | undefined;
  if (!meiliUrl) {
    log("MEILI_URL is not set: starting an embedded Meilisearch for the bench (.data/bench/meilisearch)…");
    const meili = await startEmbeddedMeilisearch({
      dir: path.join(benchDir, "meilisearch"),
      maxIndexingMemory: "512MiB",
    });
    stops.push(() => meili.stop());
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
    meiliPid = meili.pid;
  }
  if (!meiliKey) throw new StartupError("MEILI_URL is set but MEILI_MASTER_KEY is not.");
  const prefix = "bench_";
  const dbName = "arbeidsbro_bench";
  const search = createSearchClient({ url: meiliUrl, apiKey: meiliKey });
  // 9. Search quality (its own small database and index prefix).
  const quality = await benchQuality(adminUrl, { search: { url: meiliUrl, apiKey: meiliKey }, meiliDir: "", log });

  // Data: reused when it has the asked-for size, else (or with --regenerate) made anew.
  await createDatabaseIfMissing(adminUrl, dbName);
  const dbUrl = withDatabase(adminUrl, dbName);
  let db = createDb(dbUrl, { max: 4 });
  stops.push(() => db.destroy());
  const existing = await benchDataSize(db);
  let generatedSeconds: number | null = null;
  if (regenerate || !existing || existing.candidates !== candidates || existing.employers !== employers) {
    log(
      `Generating ${candidates.toLocaleString("en")} candidates and ${employers.toLocaleString("en")} employers into a fresh bench database…`,
    );
    await db.destroy();
    const admin = createDb(adminUrl, { max: 1 });
    await sql`drop database if exists ${sql.id(dbName)} with (force)`.execute(admin);
    await sql`create database ${sql.id(dbName)}`.execute(admin);
    await admin.destroy();
    db = createDb(dbUrl, { max: 4 });
    await migrateToLatest(db);
    await installQueue(dbUrl);
    const t = Date.now();
    await generateBenchData(db, { candidates, employers });
    generatedSeconds = (Date.now() - t) / 1000;
  } else {
    log(`Reusing the bench data (${candidates.toLocaleString("en")} candidates); --regenerate makes it anew.`);
    await migrateToLatest(db);
  }
  await applyIndexSettings(search, prefix);

  // 5. Full reindex throughput (also how the bench indexes are filled).
  log("Full reindex of the candidate index…");
  const reindex = await reindexCandidates(db, search, prefix, () => {});
  await reindexJobs(db, search, prefix);
  const reindexRate = Math.round(reindex.documents / reindex.seconds);

  // The portal, on the bench data, with its in-process outbox worker.
  if (buildIsStale(root)) {
    log("Building the portal…");
    await buildApp(root, benchDir);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await startApp(
    { DATABASE_URL: dbUrl, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliKey, MEILI_INDEX_PREFIX: prefix, WORKER: "1" },
    port,
  );
  const cookie = await signIn(base);
  const set = queries(queryCount);

  // 1 and 2. The same queries: JSON route, rendered page, ILIKE, full-text search (warm-up first).
  log(`Searching: ${set.length} queries × (JSON route, page, ILIKE, full-text)…`);
  for (const q of set.slice(0, 20)) await get(`${base}/api/kandidater?${q}`, cookie);
  const route: number[] = [];
  const routeFacets: number[] = [];
  const page: number[] = [];
  const ilike: number[] = [];
  const fts: number[] = [];
  for (const q of set) {
    route.push(await timed(() => get(`${base}/api/kandidater?${q}`, cookie)));
    routeFacets.push(
      await timed(() =>
        fetch(`${base}/api/kandidater?${q}&facets=1`, { headers: { cookie } }).then((res) => res.arrayBuffer()),
      ),
    );
    page.push(await timed(() => get(`${base}/spesialist/sok?${q}`, cookie)));
    ilike.push(await timed(() => pgSearch(db, q, "ilike")));
    fts.push(await timed(() => pgSearch(db, q, "fts")));
  }

  // 3. Index lag: a committed change (with its outbox job, as the app does it) until searchable.
  const index = search.index(indexUid(prefix, candidateIndex));
  const { rows: searchable } = await sql<{
    id: string;
  }>`select c.candidate_id as id from consents c where c.scope = 'search'
    and c.withdrawn_at is null and c.expires_at > now() order by c.candidate_id limit ${changes * 2}`.execute(db);
  log(`Index lag over ${changes} profile changes…`);
  const lag: number[] = [];
  for (const [i, row] of searchable.slice(0, changes).entries()) {
    const token = `benk${Date.now().toString(36)}x${i}`;
    await db.transaction().execute(async (trx) => {
      await sql`update candidate_profiles set tags = tags || ${[token]}::text[], updated_at = now() where candidate_id = ${row.id}`.execute(
        trx,
      );
      await enqueueIndex(trx, "candidate", row.id);
    });
    const t = performance.now();
    for (;;) {
      const r = await index.search(token, { attributesToRetrieve: ["id"], limit: 1 });
      if (r.hits.length > 0) break;
      if (performance.now() - t > 30_000) throw new Error(`change ${i} not searchable within 30 s`);
      await new Promise((r2) => setTimeout(r2, 2));
    }
    lag.push(performance.now() - t);
  }

  // 4. Consent withdrawal: commit until the document is gone.
  log(`Consent withdrawal over ${changes} candidates…`);
  const withdrawal: number[] = [];
  for (const row of searchable.slice(changes, changes * 2)) {
    await withdrawConsent(db, row.id, "search", null);
    const t = performance.now();
    for (;;) {
      const gone = await index.getDocument(row.id).then(
        () => false,
        () => true,
      );
      if (gone) break;
      if (performance.now() - t > 30_000) throw new Error("withdrawal not applied within 30 s");
      await new Promise((r2) => setTimeout(r2, 2));
    }
    withdrawal.push(performance.now() - t);
  }

  // 6. Load: 32 connections on the JSON route, rotating through the queries.
  log(`Load: 32 connections for ${duration} s on the JSON search route…`);
  let next = 0;
  const load = await autocannon({
    url: base,
    connections: 32,
    duration,
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

  // 10. The floor: the same queries straight to Meilisearch, latency and load (scripts/lib/bench-floor.ts).
  const floor = await benchFloor({
    meiliUrl,
    meiliKey,
    prefix,
    queries: set,
    routeRequest: (q) => get(`${base}/api/kandidater?${q}`, cookie),
    connections: 32,
    duration,
    routeBase: base,
    cookie,
    appPid: app.pid,
    meiliPid,
    log,
  });

  const appPeak = peakMemoryMiB(app.pid);
  const meiliPeak = peakMemoryMiB(meiliPid);
  const weights = jsWeightKb({
    "employer home": "routes/arbeidsgiver.$orgId",
    "carving flow": "routes/arbeidsgiver.$orgId_.jobber.ny",
    "candidate search": "routes/spesialist.sok",
  });

  // 9. Employer pages on a phone (its own portal on demo data).
  const phone = await benchPhone(adminUrl, { root, log });

  const r = stats(route);
  const result = {
    when: new Date().toISOString(),
    machine: machineInfo(),
    scale: { candidates, employers, indexedCandidates: reindex.documents, generatedSeconds },
    serverTiming: Object.fromEntries(Object.entries(serverTimings).map(([k, v]) => [k, stats(v)])),
    search: {
      route: r,
      routeWithFacets: stats(routeFacets),
      page: stats(page),
      ilike: stats(ilike),
      fts: stats(fts),
      ilikeRatioP95: stats(ilike).p95 / r.p95,
      ftsRatioP95: stats(fts).p95 / r.p95,
    },
    indexLag: stats(lag),
    withdrawal: stats(withdrawal),
    reindex: { documents: reindex.documents, seconds: reindex.seconds, documentsPerSecond: reindexRate },
    memory: { meilisearchPeakMiB: meiliPeak, appPeakMiB: appPeak },
    load: {
      connections: 32,
      seconds: duration,
      requestsPerSecond: load.requests.average,
      p99: load.latency.p99,
      errors: load.errors + load.timeouts + load.non2xx,
    },
    javascriptKbGzip: weights,
    quality: quality.result,
    phone,
    floor,
    totalSeconds: Math.round((Date.now() - runStarted) / 1000),
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);

  const rows: Array<[string, string, string]> = [
    ["Search route (JSON hits) p50 / p95 / p99", `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`, "p95 ≤ 25 ms"],
    [
      "  inside the route, p50: auth / Meilisearch / PostgreSQL rows",
      `${ms(serverTimings.auth ? stats(serverTimings.auth).p50 : Number.NaN)} / ${ms(serverTimings.search ? stats(serverTimings.search).p50 : Number.NaN)} / ${ms(serverTimings.db ? stats(serverTimings.db).p50 : Number.NaN)}`,
      "",
    ],
    [
      "Search route with facet counts p50 / p95 / p99",
      `${ms(result.search.routeWithFacets.p50)} / ${ms(result.search.routeWithFacets.p95)} / ${ms(result.search.routeWithFacets.p99)}`,
      "",
    ],
    [
      "Search page (HTML) p50 / p95 / p99",
      `${ms(result.search.page.p50)} / ${ms(result.search.page.p95)} / ${ms(result.search.page.p99)}`,
      "",
    ],
    [
      "PostgreSQL ILIKE p50 / p95",
      `${ms(result.search.ilike.p50)} / ${ms(result.search.ilike.p95)} (×${result.search.ilikeRatioP95.toFixed(1)} the route at p95)`,
      "≥ 10×",
    ],
    [
      "PostgreSQL full-text p50 / p95",
      `${ms(result.search.fts.p50)} / ${ms(result.search.fts.p95)} (×${result.search.ftsRatioP95.toFixed(1)})`,
      "",
    ],
    ["Index lag p50 / p95", `${ms(result.indexLag.p50)} / ${ms(result.indexLag.p95)}`, "p95 ≤ 1 s"],
    [
      "Withdrawal → gone p50 / p95 / max",
      `${ms(result.withdrawal.p50)} / ${ms(result.withdrawal.p95)} / ${ms(result.withdrawal.max)}`,
      "p95 ≤ 2 s, max ≤ 5 s",
    ],
    [
      "Full reindex",
      `${reindex.documents.toLocaleString("en")} docs in ${reindex.seconds.toFixed(1)} s = ${reindexRate.toLocaleString("en")} docs/s`,
      "≥ 5 000 docs/s",
    ],
    ["Peak memory Meilisearch / app", `${meiliPeak ?? "n/a"} MiB / ${appPeak ?? "n/a"} MiB`, "Meilisearch ≤ 1 GiB"],
    [
      "Load (32 conn, JSON route)",
      `${Math.round(load.requests.average)} req/s, p99 ${load.latency.p99} ms, ${result.load.errors} errors`,
      "0 errors",
    ],
    ...floorRows(floor, ms),
    // The React bundle of each page. Employer pages send it only when React renders them after a
    // client-side navigation; a document load sends none (decision 023). Their budget is the
    // phone rows' "JavaScript on the wire", measured on cold loads.
    ...Object.entries(weights).map(([page2, kb]): [string, string, string] => [
      `React bundle: ${page2}`,
      `${kb} KB gzipped`,
      page2 === "candidate search" ? "" : "not sent on a document load",
    ]),
    ...quality.rows,
    ...phoneRows(phone),
  ];
  const w = Math.max(...rows.map((x) => x[0].length));
  const w2 = Math.max(...rows.map((x) => x[1].length));
  console.log(
    `\nArbeidsbro benchmark — ${candidates.toLocaleString("en")} candidates (${reindex.documents.toLocaleString("en")} searchable), ${employers.toLocaleString("en")} employers`,
  );
  console.log(
    `Machine: ${result.machine.cpus} cores (${result.machine.cpuModel}), ${result.machine.memoryGiB} GiB, Node ${process.version}\n`,
  );
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(w2)}  ${c}`);
  console.log(`\n${quality.details.join("\n")}`);
  console.log(`\nWritten to bench-results/latest.json (${result.totalSeconds} s in all).`);
}

let code = 0;
try {
  await main();
} catch (error) {
  code = 1;
  if (error instanceof StartupError || error instanceof ConfigError) console.error(`[bench] ${error.message}`);
  else console.error("[bench] failed:", error);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}
process.exit(code);
