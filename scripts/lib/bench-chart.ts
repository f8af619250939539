// The scale curve as an SVG chart, drawn from bench-results/scale.json (d3-scale for the axes):
// p95 of the route, of raw Meilisearch, of PostgreSQL full-text and ILIKE, by number of
// candidates, both axes logarithmic. Written to docs/bench/ with a copy of the JSON it came from.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scaleLog } from "d3-scale";

interface Point {
  candidates: number;
  route: { p95: number };
  raw: { p95: number };
  ilike: { p95: number };
  fts: { p95: number };
}

interface ScaleJson {
  when: string;
  machine: { cpus: number; cpuModel: string };
  points: Point[];
}

const series = [
  { key: "ilike", label: "PostgreSQL ILIKE", color: "#c30000" },
  { key: "fts", label: "PostgreSQL full-text", color: "#c77300" },
  { key: "route", label: "Search route", color: "#0067c5" },
  { key: "raw", label: "Meilisearch alone (floor)", color: "#06893a" },
] as const;

const xmlText = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function scaleChartSvg(data: ScaleJson): string {
  const width = 720;
  const height = 420;
  const m = { top: 56, right: 250, bottom: 52, left: 64 };
  const points = data.points;
  const values = points.flatMap((p) => series.map((s) => p[s.key].p95)).filter((v) => v > 0);
  const xs = points.map((p) => p.candidates);
  const x = scaleLog()
    .domain([Math.min(...xs), Math.max(...xs)])
    .range([m.left, width - m.right]);
  const y = scaleLog()
    .domain([Math.max(0.5, Math.min(...values) / 1.5), Math.max(...values) * 1.5])
    .range([height - m.bottom, m.top])
    .nice();
  const out: string[] = [];
  const date = data.when.slice(0, 10);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="t">Search p95 by number of candidates</title>`,
    `<desc id="d">${xmlText(
      points
        .map(
          (p) =>
            `${p.candidates} candidates: route ${p.route.p95.toFixed(1)} ms, Meilisearch ${p.raw.p95.toFixed(1)} ms, full-text ${p.fts.p95.toFixed(0)} ms, ILIKE ${p.ilike.p95.toFixed(0)} ms`,
        )
        .join("; "),
    )}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${m.left}" y="22" font-size="15" font-weight="600">Search p95 (ms) by number of candidates</text>`,
    `<text x="${m.left}" y="40" fill="#555">npm run bench -- --scale, ${date}, ${data.machine.cpus} cores (${xmlText(data.machine.cpuModel)}), shared; both axes logarithmic</text>`,
  );
  for (const t of y.ticks()) {
    const label = y.tickFormat(6, "~g")(t);
    if (!label) continue;
    out.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e5e5e5"/>`,
      `<text x="${m.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" fill="#333">${label}</text>`,
    );
  }
  for (const c of xs) {
    out.push(
      `<line x1="${x(c).toFixed(1)}" x2="${x(c).toFixed(1)}" y1="${m.top}" y2="${height - m.bottom}" stroke="#e5e5e5"/>`,
      `<text x="${x(c).toFixed(1)}" y="${height - m.bottom + 18}" text-anchor="middle" fill="#333">${c.toLocaleString("en")}</text>`,
    );
  }
  out.push(
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 12}" text-anchor="middle" fill="#333">candidates</text>`,
    `<text transform="translate(16 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">p95, ms</text>`,
  );
  for (const s of series) {
    const d = points
      .map((p, i) => `${i ? "L" : "M"}${x(p.candidates).toFixed(1)},${y(p[s.key].p95).toFixed(1)}`)
      .join("");
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
    for (const p of points) {
      out.push(
        `<circle cx="${x(p.candidates).toFixed(1)}" cy="${y(p[s.key].p95).toFixed(1)}" r="3.5" fill="${s.color}"/>`,
      );
    }
  }
  // Labels at the lines' right ends, pushed apart so they never overlap.
  const last = points.at(-1);
  if (last) {
    const labels = series.map((s) => ({ s, v: last[s.key].p95, at: y(last[s.key].p95) })).sort((a, b) => a.at - b.at);
    for (let i = 1; i < labels.length; i++) {
      const prev = labels[i - 1] as { at: number };
      const cur = labels[i] as { at: number };
      cur.at = Math.max(cur.at, prev.at + 15);
    }
    for (const { s, v, at } of labels) {
      out.push(
        `<text x="${width - m.right + 10}" y="${(at + 4).toFixed(1)}" fill="${s.color}">${xmlText(s.label)}: ${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms</text>`,
      );
    }
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

/** Writes docs/bench/scale-curve.svg and docs/bench/scale.json (the data behind it). */
export function writeScaleChart(data: ScaleJson, root: string): string {
  const dir = path.join(root, "docs", "bench");
  mkdirSync(dir, { recursive: true });
  if (data.points.length === 0) return dir;
  writeFileSync(path.join(dir, "scale.json"), `${JSON.stringify(data, null, 2)}\n`);
  const file = path.join(dir, "scale-curve.svg");
  writeFileSync(file, scaleChartSvg(data));
  return file;
}
