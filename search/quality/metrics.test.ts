import { describe, expect, it } from "vitest";
import { ndcgAt, recallAt, summarise } from "./metrics";

describe("recall@k", () => {
  it("counts the relevant profiles among the first k, over the number relevant", () => {
    // Relevant a, b, c; the engine found a (rank 2) only: 1 of 3.
    expect(recallAt(10, ["x", "a", "y"], ["a", "b", "c"])).toBeCloseTo(1 / 3, 10);
    expect(recallAt(10, ["b", "x", "a"], ["a", "b"])).toBe(1);
  });

  it("ignores what comes after rank k", () => {
    expect(recallAt(2, ["x", "y", "a"], ["a"])).toBe(0);
    expect(recallAt(3, ["x", "y", "a"], ["a"])).toBe(1);
  });

  it("caps the denominator at k: ten relevant in ten places is perfect even when 12 are relevant", () => {
    const relevant = Array.from({ length: 12 }, (_, i) => `r${i}`);
    expect(recallAt(10, relevant.slice(2), relevant)).toBe(1);
    // 9 of the 10 places relevant: 0.9.
    expect(recallAt(10, [...relevant.slice(0, 9), "x"], relevant)).toBeCloseTo(0.9, 10);
  });

  it("counts a profile listed twice once", () => {
    expect(recallAt(10, ["a", "a"], ["a", "b"])).toBe(0.5);
  });

  it("refuses a query judged with nothing relevant", () => {
    expect(() => recallAt(10, ["a"], [])).toThrow(/at least one relevant/);
  });
});

describe("nDCG@k", () => {
  it("is 1 when the relevant profiles come first, in any order among themselves", () => {
    expect(ndcgAt(10, ["b", "a", "x"], ["a", "b"])).toBe(1);
  });

  it("worked example: relevant at ranks 1 and 3 of two relevant", () => {
    // DCG = 1/log2(2) + 1/log2(4) = 1 + 0.5 = 1.5; ideal = 1 + 1/log2(3) = 1.6309…; 1.5 / 1.6309 = 0.9197
    expect(ndcgAt(10, ["a", "x", "b"], ["a", "b"])).toBeCloseTo(0.91972, 4);
  });

  it("worked example: one of three relevant, at rank 2", () => {
    // DCG = 1/log2(3) = 0.6309; ideal = 1 + 0.6309 + 0.5 = 2.1309; 0.6309 / 2.1309 = 0.2961
    expect(ndcgAt(10, ["x", "a"], ["a", "b", "c"])).toBeCloseTo(0.29608, 4);
  });

  it("ideal over min(k, relevant): 12 relevant filling the first 10 places is 1", () => {
    const relevant = Array.from({ length: 12 }, (_, i) => `r${i}`);
    expect(ndcgAt(10, relevant.slice(0, 10), relevant)).toBe(1);
  });

  it("is 0 when nothing relevant is in the first k, and ignores repeats", () => {
    expect(ndcgAt(2, ["x", "y", "a"], ["a"])).toBe(0);
    // a counted at rank 1 only: DCG 1, ideal 1 + 1/log2(3).
    expect(ndcgAt(10, ["a", "a"], ["a", "b"])).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 10);
  });
});

describe("summarise", () => {
  it("averages over all queries and per group", () => {
    const s = summarise([
      { group: "plain", recall: 1, ndcg: 1 },
      { group: "plain", recall: 0.5, ndcg: 0.25 },
      { group: "misspelling", recall: 0, ndcg: 0 },
    ]);
    expect(s.all).toEqual({ queries: 3, recall: 0.5, ndcg: 1.25 / 3 });
    expect(Object.keys(s.groups)).toEqual(["plain", "misspelling"]);
    expect(s.groups.plain).toEqual({ queries: 2, recall: 0.75, ndcg: 0.625 });
    expect(s.groups.misspelling).toEqual({ queries: 1, recall: 0, ndcg: 0 });
  });

  it("refuses an empty set", () => {
    expect(() => summarise([])).toThrow();
  });
});
