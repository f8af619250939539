import { describe, expect, it } from "vitest";
import { candidateFilters, parseCandidateSearch } from "./candidate-search";

const now = new Date("2026-11-22T10:00:00Z");

describe("candidate search from the URL", () => {
  it("turns the URL into filters: lists as IN, hours as an overlap with the candidate's range", () => {
    const search = parseCandidateSearch(
      new URLSearchParams(
        "q=kantine&interests=lager&interests=butikk&hoursFrom=10&hoursTo=20&weekdays=mon&availableNow=1&municipality=5501",
      ),
    );
    expect(search.q).toBe("kantine");
    expect(candidateFilters(search, now)).toEqual([
      'interests IN ["lager", "butikk"]',
      'weekdays IN ["mon"]',
      'reachableMunicipalities = "5501"',
      "hoursMin <= 20",
      "hoursMax >= 10",
      "availableFrom <= 20261122",
    ]);
  });

  it("ignores nonsense instead of failing: bad hours, pages and sorts fall back to defaults", () => {
    const search = parseCandidateSearch(new URLSearchParams("hoursFrom=abc&page=-3&sort=random&municipality=Oslo"));
    expect(search).toMatchObject({ page: 1, sort: "relevance", hoursFrom: undefined, municipality: undefined });
    expect(candidateFilters(search, now)).toEqual([]);
  });

  it("cuts a query too long and drops filter values no facet holds, so a hand-edited address still searches", () => {
    const many = Array.from({ length: 40 }, (_, i) => `weekdays=d${i}`).join("&");
    const search = parseCandidateSearch(
      new URLSearchParams(`q=${"kantine ".repeat(50)}&interests=${"x".repeat(5000)}&interests=lager&${many}`),
    );
    expect(search.q).toHaveLength(200);
    expect(search.q.startsWith("kantine kantine")).toBe(true);
    expect(search.interests).toEqual(["lager"]);
    expect(search.weekdays).toHaveLength(30);
  });

  it("quotes values so a filter cannot be broken out of", () => {
    const search = parseCandidateSearch(new URLSearchParams('language=norsk" OR officeId EXISTS OR "'));
    expect(candidateFilters(search, now)).toEqual(['languages = "norsk\\" OR officeId EXISTS OR \\""']);
  });

  it("searches the specialist's own office by default, and every office when asked", () => {
    const office = "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    expect(parseCandidateSearch(new URLSearchParams("")).office).toBe("own");
    expect(parseCandidateSearch(new URLSearchParams("office=all")).office).toBe("all");
    expect(parseCandidateSearch(new URLSearchParams("office=nonsense")).office).toBe("own");
    expect(candidateFilters(parseCandidateSearch(new URLSearchParams("interests=lager")), now, office)).toEqual([
      `officeId = "${office}"`,
      'interests IN ["lager"]',
    ]);
    expect(candidateFilters(parseCandidateSearch(new URLSearchParams("")), now, null)).toEqual([]);
  });
});
