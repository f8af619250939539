// Employer pages on a phone: Chromium with a mid-range phone profile, driven over the DevTools
// protocol. Runs the portal on its own demo database (the demo employer has jobs, proposals,
// hires, grant applications, refund claims and conversations), signs in as that employer, finds
// one page of every kind under /arbeidsgiver by following links, and loads each cold a few times.
// Per page it reports the bytes sent over the wire (JavaScript, CSS, all), time to first byte
// and largest contentful paint. Decision 018 says why these numbers and this profile.
import { rmSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { sql } from "kysely";
import { createDb } from "../../db/kysely";
import { DEMO_PASSWORD, demoUsers } from "../../db/seed/demo";
import { chromiumArgs, chromiumPath } from "./chromium";
import { type PortalProcess, startPortalProcess } from "./portal-process";
import { StartupError, freePort, withDatabase } from "./services";

/**
 * Lighthouse's mobile throttling ("Slow 4G", formerly "Fast 3G"; `mobileSlow4G` in its
 * core/config/constants.js) as DevTools applies it: 150 ms RTT × 3.75 request latency,
 * 1.6 Mbit/s down and 750 kbit/s up × 0.9, and a 4× slower CPU.
 */
export const phoneProfile = {
  name: "Lighthouse mobile (Slow 4G / fast 3G), 4× CPU slowdown",
  latencyMs: 150 * 3.75,
  downloadBytesPerSecond: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadBytesPerSecond: (750 * 1024 * 0.9) / 8,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

export const phoneTargets = { javascriptKb: 100, cssKb: 40, lcpMs: 2500 };

export interface PhonePage {
  /** The page's route shape, ids replaced by ":id". */
  page: string;
  url: string;
  /** KB over the wire: JavaScript and CSS as compressed bodies; all = every response with its headers. */
  javascriptKb: number;
  cssKb: number;
  totalKb: number;
  /** How the page's HTML and scripts came (br, gzip or none). */
  encoding: string;
  /** Medians over the runs. */
  ttfbMs: number;
  lcpMs: number;
}

export interface PhoneResult {
  profile: typeof phoneProfile;
  runs: number;
  pages: PhonePage[];
  worst: { javascriptKb: PhonePage; cssKb: PhonePage; lcpMs: PhonePage };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** A page's route shape: /arbeidsgiver/<org>/jobber/<id> → /arbeidsgiver/:id/jobber/:id. */
export function pageShape(pathname: string): string {
  return pathname
    .split("/")
    .map((part) => (/^[0-9a-f-]{16,}$|^\d+$/i.test(part) ? ":id" : part))
    .join("/");
}

function startPortal(root: string, databaseUrl: string, dataDir: string, port: number): Promise<PortalProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    DEMO_DATA: "1",
    NODE_ENV: "production",
  };
  // Its own embedded Meilisearch under DATA_DIR, and the app role made for this database.
  for (const key of ["MEILI_URL", "MEILI_MASTER_KEY", "APP_DATABASE_URL"]) delete env[key];
  return startPortalProcess({ root, env, port, timeoutMs: 180_000 });
}

/**
 * Measures every kind of employer page on the phone profile. `adminUrl` is a PostgreSQL server
 * where a fresh `arbeidsbro_bench_phone` database is made; the portal runs with its own embedded
 * Meilisearch under .data/bench/phone.
 */
export async function benchPhone(
  adminUrl: string,
  options: { root: string; runs?: number; log: (line: string) => void; chromiumPath?: string },
): Promise<PhoneResult> {
  const runs = options.runs ?? 3;
  const dbName = "arbeidsbro_bench_phone";
  const admin = createDb(adminUrl, { max: 1 });
  await sql`drop database if exists ${sql.id(dbName)} with (force)`.execute(admin);
  await sql`create database ${sql.id(dbName)}`.execute(admin);
  await admin.destroy();
  const dataDir = path.join(options.root, ".data", "bench", "phone");
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  options.log("Phone: starting the portal with demo data…");
  const portal = await startPortal(options.root, withDatabase(adminUrl, dbName), dataDir, port);
  try {
    return await measureEmployerPages(base, { runs, log: options.log, chromiumPath: options.chromiumPath });
  } finally {
    await portal.stop();
    const cleanup = createDb(adminUrl, { max: 1 });
    await sql`drop database if exists ${sql.id(dbName)} with (force)`.execute(cleanup).catch(() => {});
    await cleanup.destroy();
  }
}

/** Signs in as the demo employer at `base` and measures one page of each kind (see the top). */
export async function measureEmployerPages(
  base: string,
  options: { runs: number; log: (line: string) => void; chromiumPath?: string },
): Promise<PhoneResult> {
  const runs = options.runs;
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? chromiumPath(),
    args: chromiumArgs,
  });
  try {
    // Sign in once, unthrottled, and find one page of each kind by following links.
    const signedIn = await browser.newContext();
    const answer = await signedIn.request.post(`${base}/logg-inn`, {
      form: { email: demoUsers.employer.email, password: DEMO_PASSWORD },
      maxRedirects: 0,
    });
    if (answer.status() !== 302) throw new StartupError(`Signing in as the demo employer answered ${answer.status()}.`);
    const storageState = await signedIn.storageState();
    const finder = await signedIn.newPage();
    const found = new Map<string, string>();
    const queue = [`${base}/arbeidsgiver`];
    const seen = new Set<string>();
    while (queue.length > 0 && seen.size < 60) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      await finder.goto(url);
      const here = new URL(finder.url());
      if (!here.pathname.startsWith("/arbeidsgiver")) continue;
      const shape = pageShape(here.pathname);
      if (!found.has(shape)) found.set(shape, here.pathname);
      const links = await finder.$$eval("a[href^='/arbeidsgiver']", (as) =>
        as.map((a) => a.getAttribute("href") ?? ""),
      );
      for (const href of links) {
        const next = new URL(href, base);
        if (!found.has(pageShape(next.pathname))) queue.push(`${base}${next.pathname}`);
      }
    }
    await signedIn.close();
    options.log(`Phone: ${found.size} kinds of employer page; ${runs} cold loads each on the phone profile…`);

    const pages: PhonePage[] = [];
    for (const [shape, pathname] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
      const samples: Array<Omit<PhonePage, "page" | "url">> = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({
          storageState,
          viewport: phoneProfile.viewport,
          deviceScaleFactor: phoneProfile.deviceScaleFactor,
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number };
          w.__lcp = Number.NaN;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.__lcp = entry.startTime;
          }).observe({ type: "largest-contentful-paint", buffered: true });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: phoneProfile.latencyMs,
          downloadThroughput: phoneProfile.downloadBytesPerSecond,
          uploadThroughput: phoneProfile.uploadBytesPerSecond,
        });
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: phoneProfile.cpuSlowdown });
        // Everything received, headers included; JavaScript and CSS as their compressed bodies.
        let total = 0;
        const encodings = new Set<string>();
        cdp.on("Network.responseReceived", (e) => {
          if (e.type !== "Script" && e.type !== "Document") return;
          const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
          encodings.add(String(headers["content-encoding"] ?? "none"));
        });
        cdp.on("Network.loadingFinished", (e) => {
          total += e.encodedDataLength;
        });
        await page.goto(`${base}${pathname}`, { waitUntil: "load" });
        await page.waitForLoadState("networkidle");
        // No named functions inside: tsx would wrap them in a helper the page does not have.
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          let javascript = 0;
          let css = 0;
          for (const r of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
            const file = new URL(r.name).pathname;
            if (file.endsWith(".js")) javascript += r.encodedBodySize;
            if (file.endsWith(".css")) css += r.encodedBodySize;
          }
          const lcp = (window as unknown as { __lcp: number }).__lcp;
          return { ttfb: nav.responseStart - nav.startTime, lcp, javascript, css };
        });
        samples.push({
          javascriptKb: kb(timing.javascript),
          cssKb: kb(timing.css),
          totalKb: kb(total),
          encoding: [...encodings].sort().join("+"),
          ttfbMs: Math.round(timing.ttfb),
          lcpMs: Math.round(timing.lcp),
        });
        await context.close();
      }
      const first = samples[0] as (typeof samples)[number];
      pages.push({
        page: shape,
        url: pathname,
        javascriptKb: first.javascriptKb,
        cssKb: first.cssKb,
        totalKb: first.totalKb,
        encoding: first.encoding,
        ttfbMs: median(samples.map((s) => s.ttfbMs)),
        lcpMs: median(samples.map((s) => s.lcpMs)),
      });
    }
    if (pages.length === 0) throw new Error("no employer page was found");
    const worst = (key: "javascriptKb" | "cssKb" | "lcpMs") =>
      pages.reduce((a, b) => (b[key] > a[key] ? b : a), pages[0] as PhonePage);
    return {
      profile: phoneProfile,
      runs,
      pages,
      worst: { javascriptKb: worst("javascriptKb"), cssKb: worst("cssKb"), lcpMs: worst("lcpMs") },
    };
  } finally {
    await browser.close();
  }
}

/** The rows the bench prints: one per page, then the worst of each beside its target. */
export function phoneRows(result: PhoneResult): Array<[string, string, string]> {
  const t = phoneTargets;
  const miss = (ok: boolean) => (ok ? "" : " — missed");
  return [
    ...result.pages.map((p): [string, string, string] => [
      `Phone: ${p.page}`,
      `JS ${p.javascriptKb} KB, CSS ${p.cssKb} KB, all ${p.totalKb} KB (${p.encoding}); TTFB ${p.ttfbMs} ms, LCP ${p.lcpMs} ms`,
      "",
    ]),
    [
      "Phone: most JavaScript on the wire",
      `${result.worst.javascriptKb.javascriptKb} KB (${result.worst.javascriptKb.page})${miss(result.worst.javascriptKb.javascriptKb <= t.javascriptKb)}`,
      `≤ ${t.javascriptKb} KB`,
    ],
    [
      "Phone: most CSS on the wire",
      `${result.worst.cssKb.cssKb} KB (${result.worst.cssKb.page})${miss(result.worst.cssKb.cssKb <= t.cssKb)}`,
      `≤ ${t.cssKb} KB`,
    ],
    [
      "Phone: slowest largest contentful paint (median)",
      `${result.worst.lcpMs.lcpMs} ms (${result.worst.lcpMs.page})${miss(result.worst.lcpMs.lcpMs <= t.lcpMs)}`,
      `≤ ${t.lcpMs} ms`,
    ],
  ];
}
