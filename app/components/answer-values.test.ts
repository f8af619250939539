import { describe, expect, it } from "vitest";
import { answerValue } from "./answer-values";

// Intl writes no-break spaces: compare with plain ones.
const shown = (name: string, value: string) => answerValue(name, value).replace(/\u00a0/g, " ");

describe("a grant application's answers on its summary", () => {
  it("shows money as '48 750 kr' however it was typed", () => {
    expect(shown("payAmount", "48750")).toBe("48 750 kr");
    expect(shown("payAmount", "48 750")).toBe("48 750 kr");
    expect(shown("monthlyWage", "32000,5")).toBe("32 000,5 kr");
  });

  it("shows percentages as '10,2 %'", () => {
    expect(shown("holidayPayPercent", "10.2")).toBe("10,2 %");
    expect(shown("otpPercent", "2")).toBe("2 %");
    expect(shown("positionPercent", "50,5")).toBe("50,5 %");
  });

  it("names the zone, groups the account number and writes dates in words", () => {
    expect(shown("taxZone", "1a")).toBe("Sone 1a");
    expect(shown("accountNumber", "12345678903")).toBe("1234 56 78903");
    expect(shown("startDate", "2027-01-13")).toBe("13. jan. 2027");
  });

  it("answers yes and no in words, and leaves free text and unreadable numbers as typed", () => {
    expect(shown("familyTie", "no")).toBe("Nei");
    expect(shown("mentorName", "Tor Hansen")).toBe("Tor Hansen");
    expect(shown("payAmount", "mange")).toBe("mange");
  });
});
