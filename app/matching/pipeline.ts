// The life of a match, as plain rules: who may move a proposal from which status to which, what
// each move needs, and what it does to the candidate's EUSE stage. The repository enforces these
// in a transaction; the pages use them to offer only the moves that are allowed.
import { addDays } from "../grants/periods";

export type ProposalStatus =
  | "proposed"
  | "interested"
  | "declined"
  | "withdrawn"
  | "meeting"
  | "work_trial"
  | "hired"
  | "ended";
/** Who asks to move a match. Candidates see their matches but never move them. */
export type Actor = "employer" | "specialist" | "candidate";

interface Move {
  to: ProposalStatus;
  by: Actor[];
}

const moves: Record<ProposalStatus, Move[]> = {
  proposed: [
    { to: "interested", by: ["employer"] },
    { to: "declined", by: ["employer"] },
    { to: "withdrawn", by: ["specialist"] },
  ],
  interested: [
    { to: "meeting", by: ["specialist", "employer"] },
    { to: "ended", by: ["specialist", "employer"] },
  ],
  meeting: [
    { to: "work_trial", by: ["specialist"] },
    { to: "hired", by: ["specialist"] },
    { to: "ended", by: ["specialist", "employer"] },
  ],
  work_trial: [
    { to: "hired", by: ["specialist"] },
    { to: "ended", by: ["specialist", "employer"] },
  ],
  hired: [{ to: "ended", by: ["specialist", "employer"] }],
  declined: [],
  withdrawn: [],
  ended: [],
};

export const openStatuses: ProposalStatus[] = ["proposed", "interested", "meeting", "work_trial"];
export const finalStatuses: ProposalStatus[] = ["declined", "withdrawn", "ended"];

export function allowedMoves(from: ProposalStatus, actor: Actor): ProposalStatus[] {
  return moves[from].filter((m) => m.by.includes(actor)).map((m) => m.to);
}

export type MoveCheck = { ok: true } | { ok: false; reason: "not-allowed" | "wrong-actor" };

export function checkMove(from: ProposalStatus, to: ProposalStatus, actor: Actor): MoveCheck {
  const move = moves[from].find((m) => m.to === to);
  if (!move) return { ok: false, reason: "not-allowed" };
  if (!move.by.includes(actor)) return { ok: false, reason: "wrong-actor" };
  return { ok: true };
}

/** The EUSE stage a candidate reaches with a move (never lowered by it): 4 when proposed, 5 from work trial on. */
export function stageAfter(status: ProposalStatus, current: number): number {
  const target = status === "proposed" ? 4 : status === "work_trial" || status === "hired" ? 5 : current;
  return Math.max(current, target);
}

export interface PlannedFollowUp {
  afterDays: number;
  withWhom: "candidate" | "employer" | "both";
  place: "workplace" | "outside";
}

/**
 * The follow-up plan after hire: close at first, then spaced out, at the workplace and outside it,
 * with the candidate and with the employer (the research found workplace follow-up neglected).
 */
export const followUpPlan: PlannedFollowUp[] = [
  { afterDays: 7, withWhom: "both", place: "workplace" },
  { afterDays: 14, withWhom: "candidate", place: "outside" },
  { afterDays: 28, withWhom: "employer", place: "workplace" },
  { afterDays: 56, withWhom: "candidate", place: "outside" },
  { afterDays: 91, withWhom: "both", place: "workplace" },
  { afterDays: 182, withWhom: "both", place: "workplace" },
];

/** Date arithmetic is the grants' (app/grants/periods.ts); re-exported for the plan's callers. */
export { addDays };

export function planFollowUps(
  start: string,
): Array<{ dueDate: string; withWhom: PlannedFollowUp["withWhom"]; place: PlannedFollowUp["place"] }> {
  return followUpPlan.map((p) => ({ dueDate: addDays(start, p.afterDays), withWhom: p.withWhom, place: p.place }));
}

export function isOverdue(dueDate: string, doneAt: unknown, today: string): boolean {
  return !doneAt && dueDate < today;
}
