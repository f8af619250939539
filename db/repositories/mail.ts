import type { Kysely, Transaction } from "kysely";
import type { Database, MailMessage } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

// Sending goes through the notification provider (app/notifications): sendMessage.
export async function listMail(db: Db, limit = 100): Promise<MailMessage[]> {
  return db.selectFrom("mail_outbox").selectAll().orderBy("created_at", "desc").limit(limit).execute();
}
