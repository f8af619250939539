// A small stand-in for Enhetsregisteret's open API, of the same shape:
// GET /enhetsregisteret/api/enheter/{orgnr} → 200 JSON, or 404. Used by the lookup's integration
// test and the registration e2e spec; `slow` numbers never answer (to test the timeout).
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const stubOrganisations: Record<string, unknown> = {
  // Valid MOD11 numbers (see app/domain/identifiers.ts).
  "974760673": {
    organisasjonsnummer: "974760673",
    navn: "REGISTERENHETEN I BRØNNØYSUND",
    forretningsadresse: {
      land: "Norge",
      landkode: "NO",
      postnummer: "8900",
      poststed: "BRØNNØYSUND",
      adresse: ["Havnegata 48"],
      kommune: "BRØNNØY",
      kommunenummer: "1813",
    },
  },
};
/** A number whose request the stub holds until the client gives up. */
export const SLOW_ORG_NUMBER = "889640782";

export interface EnhetsregisteretStub {
  url: string;
  close(): Promise<void>;
}

export async function startEnhetsregisteretStub(port = 0): Promise<EnhetsregisteretStub> {
  const held = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    const m = /^\/enhetsregisteret\/api\/enheter\/(\d{9})$/.exec(req.url ?? "");
    if (req.method !== "GET" || !m) {
      res.writeHead(404).end();
      return;
    }
    const orgNumber = m[1] as string;
    if (orgNumber === SLOW_ORG_NUMBER) {
      held.add(res);
      return;
    }
    const body = stubOrganisations[orgNumber];
    if (!body) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ status: 404 }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// `tsx tests/support/enhetsregisteret-stub.ts <port>`: Playwright's second web server.
if (process.argv[1]?.endsWith("enhetsregisteret-stub.ts")) {
  const stub = await startEnhetsregisteretStub(Number(process.argv[2] ?? 0));
  console.log(`Enhetsregisteret stub on ${stub.url}`);
  const stop = () => void stub.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
