import { describe, expect, it } from "vitest";
import { grunnbelopUsed } from "./grunnbelop";

const g2025 = { validFrom: "2025-05-01", amountKr: 130_160 };

describe("which grunnbeløp a date falls under", () => {
  it("uses the G from 1 May until the next 1 May, and 5 G from it", () => {
    expect(grunnbelopUsed("2025-05-01", g2025)).toEqual({
      ...g2025,
      fiveGKr: 650_800,
      current: true,
      missingFrom: null,
    });
    expect(grunnbelopUsed("2026-04-30", g2025)?.current).toBe(true);
  });

  it("says when the G in force (from 1 May 2026) is missing from the table, instead of passing the old one off", () => {
    expect(grunnbelopUsed("2026-05-01", g2025)).toMatchObject({ current: false, missingFrom: "2026-05-01" });
    expect(grunnbelopUsed("2027-02-01", g2025)).toMatchObject({ current: false, missingFrom: "2026-05-01" });
    expect(grunnbelopUsed("2027-06-01", g2025)).toMatchObject({ current: false, missingFrom: "2027-05-01" });
  });

  it("has none before the table starts", () => {
    expect(grunnbelopUsed("2023-04-30", null)).toBeNull();
  });
});
