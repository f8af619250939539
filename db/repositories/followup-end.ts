// A person's follow-up ended by the specialist, and reopened: the change and its audit row in one
// transaction, so neither is written without the other.
import type { Kysely, Transaction } from "kysely";
import type { Database, FollowupEndReason } from "../schema";
import { type AuditActor, appendAudit } from "./audit";

export interface FollowupState {
  startedOn: string;
  endedOn: string | null;
  reason: FollowupEndReason | null;
}

export async function getFollowupState(db: Kysely<Database>, candidateId: string): Promise<FollowupState | undefined> {
  const row = await db
    .selectFrom("candidates")
    .select(["started_on", "followup_ended_on", "followup_end_reason"])
    .where("id", "=", candidateId)
    .executeTakeFirst();
  return row && { startedOn: row.started_on, endedOn: row.followup_ended_on, reason: row.followup_end_reason };
}

function auditFollowup(
  trx: Transaction<Database>,
  actor: AuditActor,
  action: "candidate.followup_ended" | "candidate.followup_reopened",
  candidateId: string,
  details: { endedOn: string; reason: FollowupEndReason | null },
) {
  return appendAudit(trx, {
    actor,
    action,
    outcome: "allowed",
    subjectType: "candidate",
    subjectId: candidateId,
    details,
  });
}

/** Ends the follow-up unless it has ended already; false when nothing was changed. */
export async function endFollowup(
  db: Kysely<Database>,
  candidateId: string,
  end: { endedOn: string; reason: FollowupEndReason },
  actor: AuditActor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("candidates")
      .set({ followup_ended_on: end.endedOn, followup_end_reason: end.reason })
      .where("id", "=", candidateId)
      .where("followup_ended_on", "is", null)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) return false;
    await auditFollowup(trx, actor, "candidate.followup_ended", candidateId, end);
    return true;
  });
}

/** Reopens an ended follow-up; false when it was not ended. */
export async function reopenFollowup(db: Kysely<Database>, candidateId: string, actor: AuditActor): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("candidates")
      .select(["followup_ended_on", "followup_end_reason"])
      .where("id", "=", candidateId)
      .forUpdate()
      .executeTakeFirst();
    if (!before?.followup_ended_on) return false;
    await trx
      .updateTable("candidates")
      .set({ followup_ended_on: null, followup_end_reason: null })
      .where("id", "=", candidateId)
      .execute();
    await auditFollowup(trx, actor, "candidate.followup_reopened", candidateId, {
      endedOn: before.followup_ended_on,
      reason: before.followup_end_reason,
    });
    return true;
  });
}
