import { describe, expect, it } from "vitest";
import { type QualityQuery, evaluateQuality, meetsTargets, missLines, qualityTable } from "./evaluate";

const query = (group: string, q: string, relevant: string[]): QualityQuery => ({
  group,
  params: new URLSearchParams({ q }),
  label: `"${q}"`,
  relevant,
});

describe("evaluateQuality", () => {
  it("scores both engines per query and per group, and names what each missed", async () => {
    const queries = [query("plain", "lager", ["K-A", "K-B"]), query("misspelling", "lagr", ["K-A", "K-B"])];
    const ours = async (p: URLSearchParams) => (p.get("q") === "lager" ? ["K-A", "K-B"] : ["K-B", "K-X"]);
    const fullText = async (p: URLSearchParams) => (p.get("q") === "lager" ? ["K-X", "K-A"] : []);
    const report = await evaluateQuality(queries, { ours, fullText });

    expect(report.ours.groups.plain).toEqual({ queries: 1, recall: 1, ndcg: 1 });
    expect(report.ours.groups.misspelling?.recall).toBe(0.5);
    expect(report.ours.all.recall).toBe(0.75);
    expect(report.fullText.all.recall).toBe(0.25);
    expect(report.results[1]?.ours.missed).toEqual(["K-A"]);
    expect(report.results[0]?.ours.missed).toEqual([]);

    expect(missLines(report)).toEqual(['misspelling "lagr": recall 0.50, missed K-A; top 10: K-B K-X']);
    expect(missLines(report, "fullText")).toHaveLength(2);
    expect(qualityTable(report).at(-1)).toMatch(/^all\s+2\s+0\.75\s+[\d.]+\s+0\.25/);
    // 0.75 is below 0.9; the lead of 0.5 is enough.
    expect(meetsTargets(report)).toEqual({ recall: false, lead: true });
  });
});
