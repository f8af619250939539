import { describe, expect, it } from "vitest";
import { allowedMoves, checkMove, isOverdue, planFollowUps, stageAfter } from "./pipeline";

describe("the match pipeline", () => {
  it("lets the employer answer a proposal, and only the employer", () => {
    expect(allowedMoves("proposed", "employer")).toEqual(["interested", "declined"]);
    expect(checkMove("proposed", "interested", "specialist")).toEqual({ ok: false, reason: "wrong-actor" });
    expect(allowedMoves("proposed", "specialist")).toEqual(["withdrawn"]);
  });

  it("goes meeting → work trial → hired, and refuses skipping back or forth illegally", () => {
    expect(checkMove("interested", "meeting", "specialist")).toEqual({ ok: true });
    expect(checkMove("meeting", "work_trial", "specialist")).toEqual({ ok: true });
    expect(checkMove("work_trial", "hired", "specialist")).toEqual({ ok: true });
    expect(checkMove("proposed", "hired", "specialist")).toEqual({ ok: false, reason: "not-allowed" });
    expect(checkMove("hired", "work_trial", "specialist")).toEqual({ ok: false, reason: "not-allowed" });
    expect(checkMove("declined", "interested", "employer")).toEqual({ ok: false, reason: "not-allowed" });
    expect(allowedMoves("ended", "specialist")).toEqual([]);
  });

  it("raises the EUSE stage to 4 on a proposal and 5 from work trial, never lowering it", () => {
    expect(stageAfter("proposed", 2)).toBe(4);
    expect(stageAfter("work_trial", 4)).toBe(5);
    expect(stageAfter("hired", 3)).toBe(5);
    expect(stageAfter("proposed", 5)).toBe(5);
    expect(stageAfter("ended", 5)).toBe(5);
  });

  it("plans follow-up at the workplace and outside it, counted from the start date", () => {
    const plan = planFollowUps("2027-01-04");
    expect(plan[0]).toEqual({ dueDate: "2027-01-11", withWhom: "both", place: "workplace" });
    expect(plan.some((p) => p.place === "outside")).toBe(true);
    expect(plan.filter((p) => p.place === "workplace").length).toBeGreaterThanOrEqual(3);
    expect(plan.at(-1)?.dueDate).toBe("2027-07-05");
  });

  it("flags a follow-up as overdue only when its date has passed and it is not done", () => {
    expect(isOverdue("2027-01-10", null, "2027-01-11")).toBe(true);
    expect(isOverdue("2027-01-11", null, "2027-01-11")).toBe(false);
    expect(isOverdue("2027-01-10", new Date(), "2027-01-11")).toBe(false);
  });
});
