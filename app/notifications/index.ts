// One way to tell people something: an e-mail channel and an SMS channel behind a provider
// interface. In development and tests (and until a real provider is wired in) both channels
// write to the outbox table, shown at /utvikler/e-post with the SMS apart. Messages to candidates
// carry no detail (no name, employer or job): only that there is something, and a link.
import type { Kysely, Transaction } from "kysely";
import * as texts from "../texts";
import type { Database, NotifyChannel } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

export type Channel = NotifyChannel;
export const channels: readonly Channel[] = ["email", "sms"];

export interface OutgoingMessage {
  /** An e-mail address or a phone number, as the channel wants it. */
  to: string;
  subject: string;
  body: string;
  /** At most one message per key, however often it is sent (reminders, warnings). */
  dedupeKey?: string;
}

export interface NotificationProvider {
  /** Sends (or queues) one message; false when the key was already used. */
  send(db: Db, channel: Channel, message: OutgoingMessage): Promise<boolean>;
}

/** The outbox: a row per message, for a sender to deliver (and for developers to read). */
export const outboxProvider: NotificationProvider = {
  async send(db, channel, message) {
    const row = await db
      .insertInto("mail_outbox")
      .values({
        to_address: message.to,
        subject: message.subject,
        body: message.body,
        channel,
        dedupe_key: message.dedupeKey ?? null,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .returning("id")
      .executeTakeFirst();
    return Boolean(row);
  },
};

let provider: NotificationProvider = outboxProvider;

/** Swaps the provider (a real e-mail/SMS gateway in production; the outbox by default). */
export function setNotificationProvider(next: NotificationProvider): void {
  provider = next;
}

export function sendMessage(db: Db, channel: Channel, message: OutgoingMessage): Promise<boolean> {
  return provider.send(db, channel, message);
}

/** Where links in messages point when no request is at hand (the scheduled job). */
export function publicOrigin(): string {
  return process.env.PUBLIC_URL?.replace(/\/$/, "") || `http://localhost:${process.env.PORT || 3000}`;
}

export type CandidateEvent = keyof typeof texts.candidateNotices.subjects;

/** Where a candidate's message goes: the channel they chose, or the other one when that has no address. */
export function candidateAddress(
  chosen: Channel,
  addresses: { phone: string | null; email: string | null },
): { channel: Channel; to: string } | null {
  const order: Channel[] = chosen === "sms" ? ["sms", "email"] : ["email", "sms"];
  for (const channel of order) {
    const to = channel === "sms" ? addresses.phone : addresses.email;
    if (to) return { channel, to };
  }
  return null;
}

/**
 * Tells a candidate that something happened, on their channel and in the portal, with a link and
 * nothing else (a subject given in options must say no more than those in texts.candidateNotices).
 * Anonymised candidates are never contacted. Returns the channel used, if any.
 */
export async function notifyCandidate(
  db: Db,
  candidateId: string,
  event: CandidateEvent,
  options: { origin?: string; dedupeKey?: string; subject?: string } = {},
): Promise<Channel | null> {
  const row = await db
    .selectFrom("candidates as c")
    .innerJoin("candidate_identities as i", "i.candidate_id", "c.id")
    .leftJoin("users as u", "u.id", "c.user_id")
    .select(["c.notify_channel", "c.user_id", "c.anonymised_at", "i.phone", "i.email", "u.email as user_email"])
    .where("c.id", "=", candidateId)
    .executeTakeFirst();
  if (!row || row.anonymised_at) return null;
  const subject = options.subject ?? texts.candidateNotices.subjects[event];
  const link = `${options.origin ?? publicOrigin()}/kandidat`;
  if (row.user_id) {
    await db
      .insertInto("notifications")
      .values({
        user_id: row.user_id,
        kind: `candidate.${event}`,
        text: subject,
        link: "/kandidat",
        dedupe_key: options.dedupeKey ? `${options.dedupeKey}:${row.user_id}` : null,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .execute();
  }
  const address = candidateAddress(row.notify_channel, { phone: row.phone, email: row.email ?? row.user_email });
  if (!address) return null;
  const sent = await sendMessage(db, address.channel, {
    to: address.to,
    subject,
    body: texts.candidateNotices.body(subject, link),
    dedupeKey: options.dedupeKey,
  });
  return sent ? address.channel : null;
}
