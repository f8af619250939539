import { describe, expect, it } from "vitest";
import { isSearchOutage } from "./search-outage";
import { searchUnavailableResponse, withSearch } from "./search-outage.server";

describe("the search outage answer", () => {
  it("is a 503 in Norwegian that the error boundary recognises", async () => {
    const response = searchUnavailableResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("30");
    const data = await response.json();
    expect(data.message).toMatch(/^Søket er ikke tilgjengelig akkurat nå\. Resten av Arbeidsbro virker/);
    expect(isSearchOutage({ status: 503, data })).toBe(true);
    expect(isSearchOutage({ status: 503, data: "Vedlikehold" })).toBe(false);
    expect(isSearchOutage({ status: 500, data })).toBe(false);
  });

  it("passes results and other errors through unchanged", async () => {
    expect(await withSearch(async () => 42)).toBe(42);
    const bug = new TypeError("x is undefined");
    await expect(
      withSearch(async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });
});
