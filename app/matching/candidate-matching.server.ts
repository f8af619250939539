// What the candidate's page shows of brokering: EUSE stage and its history, proposals, and the
// follow-up plan after hire (next contact, overdue ones, temporary employment since when).
import { todayInOslo } from "~/domain/dates";
import { getDb } from "~/services.server";
import { listCandidateProposals, listFollowUps, listStageEvents } from "../../db/repositories/matching";
import { isOverdue } from "./pipeline";

export async function loadCandidateMatching(candidateId: string, stage: number) {
  const db = getDb();
  const today = todayInOslo();
  const [events, followUps, proposals] = await Promise.all([
    listStageEvents(db, candidateId),
    listFollowUps(db, candidateId),
    listCandidateProposals(db, candidateId),
  ]);
  const plan = followUps.map((f) => ({
    id: f.id,
    dueDate: f.due_date,
    withWhom: f.with_whom,
    place: f.place,
    done: Boolean(f.done_at),
    overdue: isOverdue(f.due_date, f.done_at, today),
  }));
  const temporary = proposals.find((p) => p.status === "hired" && p.hire_form === "temporary");
  return {
    stage,
    stageHistory: events.map((e) => ({
      from: e.from_stage,
      to: e.to_stage,
      reason: e.reason,
      at: e.at.toISOString(),
      by: e.by_name,
    })),
    followUps: plan,
    nextFollowUp: plan.find((f) => !f.done) ?? null,
    temporarySince: temporary?.hire_start ?? null,
    proposals: proposals.map((p) => ({
      id: p.id,
      job: p.job_title,
      organisation: p.organisation_name,
      status: p.status,
      score: p.fit_score,
    })),
  };
}

export type CandidateMatching = Awaited<ReturnType<typeof loadCandidateMatching>>;
