import { describe, expect, it } from "vitest";
import { municipalityChoices, sortByName } from "./places";

describe("municipalities sorted by name", () => {
  it("puts Æ, Ø and Å last, as a Norwegian reader expects, not by number", () => {
    const sorted = sortByName([
      { number: "3207", name: "Ås" },
      { number: "5501", name: "Tromsø" },
      { number: "4601", name: "Bergen" },
      { number: "4626", name: "Øygarden" },
      { number: "3203", name: "Asker" },
    ]);
    expect(sorted.map((m) => m.name)).toEqual(["Asker", "Bergen", "Tromsø", "Øygarden", "Ås"]);
  });

  it("breaks a tie between two places with one name by number", () => {
    const sorted = sortByName([
      { number: "1818", name: "Herøy" },
      { number: "1515", name: "Herøy" },
    ]);
    expect(sorted.map((m) => m.number)).toEqual(["1515", "1818"]);
  });

  it("offers every municipality once, in name order", () => {
    const choices = municipalityChoices();
    expect(choices).toHaveLength(357);
    expect(new Set(choices.map((m) => m.number)).size).toBe(357);
    const names = choices.map((m) => m.name);
    expect(names.indexOf("Asker")).toBeLessThan(names.indexOf("Oslo"));
    expect(names.indexOf("Oslo")).toBeLessThan(names.indexOf("Ås"));
    expect(names.at(-1)?.startsWith("Å")).toBe(true);
  });
});
