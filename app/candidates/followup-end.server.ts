// The candidate page's two follow-up actions, kept out of the route: the caller has already checked
// that the user is a specialist of the candidate's office (requireCandidateAccess).
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { type SessionUser, actorOf } from "~/auth/access.server";
import { todayInOslo } from "~/domain/dates";
import { formatDateForField } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { endFollowup, getFollowupState, reopenFollowup } from "../../db/repositories/followup-end";
import { followupEndSchema } from "./followup-end";

export async function loadFollowupEnd(candidateId: string) {
  const state = await getFollowupState(getDb(), candidateId);
  return { endedOn: state?.endedOn ?? null, reason: state?.reason ?? null, today: formatDateForField(todayInOslo()) };
}

/** Handles intent endFollowup / reopenFollowup; undefined for any other intent. */
export async function followupEndAction(form: FormData, user: SessionUser, candidateId: string) {
  const intent = form.get("intent");
  if (intent !== "endFollowup" && intent !== "reopenFollowup") return undefined;
  const page = `/spesialist/kandidater/${candidateId}`;
  if (intent === "reopenFollowup") {
    await reopenFollowup(getDb(), candidateId, actorOf(user));
    return redirect(`${page}?gjenopptatt=1`);
  }
  const state = await getFollowupState(getDb(), candidateId);
  if (!state) throw new Response("Not found", { status: 404 });
  const values = {
    endReason: typeof form.get("endReason") === "string" ? String(form.get("endReason")) : "",
    endedOn: typeof form.get("endedOn") === "string" ? String(form.get("endedOn")) : "",
  };
  const parsed = followupEndSchema(state.startedOn, todayInOslo()).safeParse({
    reason: form.get("endReason") ?? undefined,
    endedOn: form.get("endedOn") ?? undefined,
  });
  if (!parsed.success) {
    const { reason, endedOn } = z.flattenError(parsed.error).fieldErrors;
    return data({ followupErrors: { endReason: reason, endedOn }, followupValues: values }, { status: 400 });
  }
  const done = await endFollowup(getDb(), candidateId, parsed.data, actorOf(user));
  if (!done) {
    return data(
      { followupErrors: { endReason: [texts.followupEnd.alreadyEnded], endedOn: undefined }, followupValues: values },
      { status: 409 },
    );
  }
  return redirect(`${page}?avsluttet=1`);
}
