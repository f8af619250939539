import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartupError } from "./services";

// db/ and search/ too: the server build bundles the repositories and the search code the routes import.
const sources = ["app", "db", "search", "public", "remix.config.js", "vite.config.ts", "package-lock.json"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when build/ is missing or older than any source file. */
export function buildIsStale(root: string): boolean {
  const built = path.join(root, "build", "server", "index.js");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((source) => newestMtime(path.join(root, source)) > builtAt);
}

/** Runs `remix vite:build`, logging to .data/build.log; on failure, shows the end of that log. */
export async function buildApp(root: string, logDir: string): Promise<void> {
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, "build.log");
  const output: Buffer[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "remix"), ["vite:build"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (c) => resolve(c ?? 1));
  });
  writeFileSync(logFile, Buffer.concat(output));
  if (code !== 0) {
    const tail = readFileSync(logFile, "utf8").trim().split("\n").slice(-15).join("\n");
    throw new StartupError(`Building the portal failed (log: ${logFile}):\n${tail}`);
  }
}
