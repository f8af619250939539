import { describe, expect, it } from "vitest";
import { normFigures } from "./figures";
import { filterQuery, officeTables, readFilters, toCsv } from "./tables";

const read = (query: string, ids: string[] = ["s1"]) => readFilters(new URLSearchParams(query), "2026-12-03", ids);

describe("filters from the address", () => {
  it("defaults to the last three calendar years, everyone, with and without", () => {
    expect(read("")).toEqual({
      filters: { fromYear: 2024, toYear: 2026, specialistId: null, subsidy: "all" },
      errors: {},
    });
  });
  it("reads chosen values and writes them back", () => {
    const { filters, errors } = read("fra=2023&til=2025&spesialist=s1&tilskudd=med");
    expect(errors).toEqual({});
    expect(filters).toEqual({ fromYear: 2023, toYear: 2025, specialistId: "s1", subsidy: "with" });
    expect(filterQuery(filters)).toBe("fra=2023&til=2025&spesialist=s1&tilskudd=med");
    expect(read("tilskudd=uten").filters.subsidy).toBe("without");
  });
  it("gives a message per wrong field and the default in its place", () => {
    expect(read("fra=tjue").errors).toEqual({ fra: "Skriv et år mellom 2000 og 2100." });
    expect(read("til=1e309").errors.til).toBeDefined();
    expect(read("fra=2026&til=2024")).toMatchObject({
      filters: { fromYear: 2024, toYear: 2026 },
      errors: { til: "«Til år» kan ikke være før «Fra år»." },
    });
    expect(read("spesialist=s2").errors).toEqual({ spesialist: "Velg en jobbspesialist ved kontoret." });
    expect(read("spesialist=s1", []).filters.specialistId).toBeNull();
    expect(read("tilskudd=constructor")).toMatchObject({
      filters: { subsidy: "all" },
      errors: { tilskudd: expect.any(String) },
    });
  });
});

describe("tables and CSV", () => {
  it("puts the office row under the specialists and writes CSV as the table reads", () => {
    const figures = normFigures(
      [
        { id: "a", specialistId: "s1", startedOn: "2025-01-01", endedOn: null, firstContactOn: "2025-01-10" },
        { id: "b", specialistId: "s2", startedOn: "2025-01-01", endedOn: null, firstContactOn: null },
      ],
      [
        {
          id: "h",
          personId: "a",
          specialistId: "s1",
          startOn: "2025-03-01",
          form: "temporary",
          subsidised: true,
          mentor: true,
          madePermanentOn: "2025-09-01",
          endedOn: null,
          grants: ["wage"],
        },
      ],
      { from: "2024-01-01", to: "2026-12-31", asOf: "2026-12-03" },
    );
    const tables = officeTables(
      figures,
      [
        { id: "s1", name: "Per; Hansen" },
        { id: "s2", name: "Mari" },
      ],
      2025,
    );
    const specialists = tables.find((t) => t.id === "spesialister");
    expect(specialists?.rows).toEqual([
      ["Per; Hansen", 1, "under normen", 1, 1, 1, "100 %", 0, 0, "–"],
      ["Mari", 1, "under normen", 0, 1, 0, "0 %", 0, 0, "–"],
      ["Hele kontoret", 2, "", 1, 2, 1, "50 %", 0, 0, "–"],
    ]);
    const csv = toCsv(specialists as NonNullable<typeof specialists>);
    expect(csv.startsWith("\uFEFFJobbspesialist;Saksmengde;")).toBe(true);
    expect(csv).toContain('\r\n"Per; Hansen";1;under normen;1;1;1;100 %;0;0;–\r\n');
    expect(toCsv({ id: "x", title: "x", columns: ['Si "hei"'], rows: [] })).toBe('\uFEFF"Si ""hei"""\r\n');
    expect(tables.find((t) => t.id === "fast")?.rows).toEqual([[1, 1, "100 %"]]);
  });
});
