import { describe, expect, it } from "vitest";
import {
  daysCovered,
  normaliseSlots,
  parseHours,
  positionPercent,
  scheduleCapacity,
  scheduleSummary,
  slotsNeeded,
  sumHours,
} from "./rules";

describe("job carving arithmetic", () => {
  it("sizes a position against a 37.5-hour week", () => {
    expect(positionPercent(37.5)).toBe(100);
    expect(positionPercent(15)).toBe(40);
    expect(positionPercent(7.5)).toBe(20);
    expect(positionPercent(10)).toBe(26.7);
  });

  it("gives each slot room for 7.5 hours, so 3 slots cannot hold a full-time week", () => {
    expect(scheduleCapacity(["mon:day", "tue:day", "wed:day"])).toBe(22.5);
    expect(slotsNeeded(37.5)).toBe(5);
    expect(scheduleSummary(37.5, ["mon:day", "tue:day", "wed:day"]).fits).toBe(false);
    expect(scheduleSummary(22.5, ["mon:day", "tue:day", "wed:day"]).fits).toBe(true);
    expect(scheduleSummary(5, []).fits).toBe(false);
  });

  it("puts slots in calendar order and drops duplicates and unknown values", () => {
    expect(normaliseSlots(["fri:evening", "mon:morning", "mon:morning", "sun:night"])).toEqual([
      "mon:morning",
      "fri:evening",
    ]);
    expect(daysCovered(["wed:day", "mon:morning", "wed:evening"])).toEqual(["mon", "wed"]);
  });

  it("reads hours written the Norwegian way and sums them without float noise", () => {
    expect(parseHours("7,5")).toBe(7.5);
    expect(parseHours(" 12 ")).toBe(12);
    expect(parseHours("")).toBeUndefined();
    expect(parseHours("tolv")).toBeUndefined();
    expect(sumHours([0.1, 0.2, 7.5])).toBe(7.8);
  });

  it("summarises hours, days and position size for the live summary", () => {
    const s = scheduleSummary(15, ["wed:morning", "mon:morning", "fri:morning"]);
    expect(s).toMatchObject({
      days: ["mon", "wed", "fri"],
      times: ["morning"],
      positionPercent: 40,
      capacity: 22.5,
      fits: true,
    });
  });
});
