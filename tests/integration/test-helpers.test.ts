// The helpers that other tests lean on for their negative checks ("not in the index", "wait until
// gone") must not pass by accident: each says "absent" or "done" only for the one answer that
// means it, and fails loudly on anything else (issue #23). Real Meilisearch, no mocks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearchClient } from "../../search/client";
import { waitUntil } from "../support/candidates";
import { testEnv } from "../support/env";
import { type TestSearch, createTestSearch, documentInIndex } from "../support/search";

describe("documentInIndex", () => {
  let s: TestSearch;
  const uid = () => `${s.prefix}helpers`;

  beforeAll(async () => {
    s = createTestSearch();
    const task = await s.client.index(uid()).addDocuments([{ id: "present" }, { id: "deleted" }], { primaryKey: "id" });
    await s.client.tasks.waitForTask(task.taskUid);
    await s.client.tasks.waitForTask((await s.client.index(uid()).deleteDocument("deleted")).taskUid);
  }, 60_000);
  afterAll(async () => {
    await s?.cleanup();
  });

  it("is true for a document that is there, false for one deleted or never added", async () => {
    expect(await documentInIndex(s.client.index(uid()), "present")).toBe(true);
    expect(await documentInIndex(s.client.index(uid()), "deleted")).toBe(false);
    expect(await documentInIndex(s.client.index(uid()), "never-added")).toBe(false);
  });

  it("fails instead of saying 'absent' when the index does not exist (a wrong name in a test)", async () => {
    await expect(documentInIndex(s.client.index(`${s.prefix}no_such_index`), "present")).rejects.toThrow(
      /index_not_found|not found/i,
    );
  });

  it("fails instead of saying 'absent' with a wrong key", async () => {
    const wrongKey = createSearchClient({ url: testEnv.meiliUrl, apiKey: "not-the-key" });
    await expect(documentInIndex(wrongKey.index(uid()), "present")).rejects.toThrow();
  });
});

describe("waitUntil", () => {
  it("returns once the check holds", async () => {
    let calls = 0;
    await expect(waitUntil(async () => ++calls >= 3, 5_000, "the third call")).resolves.toBeUndefined();
    expect(calls).toBe(3);
  });

  it("fails on the timeout, naming what it waited for", async () => {
    await expect(waitUntil(async () => false, 120, "the candidate to leave the index")).rejects.toThrow(
      "the candidate to leave the index: not within 120 ms",
    );
  });

  it("fails at once when the check throws, with the check's error as the cause", async () => {
    const broken = new Error("index_not_found");
    let calls = 0;
    const failure = await waitUntil(
      async () => {
        calls += 1;
        throw broken;
      },
      60_000,
      "a document",
    ).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe("waitUntil(a document): the check failed");
    expect((failure as Error).cause).toBe(broken);
    expect(calls).toBe(1);
  });

  it("refuses a timeout that is zero, negative or not a number, without calling the check", async () => {
    for (const timeout of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      let called = false;
      await expect(
        waitUntil(
          async () => {
            called = true;
            return true;
          },
          timeout,
          "x",
        ),
      ).rejects.toThrow(`waitUntil(x): timeout ${timeout} ms`);
      expect(called).toBe(false);
    }
  });

  it("refuses a check that answers something other than true or false", async () => {
    const check = async () => "yes" as unknown as boolean;
    await expect(waitUntil(check, 5_000, "y")).rejects.toThrow("waitUntil(y): the check returned yes, not a boolean");
  });
});
