// Frozen in time: never import application code from a migration.
// Registration waits for the e-mail to be confirmed: the form's answer is the same whether the
// address has an account or not (no enumeration), and the account is made from this row when
// the link in the mail is followed and a password chosen there (so nobody can set up an account
// with someone else's address and a password of their own). Only the token's SHA-256 is stored.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("registration_requests")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("org_number", "text", (c) => c.notNull())
    .addColumn("org_name", "text")
    .addColumn("address", "text")
    .addColumn("municipality_number", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("completed_at", "timestamptz")
    .execute();
  await db.schema.createIndex("registration_requests_email").on("registration_requests").column("email").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("registration_requests").execute();
}
