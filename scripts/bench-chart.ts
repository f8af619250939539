// `npm run bench:chart [-- file.json]`: draws the scale curve (docs/bench/scale-curve.svg) from
// bench-results/scale.json, the file `npm run bench -- --scale` writes (it draws it too).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeScaleChart } from "./lib/bench-chart";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? path.join(root, "bench-results", "scale.json");
const written = writeScaleChart(JSON.parse(readFileSync(file, "utf8")), root);
console.log(`[bench:chart] ${path.relative(root, written)} drawn from ${path.relative(root, file)}`);
