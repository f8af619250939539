// The privacy guard (app/domain/privacy.ts) applied to a conversation message. A fødselsnummer or
// D-nummer is never sent. Before the candidate has consented to share their identity with the
// employer, their name is refused, and a phone number or e-mail address is sent only when the
// writer confirms it is their own (a specialist's or employer's contact details are fine).
import { findIdentifyingText } from "~/domain/privacy";
import * as texts from "~/texts";

export type MessageCheck = { ok: true } | { ok: false; message: string; confirmable: boolean };

export function checkMessage(
  body: string,
  input: { candidateNames: string[]; identityShared: boolean; confirmed: boolean },
): MessageCheck {
  const findings = findIdentifyingText(body, input.candidateNames);
  const never = findings.find((f) => f.kind === "fnr" || f.kind === "dnr");
  if (never) return { ok: false, message: never.message, confirmable: false };
  if (input.identityShared) return { ok: true };
  if (findings.some((f) => f.kind === "name"))
    return { ok: false, message: texts.conversation.nameBeforeConsent, confirmable: false };
  const contact = findings.find((f) => f.kind === "phone" || f.kind === "email");
  if (contact && !input.confirmed)
    return { ok: false, message: `${contact.message} ${texts.conversation.confirmHint}`, confirmable: true };
  return { ok: true };
}
