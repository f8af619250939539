// The Express layer's guards, on a real HTTP server with a stand-in for Remix behind them:
// bounded request bodies (413 in Norwegian, memory flat), HSTS behind a TLS proxy, and which
// requests count as made on this machine.
import type { AddressInfo } from "node:net";
import http from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FORM_BODY_LIMIT,
  answerBodyErrors,
  limitRequestBodies,
  loadContext,
  strictTransportSecurity,
  trustProxySetting,
} from "../../scripts/lib/http";

function testApp(trustProxy?: string) {
  const app = express();
  app.set("trust proxy", trustProxySetting(trustProxy));
  app.use(strictTransportSecurity);
  app.use(limitRequestBodies());
  app.use(answerBodyErrors);
  app.all("*", (req, res) => {
    const body: unknown = req.body;
    // What the portal's loaders and actions would be told.
    const context = loadContext(req, res);
    res.json({ bytes: Buffer.isBuffer(body) ? body.length : 0, ip: context.clientIp, local: context.fromLoopback });
  });
  return app;
}

let server: http.Server;
let proxied: http.Server;
let base: string;
let proxiedBase: string;

beforeAll(async () => {
  const listen = (app: express.Express) =>
    new Promise<http.Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
  server = await listen(testApp());
  proxied = await listen(testApp("loopback"));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxiedBase = `http://127.0.0.1:${(proxied.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  proxied.close();
});

/** Posts `total` bytes in 64 KB chunks without a Content-Length (chunked), as a stream would. */
function postChunked(url: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    request.on("response", (response) => {
      let body = "";
      response.on("data", (c: Buffer) => {
        body += c;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}

describe("request bodies are bounded", () => {
  it("a form under the limit goes through whole", async () => {
    const body = `name=${"x".repeat(10_000)}`;
    const response = await fetch(`${base}/registrer`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).bytes).toBe(body.length);
  });

  it("just over 1 MB by Content-Length is refused with 413 and a Norwegian page", async () => {
    const response = await fetch(`${base}/registrer`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `name=${"x".repeat(FORM_BODY_LIMIT)}`,
    });
    expect(response.status).toBe(413);
    const page = await response.text();
    expect(page).toContain('lang="nb"');
    expect(page).toContain("Det du sendte var for stort");
    expect(page).toContain("1 MB");
    expect(page.length).toBeLessThan(2000);
  });

  it("exactly at the limit is accepted", async () => {
    const response = await fetch(`${base}/registrer`, { method: "POST", body: "x".repeat(FORM_BODY_LIMIT) });
    expect(response.status).toBe(200);
    expect((await response.json()).bytes).toBe(FORM_BODY_LIMIT);
  });

  it("100 MB streamed without a length: 413, a small answer, and memory does not grow with it", async () => {
    const before = process.memoryUsage().rss;
    const result = await postChunked(`${base}/registrer`, 100 * 1024 * 1024);
    const grew = process.memoryUsage().rss - before;
    expect(result.status).toBe(413);
    expect(result.body.length).toBeLessThan(2000);
    expect(grew).toBeLessThan(50 * 1024 * 1024);
  });

  it("a compressed body is refused (415), not unpacked", async () => {
    const response = await fetch(`${base}/registrer`, {
      method: "POST",
      headers: { "Content-Encoding": "gzip" },
      body: "x",
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toContain("komprimerte");
  });
});

describe("TLS proxy: HSTS and the client's address", () => {
  it("without TRUST_PROXY, forwarded headers are ignored: no HSTS, the socket's address", async () => {
    const response = await fetch(`${base}/`, {
      headers: { "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9" },
    });
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect((await response.json()).ip).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY, an HTTPS request through the proxy gets HSTS and the forwarded address", async () => {
    const response = await fetch(`${proxiedBase}/`, {
      headers: { "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9" },
    });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const body = await response.json();
    expect(body.ip).toBe("203.0.113.9");
    expect(body.local).toBe(false);
  });

  it("with TRUST_PROXY, plain HTTP gets no HSTS", async () => {
    const response = await fetch(`${proxiedBase}/`, { headers: { "X-Forwarded-Proto": "http" } });
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("a request straight from this machine is local", async () => {
    expect((await (await fetch(`${base}/`)).json()).local).toBe(true);
  });

  it("TRUST_PROXY values: a hop count, an address list, unset", () => {
    expect(trustProxySetting("1")).toBe(1);
    expect(trustProxySetting("10.0.0.1, 10.0.0.0/8")).toEqual(["10.0.0.1", "10.0.0.0/8"]);
    expect(trustProxySetting(undefined)).toBe(false);
  });
});
