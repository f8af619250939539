// The Express server around the Remix request handler: security headers, a CSP nonce and a
// request id per request, static assets, and a clear sentence when the port is taken.
import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { ViteDevServer } from "vite";
import { StartupError } from "./services";

export interface HttpOptions {
  port: number;
  /** Built app (production), or a Vite dev server (development, with HMR). */
  build?: ServerBuild;
  vite?: ViteDevServer;
  root: string;
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

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

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

export function createApp(options: HttpOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
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

  app.use(rejectCrossSiteWrites);

  if (options.vite) {
    app.use(options.vite.middlewares);
  } else {
    const client = path.join(options.root, "build", "client");
    // Fingerprinted assets can be cached for a year; the rest briefly.
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
  }

  const vite = options.vite;
  const build = vite ? () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild> : options.build;
  if (!build) throw new Error("createApp needs a build or a Vite dev server");

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: dev ? "development" : "production",
      getLoadContext: (req, res) => ({
        nonce: res.locals.nonce as string,
        requestId: res.locals.requestId as string,
        clientIp: req.ip ?? "unknown",
      }),
    }),
  );
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
