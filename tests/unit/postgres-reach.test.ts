import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StartupError, assertPostgresCanReach, firstBlockedFolder } from "../../scripts/lib/services";

// As root, the embedded PostgreSQL runs as `postgres`; a project under a folder only its owner
// may enter used to fail with a bare EACCES (finding 7 of issue 19).
describe("can the postgres user reach the data folder?", () => {
  const base = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-reach-"));
  const closed = path.join(base, "closed");
  const open = path.join(base, "open");
  mkdirSync(path.join(closed, "project", ".data"), { recursive: true });
  mkdirSync(path.join(open, "project", ".data"), { recursive: true });
  chmodSync(base, 0o755);
  chmodSync(closed, 0o700);
  chmodSync(open, 0o755);
  const stranger = { uid: 54_321, gid: 54_321 };
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("names the first folder only its owner may enter", () => {
    expect(firstBlockedFolder(path.join(closed, "project", ".data", "postgres"), stranger)).toBe(closed);
    expect(firstBlockedFolder(path.join(open, "project", ".data", "postgres"), stranger)).toBeUndefined();
  });

  it("lets the owner through, and a group member when the group may enter", () => {
    const me = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
    expect(firstBlockedFolder(path.join(closed, "project"), me)).toBeUndefined();
    chmodSync(closed, 0o710);
    try {
      const sameGroup = { uid: 54_321, gid: process.getgid?.() ?? 0 };
      expect(firstBlockedFolder(path.join(closed, "project"), sameGroup)).toBeUndefined();
    } finally {
      chmodSync(closed, 0o700);
    }
  });

  it("stops npm start with one sentence: the cause and the fixes", () => {
    let error: unknown;
    try {
      assertPostgresCanReach([path.join(closed, "project", ".data")], stranger);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toBe(
      `The embedded PostgreSQL runs as the "postgres" user when npm start runs as root, and that user may not enter ${closed}: run npm start as an ordinary user, move the project to a folder others may enter (or chmod o+x ${closed}), or set DATABASE_URL to your own PostgreSQL.`,
    );
    expect(() => assertPostgresCanReach([path.join(open, "project", ".data")], stranger)).not.toThrow();
    // Not root: PostgreSQL runs as us, nothing to check.
    expect(() => assertPostgresCanReach([path.join(closed, "project")], {})).not.toThrow();
  });
});
