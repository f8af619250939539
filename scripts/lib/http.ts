// The Express server around the Remix request handler: security headers, a CSP nonce and a
// request id per request, compressed answers, static assets, and a clear sentence when the port
// is taken.
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import {
  type AppLoadContext,
  type ServerBuild,
  createRequestHandler,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import compression from "compression";
import express from "express";
import type { ViteDevServer } from "vite";
import { isLocalRequest } from "../../app/auth/dev-tools";
import { requestLimits } from "../../app/texts/safety";
import { StartupError } from "./services";

export interface HttpOptions {
  port: number;
  /** Built app (production), or a Vite dev server (development, with HMR). */
  build?: ServerBuild;
  vite?: ViteDevServer;
  root: string;
  /** TRUST_PROXY: the TLS-terminating proxies whose X-Forwarded-* headers are believed. */
  trustProxy?: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Forms are small: 1 MB is far above the largest (a candidate profile is under 20 KB). */
export const FORM_BODY_LIMIT = 1024 * 1024;
/** Routes that need a larger body (path prefix → bytes). None does yet; add uploads here. */
export const LARGER_BODY_LIMITS: ReadonlyArray<readonly [prefix: string, bytes: number]> = [];

function bodyLimitFor(path: string): number {
  return LARGER_BODY_LIMITS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? FORM_BODY_LIMIT;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function tooLargePage(limitBytes: number): string {
  const t = requestLimits;
  const limit =
    limitBytes >= 1024 * 1024 ? `${Math.round(limitBytes / 1024 / 1024)} MB` : `${Math.round(limitBytes / 1024)} kB`;
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(t.tooLargeTitle)}</title></head><body><main><h1>${escapeHtml(t.tooLargeHeading)}</h1><p>${escapeHtml(t.tooLargeBody(limit))}</p><p><a href="/">${escapeHtml(t.back)}</a></p></main></body></html>`;
}

/**
 * Reads the body of every state-changing request into memory, up to its route's limit, before
 * Remix sees it. A larger body (by Content-Length, or counted as it streams in) is answered 413
 * with a Norwegian page and discarded as it arrives, so memory stays flat whatever is sent.
 */
export function limitRequestBodies(): express.RequestHandler {
  const parsers = new Map<number, express.RequestHandler>();
  const parserFor = (limit: number) => {
    let parser = parsers.get(limit);
    if (!parser) {
      // inflate: false refuses compressed bodies (a small zip can unpack to gigabytes).
      parser = express.raw({ type: () => true, limit, inflate: false });
      parsers.set(limit, parser);
    }
    return parser;
  };
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const limit = bodyLimitFor(req.path);
    res.locals.bodyLimit = limit;
    parserFor(limit)(req, res, next);
  };
}

/** Answers the body parser's refusals (too large, compressed) in Norwegian, never as a 500. */
export const answerBodyErrors: express.ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type === "entity.too.large") {
    res
      .status(413)
      .set("Connection", "close")
      .type("html")
      .send(tooLargePage(res.locals.bodyLimit ?? FORM_BODY_LIMIT));
  } else if (type === "encoding.unsupported") {
    res.status(415).type("text/plain; charset=utf-8").send(requestLimits.unsupportedEncoding);
  } else if (type === "request.aborted") {
    res.end();
  } else next(error);
};

/**
 * HSTS on every answer that reached us over HTTPS: with TRUST_PROXY, req.secure reads the
 * proxy's X-Forwarded-Proto; without it nothing is believed and plain HTTP never gets HSTS.
 */
export const strictTransportSecurity: express.RequestHandler = (req, res, next) => {
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
};

/** Express's "trust proxy" from TRUST_PROXY: a hop count, or a list of addresses; unset = none. */
export function trustProxySetting(value: string | undefined): number | string[] | false {
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((part) => part.trim());
}

/**
 * The Remix handler, as @remix-run/express builds it, but with the body that
 * limitRequestBodies read (bounded) instead of the raw socket.
 */
function remixHandler(
  build: ServerBuild | (() => Promise<ServerBuild>),
  mode: string,
  getLoadContext: (req: express.Request, res: express.Response) => AppLoadContext,
): express.RequestHandler {
  const handleRequest = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const response = await handleRequest(toFetchRequest(req, res), getLoadContext(req, res));
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) res.append(key, value);
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}

function toFetchRequest(req: express.Request, res: express.Response): Request {
  // req.hostname and req.protocol follow "trust proxy"; the port comes from the Host header.
  const port = req.get("host")?.split(":")[1];
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  // Loaders and actions stop when the client goes away before the answer is sent.
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const body: unknown = req.body;
  const hasBody = req.method !== "GET" && req.method !== "HEAD" && Buffer.isBuffer(body) && body.length > 0;
  return new Request(url.href, {
    method: req.method,
    headers,
    signal: controller.signal,
    // A view of the buffer limitRequestBodies read, not a second copy of it (up to 1 MB each).
    body: hasBody ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length) : null,
  });
}

/** What loaders and actions know of the request beyond it: its nonce, id, address and whether it is local. */
export function loadContext(req: express.Request, res: express.Response): AppLoadContext {
  return {
    nonce: res.locals.nonce as string,
    requestId: res.locals.requestId as string,
    clientIp: req.ip ?? "unknown",
    fromLoopback: isLocalRequest(req.socket.remoteAddress, req.headers),
  };
}

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // Remix's hydration scripts carry the nonce; no other inline script may run.
    dev ? "script-src 'self' 'unsafe-inline'" : `script-src 'self' 'nonce-${nonce}'`,
    // Aksel sets some style attributes inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws:" : "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * CSRF protection for every state-changing request: browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); anything not from this site is refused. Requests that carry
 * neither header are not from a modern browser and so cannot ride on a user's cookie.
 */
export const rejectCrossSiteWrites: express.RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  let allowed = true;
  if (site) allowed = site === "same-origin" || site === "none";
  else if (origin) {
    try {
      allowed = new URL(origin).host === req.get("host");
    } catch {
      allowed = false;
    }
  }
  if (allowed) return next();
  res.status(403).type("text/plain; charset=utf-8").send("Forespørselen ble avvist fordi den ikke kom fra Arbeidsbro.");
};

/**
 * Brotli or gzip for every answer worth it (pages, JSON, JS, CSS, SVG; fonts are compressed
 * already), as the client accepts. Remix streams pages and flushes each chunk, so streamed
 * answers still arrive as they are written. Decision 018.
 */
export function compressResponses(): express.RequestHandler {
  return compression();
}

export function createApp(options: HttpOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxySetting(options.trustProxy));
  const dev = Boolean(options.vite);

  app.use((_req, res, next) => {
    res.locals.nonce = randomBytes(16).toString("base64");
    res.locals.requestId = randomUUID();
    res.setHeader("X-Request-Id", res.locals.requestId);
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(res.locals.nonce, dev));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    next();
  });
  app.use(strictTransportSecurity);

  app.use(rejectCrossSiteWrites);
  app.use(compressResponses());

  if (options.vite) {
    app.use(options.vite.middlewares);
  } else {
    const client = path.join(options.root, "build", "client");
    // Fingerprinted assets can be cached for a year; the rest briefly.
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    // The other public files (favicon, fonts…) by their first path segment, read at start: a
    // catch-all static handler would look on disk for every page and API request (decision 019).
    const files = express.static(client, { maxAge: "1h" });
    const topLevel = new Set(readdirSync(client));
    app.use((req, res, next) => (topLevel.has(req.path.split("/")[1] ?? "") ? files(req, res, next) : next()));
  }

  const vite = options.vite;
  const build = vite ? () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild> : options.build;
  if (!build) throw new Error("createApp needs a build or a Vite dev server");

  app.use(limitRequestBodies());
  app.use(answerBodyErrors);
  app.all("*", remixHandler(build, dev ? "development" : "production", loadContext));
  return app;
}

export function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port);
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new StartupError(`Port ${port} is already in use; stop what is using it or set PORT to a free port.`));
      } else if (error.code === "EACCES") {
        reject(new StartupError(`Not allowed to listen on port ${port}; set PORT to a port above 1024.`));
      } else {
        reject(error);
      }
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Give open requests a moment, then cut them: Ctrl-C should not hang on a keep-alive socket.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
