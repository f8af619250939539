// Share requests as plain rules: the default deadline, and what state a request is in at a time
// (a pending request past its deadline is expired, whether or not the job has marked it yet).
import type { ShareRequestStatus } from "../../db/schema";
import { type ProposalStatus, finalStatuses } from "../matching/pipeline";

export const SHARE_REQUEST_DAYS = 7;
export const MIN_SHARE_REQUEST_DAYS = 1;
export const MAX_SHARE_REQUEST_DAYS = 30;

/** What an employer learns when the candidate says yes. */
export const sharedFields = ["name", "phone", "email"] as const;

export function shareDeadline(now: Date, days: number = SHARE_REQUEST_DAYS): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

export function shareRequestState(
  request: { status: ShareRequestStatus; deadline: Date | string },
  now: Date,
): ShareRequestStatus {
  if (request.status !== "pending") return request.status;
  return new Date(request.deadline).getTime() <= now.getTime() ? "expired" : "pending";
}

/** Only a pending request before its deadline can be answered. */
export function canAnswer(request: { status: ShareRequestStatus; deadline: Date | string }, now: Date): boolean {
  return shareRequestState(request, now) === "pending";
}

export type AnswerRefusal = "closed" | "too-late";

/**
 * Why a request cannot be answered now, or null when it can. Once its proposal has closed
 * (declined, withdrawn, ended) a request can never be answered: the employer has said no, or the
 * match is over. Otherwise only a pending request before its deadline can be.
 */
export function answerRefusal(
  request: { status: ShareRequestStatus; deadline: Date | string },
  proposalStatus: ProposalStatus,
  now: Date,
): AnswerRefusal | null {
  if (request.status === "closed" || (request.status === "pending" && finalStatuses.includes(proposalStatus)))
    return "closed";
  return canAnswer(request, now) ? null : "too-late";
}
