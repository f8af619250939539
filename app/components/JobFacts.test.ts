import { describe, expect, it } from "vitest";
import { daysInWords } from "./JobFacts";

describe("the days of a schedule in words", () => {
  it("lists separate days", () => {
    expect(daysInWords(["mon:morning", "wed:day", "fri:evening"])).toBe("Mandag, Onsdag, Fredag");
  });

  it("keeps two days in a row as two days", () => {
    expect(daysInWords(["mon:morning", "tue:morning"])).toBe("Mandag, Tirsdag");
  });

  it("joins three or more days in a row into a span, and counts a day once whatever the time", () => {
    expect(daysInWords(["fri:day", "mon:morning", "tue:day", "wed:day", "thu:evening", "mon:evening"])).toBe(
      "Mandag–fredag",
    );
    expect(daysInWords(["mon:day", "tue:day", "wed:day", "sat:day"])).toBe("Mandag–onsdag, Lørdag");
  });

  it("says nothing for an empty schedule", () => {
    expect(daysInWords([])).toBe("");
  });
});
