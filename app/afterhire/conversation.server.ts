// The conversation pages' shared action: one message, checked with zod and the privacy guard.
// Bad input answers 400 at the field with the text kept; nothing is written.
import { data } from "@remix-run/node";
import { z } from "zod";
import type { SessionUser } from "~/auth/session.server";
import { echoValues } from "~/forms/echo";
import { readForm } from "~/forms/read-form.server";
import * as texts from "~/texts";
import { sendMessage } from "./hires.server";

const t = texts.conversation;

const messageSchema = z.object({
  body: z.string({ message: t.messageRequired }).trim().min(1, t.messageRequired).max(2000, t.messageTooLong),
  confirm: z.literal("on").optional().catch(undefined),
});

export async function postMessage(
  request: Request,
  user: SessionUser,
  role: "employer" | "specialist",
  conversation: Parameters<typeof sendMessage>[2],
) {
  const form = Object.fromEntries(await readForm(request));
  // Kept in the field on an error, no longer than a message may be.
  const body = echoValues(form, messageSchema).body ?? "";
  const invalid = (message: string, confirmable = false) =>
    data({ sent: false, error: message, confirmable, body }, { status: 400 });
  const parsed = messageSchema.safeParse(form);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors.body?.[0] ?? t.messageRequired);
  const result = await sendMessage(
    user,
    role,
    conversation,
    parsed.data.body,
    parsed.data.confirm === "on",
    new URL(request.url).origin,
  );
  if (!result.ok) return invalid(result.message, result.confirmable);
  return data({ sent: true, error: null, confirmable: false, body: "" });
}

/**
 * Where a conversation's back-link goes: the hire's page once the proposal became a hire (it has a
 * start date, in work or ended since), else the proposal's page, also for a proposal that ended
 * before any hire (there is no hire page for it).
 */
export function conversationBack(
  conversation: { status: string; hire_start: string | null },
  hrefs: { hire: string; proposal: string },
) {
  return conversation.hire_start !== null && (conversation.status === "hired" || conversation.status === "ended")
    ? { href: hrefs.hire, text: t.hireLink }
    : { href: hrefs.proposal, text: t.proposalLink };
}
