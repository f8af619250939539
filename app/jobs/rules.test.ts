import { describe, expect, it } from "vitest";
import {
  allSlots,
  canChangeJobStatus,
  jobSummaryOf,
  daysCovered,
  isSlot,
  normaliseSlots,
  parseHours,
  positionPercent,
  scheduleCapacity,
  scheduleSummary,
  slotParts,
  slotsNeeded,
  sumHours,
  timesCovered,
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

describe("job slots and status changes", () => {
  it("knows the 21 slots of a week and refuses anything else a form could post", () => {
    expect(allSlots).toHaveLength(21);
    expect(allSlots[0]).toBe("mon:morning");
    expect(allSlots[20]).toBe("sun:evening");
    expect(isSlot("sat:evening")).toBe(true);
    expect(isSlot("sun:night")).toBe(false);
    expect(isSlot("mon")).toBe(false);
    expect(isSlot("")).toBe(false);
  });

  it("splits a slot into its day and time of day", () => {
    expect(slotParts("thu:evening")).toEqual({ day: "thu", time: "evening" });
  });

  it("lists the times of day covered in the order morning, day, evening", () => {
    expect(timesCovered(["sat:evening", "mon:morning", "tue:evening", "bad:day"])).toEqual(["morning", "evening"]);
    expect(timesCovered([])).toEqual([]);
    expect(daysCovered(["sun:day", "bad:day"])).toEqual(["sun"]);
  });

  it("fits hours up to exactly the capacity of the chosen slots, and no hours without slots", () => {
    const one = scheduleSummary(7.5, ["tue:day", "tue:day"]);
    expect(one).toMatchObject({ hours: 7.5, slots: ["tue:day"], capacity: 7.5, fits: true });
    expect(scheduleSummary(7.6, ["tue:day"]).fits).toBe(false);
    expect(scheduleSummary(0, []).fits).toBe(false);
    expect(slotsNeeded(7.5)).toBe(1);
    expect(slotsNeeded(7.6)).toBe(2);
  });

  it("reads numbers as they are, refuses blanks and other types, and keeps one decimal in sums", () => {
    expect(parseHours(12.5)).toBe(12.5);
    expect(parseHours("   ")).toBeUndefined();
    expect(parseHours(undefined)).toBeUndefined();
    expect(parseHours(null)).toBeUndefined();
    expect(parseHours(" 7.5 ")).toBe(7.5);
    expect(parseHours("Infinity")).toBeUndefined();
    expect(sumHours([])).toBe(0);
    expect(sumHours([1.25, 1.21])).toBe(2.5);
    expect(positionPercent(1)).toBe(2.7);
  });

  it("lets an employer publish a draft, fill and reopen an open job, and close any job but a closed one", () => {
    expect(canChangeJobStatus("draft", "open")).toBe(true);
    expect(canChangeJobStatus("draft", "closed")).toBe(true);
    expect(canChangeJobStatus("draft", "filled")).toBe(false);
    expect(canChangeJobStatus("open", "filled")).toBe(true);
    expect(canChangeJobStatus("open", "closed")).toBe(true);
    expect(canChangeJobStatus("open", "draft")).toBe(false);
    expect(canChangeJobStatus("filled", "open")).toBe(true);
    expect(canChangeJobStatus("filled", "closed")).toBe(true);
    expect(canChangeJobStatus("filled", "draft")).toBe(false);
    for (const to of ["draft", "open", "filled", "closed"] as const) {
      expect(canChangeJobStatus("closed", to)).toBe(false);
    }
  });
});

describe("jobSummaryOf: the live summary of a job being carved", () => {
  const tasks = [
    { id: "a", hours: 6, slots: ["mon:morning", "wed:morning"] },
    { id: "b", hours: 4.5, slots: ["wed:morning", "fri:day"] },
    { id: "c", hours: 20, slots: ["tue:day"] },
  ];

  it("while tasks are chosen: their sum and their days, once each, whatever else the form holds", () => {
    expect(jobSummaryOf({ taskIds: ["a", "b"], hoursPerWeek: "15", slots: ["sat:day"] }, tasks, true)).toEqual({
      hours: 10.5,
      slots: ["mon:morning", "wed:morning", "fri:day"],
    });
  });

  it("after that: the hours and days as typed and checked, none checked being none", () => {
    expect(jobSummaryOf({ taskIds: ["a", "b"], hoursPerWeek: "7,5", slots: ["tue:day"] }, tasks, false)).toEqual({
      hours: 7.5,
      slots: ["tue:day"],
    });
    expect(jobSummaryOf({ taskIds: ["a"], hoursPerWeek: "15", slots: [] }, tasks, false)).toEqual({
      hours: 15,
      slots: [],
    });
  });

  it("with the hours field empty, the chosen tasks' sum; with no days field, their days", () => {
    expect(jobSummaryOf({ taskIds: ["a", "c"], hoursPerWeek: " " }, tasks, false)).toEqual({
      hours: 26,
      slots: ["mon:morning", "wed:morning", "tue:day"],
    });
  });

  it("nothing chosen and nothing typed: no hours; a task the list does not hold counts for nothing", () => {
    expect(jobSummaryOf({ taskIds: ["gone"], hoursPerWeek: "" }, tasks, false)).toEqual({
      hours: undefined,
      slots: [],
    });
    expect(jobSummaryOf({}, tasks, true)).toEqual({ hours: undefined, slots: [] });
  });
});
