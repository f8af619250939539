import { MeilisearchApiError } from "meilisearch";
import { describe, expect, it } from "vitest";
import { freePort } from "../scripts/lib/services";
import { createSearchClient } from "./client";
import { isSearchUnavailable } from "./errors";

describe("isSearchUnavailable", () => {
  it("is true when nothing answers at the address", async () => {
    const dead = createSearchClient({ url: `http://127.0.0.1:${await freePort()}`, apiKey: "x".repeat(16) });
    const error = await dead
      .index("candidates")
      .search("kokk")
      .catch((e: unknown) => e);
    expect(isSearchUnavailable(error)).toBe(true);
  });

  it("is true for a 5xx answer and false for a 4xx one (a bug of ours, not an outage)", () => {
    const apiError = (status: number) =>
      new MeilisearchApiError(new Response("{}", { status }), {
        message: "x",
        code: "internal",
        type: "internal",
        link: "",
      });
    expect(isSearchUnavailable(apiError(503))).toBe(true);
    expect(isSearchUnavailable(apiError(500))).toBe(true);
    expect(isSearchUnavailable(apiError(400))).toBe(false);
    expect(isSearchUnavailable(apiError(404))).toBe(false);
  });

  it("is false for anything else", () => {
    expect(isSearchUnavailable(new Error("boom"))).toBe(false);
    expect(isSearchUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isSearchUnavailable(undefined)).toBe(false);
  });
});
