// Frozen in time: never import application code from a migration.
// Registration requests are throttled like sign-ins (issue #19): each request sends a mail, so
// one address asking again and again waits longer and longer. One row per request, kept only as
// long as the throttle looks back (the app deletes older rows as it records new ones).
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("registration_attempts")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("registration_attempts_email")
    .on("registration_attempts")
    .columns(["email", "at"])
    .execute();
  await db.schema.createIndex("registration_attempts_ip").on("registration_attempts").columns(["ip", "at"]).execute();
  await db.schema.createIndex("registration_attempts_at").on("registration_attempts").column("at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("registration_attempts").execute();
}
