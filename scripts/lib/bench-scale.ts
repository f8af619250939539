// `npm run bench -- --scale` (issue #21): the search at 10 000, 100 000 and 1 000 000 candidates.
//
// Data: the first size comes from the bench generators (scripts/lib/bench-data.ts); each larger
// size is grown inside PostgreSQL with generate_series (INSERT … SELECT, one statement per table):
// copy n of a base candidate keeps its texts and consents but takes its hours, weekdays and places
// from another base candidate, so the copies do not all match the same filters. Every size then
// gets a fresh full-text baseline (GIN), a full reindex (measured, with the progress bar) into its
// own embedded Meilisearch (.data/bench/meilisearch-scale, so its memory and disk are the index's),
// and the same query set through the route, straight to Meilisearch, and as ILIKE and full-text
// SQL. Fewer queries at the larger sizes keep the run near 30 minutes on 2 cores.
// Writes bench-results/scale.json and draws docs/bench/scale-curve.svg from it.
import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { Agent } from "undici";
import { createDb } from "../../db/kysely";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { createSearchClient } from "../../search/client";
import { candidateIndex, indexUid } from "../../search/indexes";
import { reindexCandidates, reindexJobs } from "../../search/reindex";
import { applyIndexSettings } from "../../search/settings";
import { rawSearchBody } from "./bench-floor";
import { createFtsBaseline, generateBenchData } from "./bench-data";
import { writeScaleChart } from "./bench-chart";
import { buildApp, buildIsStale } from "./build";
import { type Stats, machineInfo, stats } from "./bench-stats";
import { progressBar } from "./progress";
import { freePort, startEmbeddedMeilisearch, withDatabase } from "./services";

export interface ScaleDeps {
  root: string;
  benchDir: string;
  resultsDir: string;
  adminUrl: string;
  sizes: number[];
  log: (line: string) => void;
  stops: Array<() => Promise<void>>;
  startApp: (env: Record<string, string>, port: number) => Promise<ChildProcess>;
  signIn: (base: string) => Promise<string>;
  get: (url: string, cookie: string) => Promise<void>;
  queries: (n: number) => URLSearchParams[];
  pgSearch: (db: Kysely<Database>, q: URLSearchParams, mode: "ilike" | "fts") => Promise<void>;
  peakMemoryMiB: (pid: number | undefined) => number | null;
}

export interface ScalePoint {
  candidates: number;
  searchable: number;
  dataSeconds: number;
  queries: { route: number; sql: number };
  route: Stats;
  raw: Stats;
  ilike: Stats;
  fts: Stats;
  ilikeRatioP95: number;
  ftsRatioP95: number;
  reindex: { documents: number; seconds: number; documentsPerSecond: number };
  /** Meilisearch's database on disk after the reindex (du of data.ms), and its own figures. */
  disk: { dataDirBytes: number; databaseSize: number | null; usedDatabaseSize: number | null };
  meilisearchPeakMiB: number | null;
  loadAverage: { before: number; after: number };
  seconds: number;
}

export const SCALE_TARGETS = {
  routeP95GrowthMax: 2,
  ilikeRatioMin: 10,
  ftsRatioMin: 5,
  reindexMin: 5000,
  meilisearchMaxMiB: 4096,
};

/** Queries per size: [route and raw, SQL baselines]. ILIKE at a million rows takes seconds each. */
function queryCounts(candidates: number): { route: number; sql: number } {
  if (candidates >= 1_000_000) return { route: 100, sql: 20 };
  if (candidates >= 100_000) return { route: 200, sql: 60 };
  return { route: 200, sql: 100 };
}

async function columnsOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`select column_name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} order by ordinal_position`.execute(db);
  return rows.map((r) => r.column_name);
}

/** INSERT … SELECT of every column, some replaced by expressions over the grow table `g` (src, dst, other, j). */
async function copyTable(
  db: Kysely<Database>,
  table: string,
  from: string,
  replace: Record<string, string>,
  source = "t",
): Promise<void> {
  const cols = await columnsOf(db, table);
  const list = cols.map((c) => `"${c}"`).join(", ");
  const select = cols.map((c) => replace[c] ?? `${source}."${c}"`).join(", ");
  await sql.raw(`insert into ${table} (${list}) select ${select} ${from}`).execute(db);
}

/** Grows the candidates from `have` to `want` rows by copying the first `base` ones (see the top). */
async function grow(db: Kysely<Database>, have: number, want: number, base: number): Promise<void> {
  await sql
    .raw(`create table if not exists bench_base as
    select (row_number() over (order by id) - 1)::int as rn, id from candidates`)
    .execute(db);
  await sql`drop table if exists bench_grow`.execute(db);
  // Copy c = j / base of base row r = j % base takes its schedule and places from row (r + 97c) % base.
  await sql`create unlogged table bench_grow as
    select j, gen_random_uuid() as dst, s.id as src, o.id as other
    from generate_series(${have}::int, ${want - 1}::int) j
    join bench_base s on s.rn = j % ${base}
    join bench_base o on o.rn = (j % ${base} + 97 * (j / ${base})) % ${base}`.execute(db);
  await sql`create index on bench_grow (src)`.execute(db);
  await sql`analyze bench_grow`.execute(db);
  await copyTable(db, "candidates", "from bench_grow g join candidates t on t.id = g.src", {
    id: "g.dst",
    // Five base-36 characters after K- (the code's format allows 4–6): never one of the
    // generators' 6-character codes, and unique up to 36^5 candidates.
    code: `'K-' || ${[4, 3, 2, 1, 0].map((k) => `substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (g.j / ${36 ** k} % 36)::int + 1, 1)`).join(" || ")}`,
    user_id: "null",
  });
  await copyTable(
    db,
    "candidate_identities",
    "from bench_grow g join candidate_identities t on t.candidate_id = g.src",
    {
      candidate_id: "g.dst",
    },
  );
  const fromOther = Object.fromEntries(
    [
      "hours_min",
      "hours_max",
      "weekdays",
      "times_of_day",
      "municipality_number",
      "reachable_municipalities",
      "available_from",
    ].map((c) => [c, `o."${c}"`]),
  );
  await copyTable(
    db,
    "candidate_profiles",
    "from bench_grow g join candidate_profiles t on t.candidate_id = g.src join candidate_profiles o on o.candidate_id = g.other",
    { candidate_id: "g.dst", ...fromOther },
  );
  await copyTable(db, "consents", "from bench_grow g join consents t on t.candidate_id = g.src", {
    id: "gen_random_uuid()",
    candidate_id: "g.dst",
  });
  await sql`drop table bench_grow`.execute(db);
}

export async function benchScale(deps: ScaleDeps): Promise<void> {
  const { log } = deps;
  const started = Date.now();
  const sizes = [...deps.sizes].sort((a, b) => a - b);
  const base = sizes[0] as number;
  const dbName = "arbeidsbro_bench_scale";
  const prefix = "bench_scale_";

  const meili = await startEmbeddedMeilisearch({
    dir: path.join(deps.benchDir, "meilisearch-scale"),
    maxIndexingMemory: "512MiB",
  });
  deps.stops.push(() => meili.stop());
  const search = createSearchClient({ url: meili.url, apiKey: meili.masterKey });

  log(`Scale: a fresh database ${dbName}, base ${base.toLocaleString("en")} candidates from the generators…`);
  const admin = createDb(deps.adminUrl, { max: 1 });
  await sql`drop database if exists ${sql.id(dbName)} with (force)`.execute(admin);
  await sql`create database ${sql.id(dbName)}`.execute(admin);
  await admin.destroy();
  const dbUrl = withDatabase(deps.adminUrl, dbName);
  const db = createDb(dbUrl, { max: 4 });
  deps.stops.push(() => db.destroy());
  await migrateToLatest(db);
  // The last run's index goes first, and its deletion is waited for: at 1 000 000 it takes a
  // while, and set-up would otherwise find the index, then lose it mid-way ("index not found").
  const deleted = await search.deleteIndex(indexUid(prefix, candidateIndex));
  await search.tasks.waitForTask(deleted.taskUid, { timeout: 600_000, interval: 100 });
  await applyIndexSettings(search, prefix);

  if (buildIsStale(deps.root)) {
    log("Building the portal…");
    await buildApp(deps.root, deps.benchDir);
  }

  const points: ScalePoint[] = [];
  let have = 0;
  let app: { base: string; cookie: string } | null = null;
  const dispatcher = new Agent({ pipelining: 0 });
  const rawPath = `${meili.url}/indexes/${indexUid(prefix, candidateIndex)}/search`;
  const raw = async (q: URLSearchParams) => {
    const res = await fetch(rawPath, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-encoding": "identity",
        authorization: `Bearer ${meili.masterKey}`,
      },
      body: rawSearchBody(q),
      dispatcher,
    } as RequestInit);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`Meilisearch answered ${res.status}`);
  };
  const timed = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };

  for (const size of sizes) {
    const sizeStarted = Date.now();
    const loadBefore = os.loadavg()[0] as number;
    log(`Scale ${size.toLocaleString("en")}: data…`);
    const t = Date.now();
    if (have === 0) await generateBenchData(db, { candidates: size, employers: 100 });
    else await grow(db, have, size, base);
    if (have !== 0) await createFtsBaseline(db);
    await sql`analyze`.execute(db);
    have = size;
    const dataSeconds = (Date.now() - t) / 1000;
    log(`Scale ${size.toLocaleString("en")}: data ready in ${dataSeconds.toFixed(0)} s; full reindex…`);

    // Meilisearch's peak resident set from here on: writing 5 to clear_refs resets VmHWM.
    try {
      writeFileSync(`/proc/${meili.pid}/clear_refs`, "5");
    } catch {
      log("(could not reset Meilisearch's peak memory reading; it is the peak of the whole run)");
    }
    const reindex = await reindexCandidates(db, search, prefix, progressBar("[bench]", size, "candidates"));
    process.stderr.write("\n");
    if (points.length === 0) await reindexJobs(db, search, prefix);
    const stat = (await fetch(`${meili.url}/stats`, {
      headers: { authorization: `Bearer ${meili.masterKey}` },
    }).then((r) => r.json())) as { databaseSize?: number; usedDatabaseSize?: number };
    const dataDirBytes = Number(
      execFileSync("du", ["-sb", path.join(deps.benchDir, "meilisearch-scale", "data.ms")])
        .toString()
        .split("\t")[0],
    );

    if (!app) {
      const port = await freePort();
      const appBase = `http://127.0.0.1:${port}`;
      await deps.startApp(
        {
          DATABASE_URL: dbUrl,
          MEILI_URL: meili.url,
          MEILI_MASTER_KEY: meili.masterKey,
          MEILI_INDEX_PREFIX: prefix,
          WORKER: "0",
        },
        port,
      );
      app = { base: appBase, cookie: await deps.signIn(appBase) };
    }
    const counts = queryCounts(size);
    const set = deps.queries(counts.route);
    log(`Scale ${size.toLocaleString("en")}: ${set.length} queries through the route and straight to Meilisearch…`);
    for (const q of set.slice(0, 20)) {
      await deps.get(`${app.base}/api/kandidater?${q}`, app.cookie);
      await raw(q);
    }
    const route: number[] = [];
    const direct: number[] = [];
    for (const q of set) {
      const a = app;
      route.push(await timed(() => deps.get(`${a.base}/api/kandidater?${q}`, a.cookie)));
      direct.push(await timed(() => raw(q)));
    }
    log(`Scale ${size.toLocaleString("en")}: ${counts.sql} queries as ILIKE and full-text SQL…`);
    const ilike: number[] = [];
    const fts: number[] = [];
    for (const q of set.slice(0, counts.sql)) {
      ilike.push(await timed(() => deps.pgSearch(db, q, "ilike")));
      fts.push(await timed(() => deps.pgSearch(db, q, "fts")));
    }
    const r = stats(route);
    const point: ScalePoint = {
      candidates: size,
      searchable: reindex.documents,
      dataSeconds,
      queries: counts,
      route: r,
      raw: stats(direct),
      ilike: stats(ilike),
      fts: stats(fts),
      ilikeRatioP95: stats(ilike).p95 / r.p95,
      ftsRatioP95: stats(fts).p95 / r.p95,
      reindex: {
        documents: reindex.documents,
        seconds: reindex.seconds,
        documentsPerSecond: Math.round(reindex.documents / reindex.seconds),
      },
      disk: {
        dataDirBytes,
        databaseSize: stat.databaseSize ?? null,
        usedDatabaseSize: stat.usedDatabaseSize ?? null,
      },
      meilisearchPeakMiB: deps.peakMemoryMiB(meili.pid),
      loadAverage: { before: loadBefore, after: os.loadavg()[0] as number },
      seconds: Math.round((Date.now() - sizeStarted) / 1000),
    };
    points.push(point);
    log(
      `Scale ${size.toLocaleString("en")}: route p95 ${point.route.p95.toFixed(1)} ms (raw ${point.raw.p95.toFixed(1)}), ILIKE p95 ${point.ilike.p95.toFixed(0)} ms, full-text p95 ${point.fts.p95.toFixed(0)} ms, reindex ${point.reindex.documentsPerSecond} docs/s, disk ${(dataDirBytes / 2 ** 20).toFixed(0)} MiB, Meilisearch peak ${point.meilisearchPeakMiB} MiB (${point.seconds} s)`,
    );
    // Written after every size, so a run stopped at the deadline keeps what it measured.
    writeScale(deps, points, started);
  }
  await dispatcher.close();
  const result = writeScale(deps, points, started);
  printScale(result);
}

function verdicts(points: ScalePoint[]) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const t = SCALE_TARGETS;
  return {
    at: last.candidates,
    routeP95Growth: {
      value: last.route.p95 / first.route.p95,
      target: `≤ ${t.routeP95GrowthMax}×`,
      met: last.route.p95 / first.route.p95 <= t.routeP95GrowthMax,
    },
    ilikeRatio: {
      value: last.ilikeRatioP95,
      target: `≥ ${t.ilikeRatioMin}×`,
      met: last.ilikeRatioP95 >= t.ilikeRatioMin,
    },
    ftsRatio: { value: last.ftsRatioP95, target: `≥ ${t.ftsRatioMin}×`, met: last.ftsRatioP95 >= t.ftsRatioMin },
    reindex: {
      value: last.reindex.documentsPerSecond,
      target: `≥ ${t.reindexMin} docs/s`,
      met: last.reindex.documentsPerSecond >= t.reindexMin,
    },
    meilisearchPeak: {
      value: last.meilisearchPeakMiB,
      target: `≤ ${t.meilisearchMaxMiB} MiB`,
      met: last.meilisearchPeakMiB !== null && last.meilisearchPeakMiB <= t.meilisearchMaxMiB,
    },
  };
}

export type ScaleResult = ReturnType<typeof writeScale>;

function writeScale(deps: ScaleDeps, points: ScalePoint[], started: number) {
  const result = {
    when: new Date().toISOString(),
    machine: machineInfo(),
    targets: SCALE_TARGETS,
    points,
    verdicts: verdicts(points),
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(deps.resultsDir, { recursive: true });
  writeFileSync(path.join(deps.resultsDir, "scale.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeScaleChart(result, deps.root);
  return result;
}

function printScale(result: ScaleResult): void {
  const f = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
  const rows: string[][] = [
    ["Candidates", "route p95", "raw p95", "ILIKE p95", "full-text p95", "reindex", "disk", "Meili peak"],
    ...result.points.map((p) => [
      p.candidates.toLocaleString("en"),
      `${f(p.route.p95)} ms`,
      `${f(p.raw.p95)} ms`,
      `${f(p.ilike.p95)} ms (×${p.ilikeRatioP95.toFixed(1)})`,
      `${f(p.fts.p95)} ms (×${p.ftsRatioP95.toFixed(1)})`,
      `${p.reindex.documentsPerSecond.toLocaleString("en")} docs/s`,
      `${(p.disk.dataDirBytes / 2 ** 20).toFixed(0)} MiB`,
      `${p.meilisearchPeakMiB ?? "n/a"} MiB`,
    ]),
  ];
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  console.log("\nArbeidsbro scale curve");
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
  const v = result.verdicts;
  if (v) {
    console.log(`\nAt ${v.at.toLocaleString("en")} candidates:`);
    const line = (label: string, value: string, target: string, met: boolean) =>
      console.log(`  ${label.padEnd(34)} ${value.padEnd(14)} ${target}${met ? "" : " — missed"}`);
    line(
      "route p95 ÷ its first-size p95",
      `×${v.routeP95Growth.value.toFixed(2)}`,
      v.routeP95Growth.target,
      v.routeP95Growth.met,
    );
    line("ILIKE p95 ÷ route p95", `×${v.ilikeRatio.value.toFixed(1)}`, v.ilikeRatio.target, v.ilikeRatio.met);
    line("full-text p95 ÷ route p95", `×${v.ftsRatio.value.toFixed(1)}`, v.ftsRatio.target, v.ftsRatio.met);
    line("reindex", `${v.reindex.value} docs/s`, v.reindex.target, v.reindex.met);
    line(
      "Meilisearch peak memory",
      `${v.meilisearchPeak.value ?? "n/a"} MiB`,
      v.meilisearchPeak.target,
      v.meilisearchPeak.met,
    );
  }
  console.log(
    `\nWritten to bench-results/scale.json and docs/bench/scale-curve.svg (${result.totalSeconds} s in all).`,
  );
}
