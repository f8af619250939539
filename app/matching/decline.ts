// The loop after a no: the reasons an employer can give, and the kind message the candidate reads
// for each. The candidate never sees the employer's own words, only the message for the reason.
import * as texts from "~/texts";

export const declineReasons = ["no-capacity", "hours-dont-fit", "tasks-changed", "filled", "other"] as const;
export type DeclineReason = (typeof declineReasons)[number];

export function isDeclineReason(value: unknown): value is DeclineReason {
  return typeof value === "string" && (declineReasons as readonly string[]).includes(value);
}

/** The candidate's message for an employer's reason; an unknown or missing reason gets the general one. */
export function candidateMessageFor(reason: string | null | undefined): string {
  return texts.declines.messages[isDeclineReason(reason) ? reason : "other"];
}
