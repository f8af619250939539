// The outbox worker: graphile-worker jobs (enqueued in the same transaction as each change, see
// db/outbox.ts) are drained into Meilisearch. Each job re-reads the current row, so running a
// job twice or late is harmless; a failure (Meilisearch down) throws and graphile-worker retries
// with exponential backoff. Two workers never take the same job (SKIP LOCKED in graphile-worker).
import { type TaskList, run } from "graphile-worker";
import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import pg from "pg";
import { countyName, municipalityName } from "../db/data/places";
import { quietLogger } from "../db/outbox";
import { startQueueLiveness } from "../db/queue-liveness";
import { type CandidateForIndex, handleExpiredConsents, loadCandidateForIndex } from "../db/repositories/candidates";
import type { Database } from "../db/schema";
import { type JobForIndex, loadJobForIndex, loadTaskForIndex } from "../db/repositories/jobs";
import { remindOverdueCheckIns } from "../db/repositories/after-hire";
import { remindDueFollowUps } from "../db/repositories/matching";
import { runRetention } from "../db/repositories/retention";
import { expireShareRequests } from "../db/repositories/sharing";
import { runRefundDeadlines } from "../db/repositories/refunds";
import { todayInOslo } from "../app/domain/dates";
import { daysCovered, positionPercent, timesCovered } from "../app/jobs/rules";
import * as texts from "../app/texts";
import {
  type CandidateDocument,
  type JobDocument,
  IdentifyingTextError,
  ageBand,
  assertNothingIdentifying,
  candidateDocumentSchema,
  dateNumber,
  jobDocumentId,
  jobDocumentSchema,
} from "./documents";
import { candidateIndex, indexUid, jobIndex } from "./indexes";

/** The candidate's document; throws IdentifyingTextError when its free text fails the privacy guard. */
export function buildCandidateDocument(c: CandidateForIndex, now: Date): CandidateDocument {
  const p = c.profile;
  const facilitation = Object.entries(p.facilitation ?? {}).flatMap(([group, values]) =>
    (values as string[]).map((v) => `${group}:${v}`),
  );
  const document = candidateDocumentSchema.parse({
    id: c.id,
    code: c.code,
    officeId: c.officeId,
    interests: p.interests,
    strengths: p.strengths,
    tags: p.tags,
    summary: p.summary,
    hoursMin: p.hours_min,
    hoursMax: p.hours_max,
    weekdays: p.weekdays,
    timesOfDay: p.times_of_day,
    municipalityNumber: p.municipality_number,
    municipalityName: municipalityName(p.municipality_number),
    reachableMunicipalities: [p.municipality_number, ...p.reachable_municipalities],
    region: countyName(p.municipality_number),
    availableFrom: dateNumber(p.available_from),
    drivingLicence: p.driving_licence,
    languages: p.languages,
    norwegianLevel: p.norwegian_level,
    facilitation,
    euseStage: p.euse_stage,
    ageBand: ageBand(c.birthDate, now),
    employerVisible: c.employerVisible,
    updatedAt: Math.floor(new Date(p.updated_at).getTime() / 1000),
  });
  assertNothingIdentifying(document, c.names);
  return document;
}

/**
 * The candidate's document, or undefined when the privacy wall refuses it (logged by field and
 * kind, never the text): the one place the sync worker and the reindex handle a refusal.
 */
export function candidateDocumentOrRefusal(c: CandidateForIndex, now: Date): CandidateDocument | undefined {
  try {
    return buildCandidateDocument(c, now);
  } catch (error) {
    if (!(error instanceof IdentifyingTextError)) throw error;
    console.warn(`[search] ${error.message}`);
    return undefined;
  }
}

export function buildJobDocument(j: JobForIndex): JobDocument {
  const categoryLabels = texts.vocabulary.interests as Record<string, string>;
  return jobDocumentSchema.parse({
    id: jobDocumentId(j.kind, j.id),
    kind: j.kind,
    entityId: j.id,
    title: j.title,
    description: j.description,
    tasks: j.taskTitles,
    categories: j.categories,
    categoryLabels: j.categories.map((c) => categoryLabels[c] ?? c),
    strengths: j.strengths,
    tags: j.tags,
    hoursPerWeek: j.hoursPerWeek,
    positionPercent: positionPercent(j.hoursPerWeek),
    slots: j.slots,
    weekdays: daysCovered(j.slots),
    timesOfDay: timesCovered(j.slots),
    municipalityNumber: j.municipalityNumber,
    municipalityName: municipalityName(j.municipalityNumber),
    region: countyName(j.municipalityNumber),
    mentorAvailable: j.mentorAvailable,
    startDate: dateNumber(j.startDate),
    employmentForm: j.employmentForm,
    organisationId: j.organisationId,
    organisationName: j.organisationName,
    updatedAt: Math.floor(j.updatedAt.getTime() / 1000),
  });
}

export interface SyncContext {
  db: Kysely<Database>;
  search: Meilisearch;
  indexPrefix: string;
}

async function waitOk(search: Meilisearch, taskUid: number): Promise<void> {
  const task = await search.tasks.waitForTask(taskUid, { timeout: 30_000, interval: 25 });
  if (task.status !== "succeeded")
    throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? ""}`);
}

/** Makes the index agree with the database for one candidate: present only while searchable. */
export async function syncCandidate(
  ctx: SyncContext,
  id: string,
  now = new Date(),
): Promise<"indexed" | "removed" | "refused"> {
  const index = ctx.search.index(indexUid(ctx.indexPrefix, candidateIndex));
  const candidate = await loadCandidateForIndex(ctx.db, id, now);
  if (!candidate?.searchable) {
    await waitOk(ctx.search, (await index.deleteDocument(id)).taskUid);
    return "removed";
  }
  const document = candidateDocumentOrRefusal(candidate, now);
  if (!document) {
    // Refused by the privacy wall: out of the index (an older, clean version too) until the
    // profile is corrected, which enqueues the candidate again. Retrying would not help.
    await waitOk(ctx.search, (await index.deleteDocument(id)).taskUid);
    return "refused";
  }
  await waitOk(ctx.search, (await index.addDocuments([document], { primaryKey: "id" })).taskUid);
  return "indexed";
}

/** The same for a carved job (searchable while open) or a task need (while open and not in a published job). */
export async function syncJob(ctx: SyncContext, kind: "job" | "task", id: string): Promise<"indexed" | "removed"> {
  const index = ctx.search.index(indexUid(ctx.indexPrefix, jobIndex));
  const row = kind === "job" ? await loadJobForIndex(ctx.db, id) : await loadTaskForIndex(ctx.db, id);
  if (!row) {
    await waitOk(ctx.search, (await index.deleteDocument(jobDocumentId(kind, id))).taskUid);
    return "removed";
  }
  await waitOk(ctx.search, (await index.addDocuments([buildJobDocument(row)], { primaryKey: "id" })).taskUid);
  return "indexed";
}

const payloadId = (payload: unknown) => {
  const id = (payload as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : null;
};

export function syncTasks(ctx: SyncContext): TaskList {
  return {
    // A malformed payload (no id) has nothing to retry: it is dropped.
    index_candidate: async (payload) => {
      const id = payloadId(payload);
      if (id) await syncCandidate(ctx, id);
    },
    index_job: async (payload) => {
      const id = payloadId(payload);
      if (id) await syncJob(ctx, "job", id);
    },
    index_task: async (payload) => {
      const id = payloadId(payload);
      if (id) await syncJob(ctx, "task", id);
    },
    // Runs every minute (crontab below): expired consents take their candidates out of search.
    expire_consents: async () => {
      await handleExpiredConsents(ctx.db);
      await expireShareRequests(ctx.db);
    },
    // Nightly: the retention rules (app/domain/retention.ts), idempotent, so a rerun is harmless.
    apply_retention: async () => {
      await runRetention(ctx.db);
    },
    // Not search, but the same worker, daily: follow-ups that have come due notify the specialist (once each).
    remind_follow_ups: async () => {
      await remindDueFollowUps(ctx.db, todayInOslo());
      // Overdue check-ins after a hire tell both sides, once each (decision 011).
      await remindOverdueCheckIns(ctx.db, todayInOslo());
    },
    // Hourly: refund claims open the day after their period ends and expire after their deadline;
    // reminders once each (docs/decisions/015). Idempotent, so a rerun or a catch-up is harmless.
    refund_deadlines: async () => {
      await runRefundDeadlines(ctx.db, todayInOslo());
    },
  };
}

export interface SyncWorker {
  stop(): Promise<void>;
}

export async function startSyncWorker(
  ctx: SyncContext & { connectionString: string; role?: string; concurrency?: number },
): Promise<SyncWorker> {
  // Its own pool, as the app role when one is given (db/roles.ts): the queue's rows, no DDL.
  const pgPool = new pg.Pool({
    connectionString: ctx.connectionString,
    max: (ctx.concurrency ?? 4) + 2,
    ...(ctx.role ? { options: `-c role=${ctx.role}` } : {}),
  });
  pgPool.on("error", () => {}); // an idle client losing its server: the runner reconnects or is stopping
  // Frees the jobs of workers (in any process) that died holding them (db/queue-liveness.ts).
  const liveness = await startQueueLiveness({ connectionString: ctx.connectionString, role: ctx.role }).catch(
    async (error) => {
      await pgPool.end().catch(() => {});
      throw error;
    },
  );
  const runner = await run({
    pgPool,
    events: liveness.events,
    concurrency: ctx.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: quietLogger,
    taskList: syncTasks(ctx),
    // Reminders are about days (due today, overdue since yesterday): once a day, in the morning,
    // and caught up after a restart that missed it (fill=1d).
    crontab:
      "* * * * * expire_consents\n0 6 * * * remind_follow_ups ?fill=1d\n0 2 * * * apply_retention\n0 * * * * refund_deadlines ?fill=1d",
  }).catch(async (error) => {
    await liveness.stop();
    await pgPool.end().catch(() => {});
    throw error;
  });
  return {
    async stop() {
      await runner.stop();
      await liveness.stop();
      await pgPool.end();
    },
  };
}
