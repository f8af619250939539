// Bad configuration must end `npm start` with one clear sentence, not a stack trace.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/services";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { testEnv } from "../support/env";

const root = path.resolve(import.meta.dirname, "../..");

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: root,
      // Without DATABASE_URL/MEILI_URL the script would start embedded services: always set both.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.trim() });
    });
  });
}

function expectOneSentence(stderr: string) {
  expect(stderr.split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("npm start with bad configuration", () => {
  let t: TestDatabase;
  let good: Record<string, string>;
  beforeAll(async () => {
    t = await createTestDatabase();
    good = {
      DATABASE_URL: t.url,
      APP_DATABASE_URL: t.appUrl,
      DATABASE_APP_ROLE: testEnv.appRole,
      MEILI_URL: testEnv.meiliUrl,
      MEILI_MASTER_KEY: testEnv.meiliKey,
      PORT: String(await freePort()),
    };
  });
  afterAll(() => t.drop());

  it("a malformed DATABASE_URL", async () => {
    const result = await start({ ...good, DATABASE_URL: "localhost:5432/arbeidsbro" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL must be a URL like postgres://");
    expectOneSentence(result.stderr);
  });

  it("a DATABASE_URL where nothing answers", async () => {
    const result = await start({ ...good, DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/x` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/x \(DATABASE_URL\): ECONNREFUSED/);
    expectOneSentence(result.stderr);
  });

  it("an unreachable MEILI_URL", async () => {
    const port = await freePort();
    const result = await start({ ...good, MEILI_URL: `http://127.0.0.1:${port}` });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot reach Meilisearch at 127.0.0.1:${port} (MEILI_URL)`);
    expectOneSentence(result.stderr);
  });

  it("a wrong MEILI_MASTER_KEY", async () => {
    const result = await start({ ...good, MEILI_MASTER_KEY: "wrong-key-wrong-key" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("refused the key in MEILI_MASTER_KEY");
    expectOneSentence(result.stderr);
  });

  it("production mode without a session secret, or with demo data", async () => {
    const noSecret = await start({ ...good, APP_ENV: "production" });
    expect(noSecret.code).toBe(1);
    expect(noSecret.stderr).toContain("SESSION_SECRET is not set; production needs a fixed secret");
    const demo = await start({ ...good, APP_ENV: "production", DEMO_DATA: "1", SESSION_SECRET: "s".repeat(40) });
    expect(demo.code).toBe(1);
    expect(demo.stderr).toContain("DEMO_DATA=1 is not allowed with APP_ENV=production");
    expectOneSentence(demo.stderr);
  });

  it("a port that is taken", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "0.0.0.0", resolve));
    try {
      const result = await start({ ...good, PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `[arbeidsbro] Port ${port} is already in use; stop what is using it or set PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });
});
