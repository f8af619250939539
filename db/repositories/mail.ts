import type { Kysely, Transaction } from "kysely";
import type { Database, MailMessage } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

/** Mail goes to the outbox table; a sender (not part of this project yet) would deliver it. */
export async function queueMail(db: Db, mail: { to: string; subject: string; body: string }): Promise<void> {
  await db.insertInto("mail_outbox").values({ to_address: mail.to, subject: mail.subject, body: mail.body }).execute();
}

export async function listMail(db: Db, limit = 100): Promise<MailMessage[]> {
  return db.selectFrom("mail_outbox").selectAll().orderBy("created_at", "desc").limit(limit).execute();
}
