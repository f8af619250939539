// The embedded Meilisearch's master key is random base64url, and 1 new key in 64 starts with "-".
// Passed as a separate argument, Meilisearch read such a key as a flag and exited at start (a rare
// "stopped while starting (exit 2)" in CI and on `npm start`). A key that starts with "-" must work.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type EmbeddedMeilisearch, startEmbeddedMeilisearch } from "../../scripts/lib/services";

describe("the embedded Meilisearch", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-meili-key-"));
  let meili: EmbeddedMeilisearch | undefined;

  afterAll(async () => {
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("starts with a master key that begins with a dash, and answers to that key only", async () => {
    const masterKey = "-sAmPlEkEyThAtLoOkSlIkEaFlAg_0123456789";
    writeFileSync(path.join(dir, "state.json"), JSON.stringify({ masterKey, port: 0 }));
    meili = await startEmbeddedMeilisearch({ dir });
    expect(meili.masterKey).toBe(masterKey);
    const withKey = await fetch(`${meili.url}/keys`, { headers: { Authorization: `Bearer ${masterKey}` } });
    expect(withKey.status).toBe(200);
    const withoutKey = await fetch(`${meili.url}/keys`);
    expect(withoutKey.status).toBe(401);
  }, 60_000);
});
