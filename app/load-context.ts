// What the Express server (scripts/lib/http.ts) hands every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy's script-src. */
    nonce: string;
    /** Correlates a request's log lines and audit rows. */
    requestId: string;
    /** The client's address (X-Forwarded-For is believed only from the proxies in TRUST_PROXY). */
    clientIp: string;
    /** Made on this machine: a loopback socket and no proxy's forwarding header (dev tools). */
    fromLoopback: boolean;
  }
}

export {};
