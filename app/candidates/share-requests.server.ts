import { formatDate } from "~/format";
import type { ShareRequest } from "../../db/schema";
import { shareRequestState } from "./share-request-rules";

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
