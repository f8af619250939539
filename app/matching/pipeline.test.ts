import { describe, expect, it } from "vitest";
import {
  type Actor,
  type ProposalStatus,
  addDays,
  allowedMoves,
  checkMove,
  finalStatuses,
  isOverdue,
  openStatuses,
  planFollowUps,
  stageAfter,
} from "./pipeline";

const statuses: ProposalStatus[] = [
  "proposed",
  "interested",
  "declined",
  "withdrawn",
  "meeting",
  "work_trial",
  "hired",
  "ended",
];
const actors: Actor[] = ["employer", "specialist", "candidate"];

// Who may move a match from a status (row) to a status (column), written out by hand from
// docs/domain.md ("Who moves a match"): E = the employer, S = the job specialist, ES = either,
// - = nobody. The candidate is never in a cell: candidates do not move matches.
// biome-ignore format: the table is easier to check as a table
const expected: Record<ProposalStatus, string[]> = {
  //            proposed interested declined withdrawn meeting work_trial hired  ended
  proposed:   [ "-",     "E",       "E",     "S",      "-",    "-",       "-",   "-"  ],
  interested: [ "-",     "-",       "-",     "-",      "ES",   "-",       "-",   "ES" ],
  declined:   [ "-",     "-",       "-",     "-",      "-",    "-",       "-",   "-"  ],
  withdrawn:  [ "-",     "-",       "-",     "-",      "-",    "-",       "-",   "-"  ],
  meeting:    [ "-",     "-",       "-",     "-",      "-",    "S",       "S",   "ES" ],
  work_trial: [ "-",     "-",       "-",     "-",      "-",    "-",       "S",   "ES" ],
  hired:      [ "-",     "-",       "-",     "-",      "-",    "-",       "-",   "ES" ],
  ended:      [ "-",     "-",       "-",     "-",      "-",    "-",       "-",   "-"  ],
};
const letter: Record<Actor, string> = { employer: "E", specialist: "S", candidate: "C" };

describe("the full move matrix: every (from, to, actor), 8 × 8 × 3", () => {
  const cases = statuses.flatMap((from) =>
    statuses.flatMap((to, column) =>
      actors.map((actor) => ({ from, to, actor, cell: expected[from][column] as string })),
    ),
  );

  it("has a cell for every combination", () => {
    expect(cases).toHaveLength(8 * 8 * 3);
  });

  it.each(cases)("$from → $to by $actor: $cell", ({ from, to, actor, cell }) => {
    const verdict = checkMove(from, to, actor);
    if (cell.includes(letter[actor])) expect(verdict).toEqual({ ok: true });
    else if (cell === "-") expect(verdict).toEqual({ ok: false, reason: "not-allowed" });
    else expect(verdict).toEqual({ ok: false, reason: "wrong-actor" });
  });

  it.each(statuses.flatMap((from) => actors.map((actor) => ({ from, actor }))))(
    "offers $actor from $from exactly the moves the table allows, in the table's order",
    ({ from, actor }) => {
      const offered = statuses.filter((_, column) => expected[from][column]?.includes(letter[actor]));
      expect(allowedMoves(from, actor)).toEqual(offered);
    },
  );

  it("never lets an employer record a hire, and always lets an employer end a live match", () => {
    for (const from of statuses) expect(checkMove(from, "hired", "employer").ok).toBe(false);
    for (const from of ["interested", "meeting", "work_trial", "hired"] as const)
      expect(checkMove(from, "ended", "employer")).toEqual({ ok: true });
  });

  it("never lets a candidate move anything", () => {
    for (const from of statuses) expect(allowedMoves(from, "candidate")).toEqual([]);
  });

  it("names the open and the final statuses: final ones have no way out", () => {
    expect(openStatuses).toEqual(["proposed", "interested", "meeting", "work_trial"]);
    expect(finalStatuses).toEqual(["declined", "withdrawn", "ended"]);
    for (const status of finalStatuses) for (const actor of actors) expect(allowedMoves(status, actor)).toEqual([]);
  });
});

describe("the EUSE stage a move reaches", () => {
  // Stage 4 (job finding) when proposed, 5 (on-the-job support) at work trial and hire; a move
  // never lowers the stage, and meeting, interest or an ending leave it as it was.
  const raisesTo: Record<ProposalStatus, number | null> = {
    proposed: 4,
    interested: null,
    declined: null,
    withdrawn: null,
    meeting: null,
    work_trial: 5,
    hired: 5,
    ended: null,
  };
  it.each(statuses.flatMap((status) => [1, 2, 3, 4, 5].map((current) => ({ status, current }))))(
    "$status from stage $current",
    ({ status, current }) => {
      const target = raisesTo[status];
      expect(stageAfter(status, current)).toBe(target === null ? current : Math.max(current, target));
    },
  );

  it("does not reach stage 5 at a meeting", () => {
    expect(stageAfter("meeting", 4)).toBe(4);
    expect(stageAfter("interested", 4)).toBe(4);
  });
});

describe("the follow-up plan after hire", () => {
  it("plans six contacts at the workplace and outside it, counted from the start date", () => {
    expect(planFollowUps("2027-01-04")).toEqual([
      { dueDate: "2027-01-11", withWhom: "both", place: "workplace" },
      { dueDate: "2027-01-18", withWhom: "candidate", place: "outside" },
      { dueDate: "2027-02-01", withWhom: "employer", place: "workplace" },
      { dueDate: "2027-03-01", withWhom: "candidate", place: "outside" },
      { dueDate: "2027-04-05", withWhom: "both", place: "workplace" },
      { dueDate: "2027-07-05", withWhom: "both", place: "workplace" },
    ]);
  });

  it("counts days across month ends, year ends and 29 February", () => {
    expect(addDays("2027-12-25", 7)).toBe("2028-01-01");
    expect(addDays("2028-02-22", 7)).toBe("2028-02-29");
    expect(addDays("2027-02-22", 7)).toBe("2027-03-01");
    expect(addDays("2027-03-31", 0)).toBe("2027-03-31");
  });

  it("flags a follow-up as overdue only when its date has passed and it is not done", () => {
    expect(isOverdue("2027-01-10", null, "2027-01-11")).toBe(true);
    expect(isOverdue("2027-01-11", null, "2027-01-11")).toBe(false);
    expect(isOverdue("2027-01-12", null, "2027-01-11")).toBe(false);
    expect(isOverdue("2027-01-10", new Date(), "2027-01-11")).toBe(false);
    expect(isOverdue("2026-12-31", undefined, "2027-01-01")).toBe(true);
  });
});
