// The portal's Express app (createApp) compresses what it sends when the browser accepts it: a
// page, a JavaScript asset. A streamed page still arrives in pieces as Remix writes them, and a
// small JSON answer such as /healthz comes back whole. Behind it is a stand-in Remix build
// (one page route, one resource route), not the real portal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { close, createApp } from "../../scripts/lib/http";

const root = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-compression-"));
const script = `export function greet(name) { return "Hei, " + name; }\n`.repeat(400);
const paragraph = "<p>Arbeidsbro hjelper arbeidsgivere å finne folk til oppgaver som passer.</p>";

let releaseRest: () => void = () => {};
const pageFinished = () =>
  new Promise<void>((resolve) => {
    releaseRest = resolve;
  });

/** A page written in two pieces: the second only after the test has read the first. */
function streamedPage(): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rest = pageFinished();
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(
        encoder.encode(`<!doctype html><html lang="nb"><body><h1>Første del</h1>${paragraph.repeat(40)}`),
      );
      await rest;
      controller.enqueue(encoder.encode(`<p>Andre del</p></body></html>`));
      controller.close();
    },
  });
}

const build = {
  mode: "production",
  entry: {
    module: {
      default: (_request: Request, status: number, headers: Headers) => {
        headers.set("Content-Type", "text/html; charset=utf-8");
        return new Response(streamedPage(), { status, headers });
      },
    },
  },
  routes: {
    root: { id: "root", path: "", module: { default: () => null } },
    "routes/healthz": {
      id: "routes/healthz",
      parentId: "root",
      path: "healthz",
      module: {
        loader: () =>
          Response.json({ status: "ok", database: "ok", search: "ok" }, { headers: { "Cache-Control": "no-store" } }),
      },
    },
  },
  assets: { entry: { module: "", imports: [] }, routes: {}, url: "", version: "test" },
  publicPath: "/",
  assetsBuildDirectory: path.join(root, "build", "client"),
  future: { v3_singleFetch: true },
  isSpaMode: false,
} as unknown as ServerBuild;

let server: Server;
let base: string;

beforeAll(async () => {
  mkdirSync(path.join(root, "build", "client", "assets"), { recursive: true });
  writeFileSync(path.join(root, "build", "client", "assets", "greet-abc123.js"), script);
  const app = createApp({ port: 0, build, root });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await close(server);
  rmSync(root, { recursive: true, force: true });
});

describe("compression", () => {
  it("sends a JavaScript asset gzipped or in brotli, as the browser accepts, and plain otherwise", async () => {
    for (const encoding of ["gzip", "br"]) {
      const res = await fetch(`${base}/assets/greet-abc123.js`, { headers: { "Accept-Encoding": encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(await res.text()).toBe(script);
    }
    const plain = await fetch(`${base}/assets/greet-abc123.js`, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it("sends a page gzipped, and a streamed page arrives piece by piece", async () => {
    const res = await fetch(`${base}/`, { headers: { "Accept-Encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = "";
    // The page's second piece is written only after its first has reached us.
    while (!received.includes("Første del")) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value, { stream: true });
    }
    expect(received).toContain("Første del");
    expect(received).not.toContain("Andre del");
    releaseRest();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value, { stream: true });
    }
    expect(received).toContain("<p>Andre del</p></body></html>");
  });

  it("answers /healthz whole, with its no-store header", async () => {
    const res = await fetch(`${base}/healthz`, { headers: { "Accept-Encoding": "gzip, br" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok", database: "ok", search: "ok" });
  });
});
