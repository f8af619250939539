import { overdueCounts } from "../../app/afterhire/rules";
import { todayInOslo } from "../../app/domain/dates";
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { openCheckIns } from "./after-hire";
import { employerOpenClaims } from "./refunds";

/** What is new or waiting in each of an employer's main places (the counts in their navigation). */
export interface EmployerNavCounts {
  /** Candidate proposals waiting for the employer's answer. */
  proposals: number;
  /** Grant applications the employer must finish or correct (drafts and returned ones). */
  grants: number;
  /** Messages (notifications) the user has not read yet. */
  messages: number;
  /** Check-ins with the people hired through the portal that are past their date and not done. */
  employees: number;
  /** Refund claims the employer can send now (open, or sent back by NAV). */
  refunds: number;
}

export async function employerNavCounts(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<EmployerNavCounts> {
  const today = todayInOslo();
  const [proposals, grants, messages, employees, refunds] = await Promise.all([
    db
      .selectFrom("proposals")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("organisation_id", "=", organisationId)
      .where("status", "=", "proposed")
      .executeTakeFirst(),
    db
      .selectFrom("grant_applications")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("organisation_id", "=", organisationId)
      .where("status", "in", ["draft", "returned"])
      .executeTakeFirst(),
    db
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("user_id", "=", userId)
      .where("read_at", "is", null)
      .executeTakeFirst(),
    openCheckIns(db, { organisationId }),
    employerOpenClaims(db, organisationId),
  ]);
  return {
    proposals: Number(proposals?.n ?? 0),
    grants: Number(grants?.n ?? 0),
    messages: Number(messages?.n ?? 0),
    // The same rule and query as the list of hires counts per person.
    employees: [...overdueCounts(employees, today).values()].reduce((sum, n) => sum + n, 0),
    refunds,
  };
}
