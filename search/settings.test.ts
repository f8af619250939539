import { describe, expect, it } from "vitest";
import { settingsDiff } from "./settings";

describe("settingsDiff", () => {
  it("is empty when the server has the same lists in another order", () => {
    expect(
      settingsDiff(
        { filterableAttributes: ["a", "b"], synonyms: { x: ["y", "z"] } },
        { filterableAttributes: ["b", "a"], synonyms: { x: ["z", "y"] }, sortableAttributes: [] },
      ),
    ).toEqual({});
  });

  it("returns only what differs, ignoring server defaults for keys we do not declare", () => {
    expect(
      settingsDiff(
        { searchableAttributes: ["title"], typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4 } } },
        {
          searchableAttributes: ["*"],
          typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 }, disableOnWords: [] },
        },
      ),
    ).toEqual({ searchableAttributes: ["title"] });
  });
});
