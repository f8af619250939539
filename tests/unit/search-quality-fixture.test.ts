// The judged query set's own rules (docs/decisions/021): big enough, every kind of query, every
// query with something to find, and profile text with nothing identifying in it.
import { describe, expect, it } from "vitest";
import { findIdentifyingText } from "../../app/domain/privacy";
import { qualityProfiles } from "../fixtures/search-quality/profiles";
import { judgments } from "../fixtures/search-quality/judgments";
import {
  describeQuery,
  judge,
  judgedDefinitions,
  meetsFilters,
  qualityQueries,
} from "../fixtures/search-quality/queries";

describe("the search-quality fixture", () => {
  it("has at least 60 judged queries in every group, each with something relevant", () => {
    expect(qualityQueries.length).toBeGreaterThanOrEqual(60);
    const groups = new Set(qualityQueries.map((q) => q.group));
    expect([...groups].sort()).toEqual(["filters", "inflection", "misspelling", "plain", "synonym"]);
    for (const q of qualityQueries) expect(q.relevant.length, JSON.stringify(q.params)).toBeGreaterThan(0);
  });

  it("has 150–300 profiles with unique codes the index accepts", () => {
    expect(qualityProfiles.length).toBeGreaterThanOrEqual(150);
    expect(qualityProfiles.length).toBeLessThanOrEqual(300);
    const codes = qualityProfiles.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^K-[0-9A-Z]{4,6}$/);
  });

  it("is the same on every run (seeded)", () => {
    expect(qualityProfiles[0]?.summary).toBe(
      "Har tatt oppvasken i en kantine i to år. Trenger tydelige beskjeder og litt tid i starten.",
    );
  });

  it("holds profile text only: nothing identifying in any summary or tag", () => {
    for (const p of qualityProfiles) expect(findIdentifyingText([p.summary, ...p.tags].join(", ")), p.code).toEqual([]);
  });

  it("judges a profile relevant when its text is about the topic and it meets the filters as meant", () => {
    const truck = qualityProfiles.filter((p) => p.topics.includes("truck"));
    expect(judge(["truck"], {})).toEqual(truck.map((p) => p.code));
    const p = {
      ...(truck[0] as (typeof truck)[number]),
      hoursMin: 10,
      hoursMax: 20,
      weekdays: ["mon"],
      timesOfDay: ["day"],
    };
    expect(meetsFilters(p, { hoursFrom: 20, hoursTo: 30 })).toBe(true); // overlap at 20
    expect(meetsFilters(p, { hoursFrom: 21 })).toBe(false);
    expect(meetsFilters(p, { hoursTo: 9 })).toBe(false);
    expect(meetsFilters(p, { weekdays: ["sat", "mon"], timesOfDay: ["day"] })).toBe(true);
    expect(meetsFilters(p, { weekdays: ["sat"] })).toBe(false);
  });
});

describe("the listed judgments (judgments.ts)", () => {
  it("are the judging rule's, for every query: rerun write-judgments.ts after changing a query or profile", () => {
    const listed = Object.fromEntries(qualityQueries.map((q) => [describeQuery(q.params), q.relevant]));
    const judged = Object.fromEntries(judgedDefinitions().map((q) => [q.label, q.relevant]));
    expect(listed).toEqual(judged);
    expect(Object.keys(judgments).sort()).toEqual(Object.keys(judged).sort());
  });
});
