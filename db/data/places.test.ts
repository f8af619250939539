import { describe, expect, it } from "vitest";
import { counties, countyName, findMunicipality, municipalities, municipalityName } from "./places";

describe("municipalities and counties", () => {
  it("has all 357 municipalities in 15 counties, each number once, each county known", () => {
    expect(municipalities).toHaveLength(357);
    expect(new Set(municipalities.map((m) => m.number)).size).toBe(357);
    expect(counties).toHaveLength(15);
    const countyNumbers = new Set(counties.map((c) => c.number));
    expect(municipalities.every((m) => countyNumbers.has(m.countyNumber) && /^\d{4}$/.test(m.number))).toBe(true);
  });

  it("knows the numbers since the 2024 reform", () => {
    expect(municipalityName("0301")).toBe("Oslo");
    expect(municipalityName("5501")).toBe("Tromsø");
    expect(municipalityName("5503")).toBe("Harstad");
    expect(municipalityName("4601")).toBe("Bergen");
    expect(municipalityName("3201")).toBe("Bærum");
    expect(countyName("5501")).toBe("Troms");
    expect(countyName("5601")).toBe("Finnmark");
    expect(countyName("3301")).toBe("Buskerud");
    expect(findMunicipality("1902")).toBeUndefined(); // Tromsø's number before 2020
  });
});
