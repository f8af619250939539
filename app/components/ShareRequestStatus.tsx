import { BodyShort, Tag } from "@navikt/ds-react";
import type { ShareRequestView } from "~/candidates/share-requests.server";
import * as texts from "~/texts";

const t = texts.sharing;
const variants = {
  pending: "warning",
  accepted: "success",
  declined: "neutral",
  expired: "neutral",
  closed: "neutral",
} as const;

/** A share request's state, its deadline, and (always) the mark when a specialist answered for the candidate. */
export function ShareRequestStatus({ request }: { request: ShareRequestView }) {
  return (
    <div className="stack">
      <div className="row-actions">
        <Tag size="small" variant={variants[request.state]}>
          {t.state[request.state]}
        </Tag>
        {request.state === "pending" ? <BodyShort size="small">{t.deadline(request.deadline)}</BodyShort> : null}
      </div>
      {request.onBehalfReason ? <BodyShort size="small">{t.onBehalfMark(request.onBehalfReason)}</BodyShort> : null}
    </div>
  );
}
