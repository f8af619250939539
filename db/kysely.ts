import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

// Return timestamps as Date and bigint counts as numbers (our counts fit easily).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
// Dates (no time) stay "YYYY-MM-DD" strings: turning them into a Date would shift them by time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DbOptions {
  max?: number;
  /** Called when an idle client errors (e.g. the server was stopped); without a listener node would crash. */
  onPoolError?: (error: Error) => void;
  /** Role every connection takes on at start (`-c role=…`, i.e. SET ROLE), see db/roles.ts. */
  role?: string;
}

export function createDb(connectionString: string, options: DbOptions = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(options.role ? { options: `-c role=${options.role}` } : {}),
  });
  pool.on("error", options.onPoolError ?? ((error) => console.error(`PostgreSQL pool error: ${error.message}`)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
