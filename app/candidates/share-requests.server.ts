import type { AppLoadContext } from "@remix-run/node";
import { type SessionUser, audit } from "~/auth/access.server";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import { ProposalClosedError, answerShareRequest } from "../../db/repositories/sharing";
import type { ShareRequest } from "../../db/schema";
import { type AnswerRefusal, shareRequestState } from "./share-request-rules";

export interface ShareRequestView {
  id: string;
  state: ShareRequest["status"];
  deadline: string;
  answeredAt: string | null;
  /** Set when a specialist answered for the candidate: shown wherever the answer shows. */
  onBehalfReason: string | null;
}

export function shareRequestView(
  request: Pick<ShareRequest, "id" | "status" | "deadline" | "answered_at" | "on_behalf_reason"> | undefined,
  now = new Date(),
): ShareRequestView | null {
  if (!request) return null;
  return {
    id: request.id,
    state: shareRequestState(request, now),
    deadline: formatDate(request.deadline),
    answeredAt: request.answered_at ? formatDate(request.answered_at) : null,
    onBehalfReason: request.on_behalf_reason,
  };
}

/**
 * Answers a share request, as the candidate or (with a reason) a specialist on their behalf, and
 * audit-logs the answer. A request of another candidate, past its deadline or already answered is
 * "too-late"; one whose proposal has closed is "closed".
 */
export async function answerShareRequestAs(
  context: AppLoadContext,
  user: SessionUser,
  input: { requestId: string; candidateId: string; accept: boolean; onBehalfReason?: string; origin: string },
): Promise<{ ok: true; request: ShareRequest } | { ok: false; refusal: AnswerRefusal }> {
  let answered: ShareRequest | undefined;
  try {
    answered = await answerShareRequest(getDb(), { ...input, answeredBy: user.id });
  } catch (error) {
    if (error instanceof ProposalClosedError) return { ok: false, refusal: "closed" };
    throw error;
  }
  if (!answered) return { ok: false, refusal: "too-late" };
  await audit(context, user, {
    action: "consent.changed",
    subjectType: "candidate",
    subjectId: input.candidateId,
    organisationId: answered.organisation_id,
    details: {
      scope: "identity_share",
      change: input.accept ? "given" : "refused",
      ...(input.onBehalfReason ? { onBehalf: true, reason: input.onBehalfReason } : {}),
      shareRequestId: answered.id,
    },
  });
  return { ok: true, request: answered };
}
