// Task needs and carved jobs. Every change that can alter what is searchable enqueues index jobs
// in the same transaction (db/outbox.ts): the task or job itself, and what it touches (a task's
// jobs show its title; a published job hides its tasks from search, a closed one shows them again).
import { type Kysely, type Transaction, sql } from "kysely";
import { canChangeJobStatus } from "../../app/jobs/rules";
import { enqueueIndex } from "../outbox";
import type { CarvedJob, Database, EmploymentForm, JobStatus, TaskNeed, TaskStatus } from "../schema";

type Db = Kysely<Database> | Transaction<Database>;

export interface TaskNeedInput {
  title: string;
  description: string;
  category: string;
  hoursPerWeek: number;
  slots: string[];
  municipalityNumber: string;
  address: string;
  earliestStart: string | null;
  strengths: string[];
  tags: string[];
  physicalDemands: string[];
  socialSetting: string;
  adaptations: string;
  mentorPossible: boolean;
}

export interface CarvedJobInput {
  taskIds: string[];
  title: string;
  description: string;
  hoursPerWeek: number;
  slots: string[];
  employmentForm: string;
  wageSubsidyExpected: boolean;
  mentorName: string;
  adaptations: string;
  startDate: string;
}

/** A task need as the application sees it: hours as a number. */
export type TaskNeedRow = Omit<TaskNeed, "hours_per_week"> & { hours_per_week: number };
export type CarvedJobRow = Omit<CarvedJob, "hours_per_week"> & { hours_per_week: number };

const toTask = (row: TaskNeed): TaskNeedRow => ({ ...row, hours_per_week: Number(row.hours_per_week) });
const toJob = (row: CarvedJob): CarvedJobRow => ({ ...row, hours_per_week: Number(row.hours_per_week) });

function taskRow(input: TaskNeedInput) {
  return {
    title: input.title,
    description: input.description,
    category: input.category,
    hours_per_week: input.hoursPerWeek,
    slots: input.slots,
    municipality_number: input.municipalityNumber,
    address: input.address || null,
    earliest_start: input.earliestStart,
    strengths: input.strengths,
    tags: input.tags,
    physical_demands: input.physicalDemands,
    social_setting: input.socialSetting,
    adaptations: input.adaptations,
    mentor_possible: input.mentorPossible,
  };
}

export class TaskNotAvailableError extends Error {
  constructor() {
    super("A chosen task need is not an open task of this organisation");
  }
}

async function jobIdsOfTask(db: Db, taskId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("carved_job_tasks")
    .select("carved_job_id")
    .where("task_need_id", "=", taskId)
    .execute();
  return rows.map((r) => r.carved_job_id);
}

export async function createTaskNeed(
  db: Kysely<Database>,
  organisationId: string,
  userId: string | null,
  input: TaskNeedInput,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("task_needs")
      .values({ ...taskRow(input), organisation_id: organisationId, created_by: userId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await enqueueIndex(trx, "task", id);
    return id;
  });
}

export async function updateTaskNeed(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  input: TaskNeedInput,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("task_needs")
      .set({ ...taskRow(input), updated_at: sql`now()` })
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await enqueueIndex(trx, "task", id);
    for (const jobId of await jobIdsOfTask(trx, id)) await enqueueIndex(trx, "job", jobId);
    return true;
  });
}

export async function setTaskStatus(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  status: TaskStatus,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("task_needs")
      .set({ status, updated_at: sql`now()` })
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await enqueueIndex(trx, "task", id);
    return true;
  });
}

export async function getTaskNeed(db: Db, organisationId: string, id: string): Promise<TaskNeedRow | undefined> {
  const row = await db
    .selectFrom("task_needs")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row ? toTask(row) : undefined;
}

export interface TaskNeedListItem extends TaskNeedRow {
  /** Titles of published (open or filled) jobs this task is part of. */
  inJobs: string[];
}

export async function listTaskNeeds(
  db: Db,
  organisationId: string,
  options: { status?: TaskStatus } = {},
): Promise<TaskNeedListItem[]> {
  let query = db
    .selectFrom("task_needs as t")
    .selectAll("t")
    .select(
      sql<string[]>`coalesce((select array_agg(j.title order by j.title) from carved_job_tasks cjt
        join carved_jobs j on j.id = cjt.carved_job_id where cjt.task_need_id = t.id and j.status in ('open', 'filled')), '{}')`.as(
        "in_jobs",
      ),
    )
    .where("t.organisation_id", "=", organisationId);
  if (options.status) query = query.where("t.status", "=", options.status);
  const rows = await query.orderBy("t.status", "desc").orderBy("t.updated_at", "desc").execute();
  return rows.map(({ in_jobs, ...row }) => ({ ...toTask(row), inJobs: in_jobs }));
}

function jobRow(input: CarvedJobInput) {
  return {
    title: input.title,
    description: input.description,
    hours_per_week: input.hoursPerWeek,
    slots: input.slots,
    employment_form: input.employmentForm as EmploymentForm,
    wage_subsidy_expected: input.wageSubsidyExpected,
    mentor_name: input.mentorName || null,
    adaptations: input.adaptations,
    start_date: input.startDate,
  };
}

/** The chosen tasks, checked to be open tasks of the organisation; their place decides the job's. */
async function lockTasks(trx: Transaction<Database>, organisationId: string, taskIds: string[]) {
  const tasks = await trx
    .selectFrom("task_needs")
    .select(["id", "municipality_number"])
    .where("id", "in", taskIds)
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "open")
    .forUpdate()
    .execute();
  if (tasks.length !== new Set(taskIds).size) throw new TaskNotAvailableError();
  const first = tasks.find((t) => t.id === taskIds[0]) ?? tasks[0];
  return { municipalityNumber: first?.municipality_number ?? "" };
}

export async function createCarvedJob(
  db: Kysely<Database>,
  organisationId: string,
  userId: string | null,
  input: CarvedJobInput,
  status: "draft" | "open",
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { municipalityNumber } = await lockTasks(trx, organisationId, input.taskIds);
    const { id } = await trx
      .insertInto("carved_jobs")
      .values({
        ...jobRow(input),
        organisation_id: organisationId,
        municipality_number: municipalityNumber,
        status,
        published_at: status === "open" ? new Date() : null,
        created_by: userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("carved_job_tasks")
      .values([...new Set(input.taskIds)].map((taskId) => ({ carved_job_id: id, task_need_id: taskId })))
      .execute();
    await enqueueIndex(trx, "job", id);
    for (const taskId of input.taskIds) await enqueueIndex(trx, "task", taskId);
    return id;
  });
}

export async function updateCarvedJob(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  input: CarvedJobInput,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("carved_jobs")
      .select("id")
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) return false;
    const before = await trx
      .selectFrom("carved_job_tasks")
      .select("task_need_id")
      .where("carved_job_id", "=", id)
      .execute();
    const kept = new Set(before.map((r) => r.task_need_id));
    // Tasks already in the job may since have been closed; only newly added ones must be open.
    const added = input.taskIds.filter((t) => !kept.has(t));
    const { municipalityNumber } = added.length
      ? await lockTasks(trx, organisationId, added)
      : { municipalityNumber: null };
    await trx
      .updateTable("carved_jobs")
      .set({
        ...jobRow(input),
        ...(municipalityNumber && kept.size === 0 ? { municipality_number: municipalityNumber } : {}),
        updated_at: sql`now()`,
      })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("carved_job_tasks").where("carved_job_id", "=", id).execute();
    await trx
      .insertInto("carved_job_tasks")
      .values([...new Set(input.taskIds)].map((taskId) => ({ carved_job_id: id, task_need_id: taskId })))
      .execute();
    await enqueueIndex(trx, "job", id);
    for (const taskId of new Set([...kept, ...input.taskIds])) await enqueueIndex(trx, "task", taskId);
    return true;
  });
}

export async function setJobStatus(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  status: JobStatus,
): Promise<"changed" | "not-found" | "not-allowed"> {
  return db.transaction().execute(async (trx) => {
    const job = await trx
      .selectFrom("carved_jobs")
      .select(["status"])
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!job) return "not-found";
    if (!canChangeJobStatus(job.status, status)) return "not-allowed";
    await trx
      .updateTable("carved_jobs")
      .set({
        status,
        updated_at: sql`now()`,
        ...(status === "open" ? { published_at: sql`coalesce(published_at, now())` } : {}),
      })
      .where("id", "=", id)
      .execute();
    await enqueueJobWithTasks(trx, id);
    return "changed";
  });
}

/**
 * A job's index update, with its tasks': a task is searchable on its own only while no published
 * job holds it, so a job that opens or closes changes what search shows for them too.
 */
export async function enqueueJobWithTasks(db: Db, jobId: string): Promise<void> {
  await enqueueIndex(db, "job", jobId);
  for (const taskId of await taskIdsOfJob(db, jobId)) await enqueueIndex(db, "task", taskId);
}

async function taskIdsOfJob(db: Db, jobId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("carved_job_tasks")
    .select("task_need_id")
    .where("carved_job_id", "=", jobId)
    .execute();
  return rows.map((r) => r.task_need_id);
}

export interface CarvedJobDetail extends CarvedJobRow {
  tasks: TaskNeedRow[];
}

export async function getCarvedJob(db: Db, organisationId: string, id: string): Promise<CarvedJobDetail | undefined> {
  const job = await db
    .selectFrom("carved_jobs")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!job) return undefined;
  const tasks = await db
    .selectFrom("task_needs")
    .innerJoin("carved_job_tasks as cjt", "cjt.task_need_id", "task_needs.id")
    .selectAll("task_needs")
    .where("cjt.carved_job_id", "=", id)
    .orderBy("task_needs.title")
    .execute();
  return { ...toJob(job), tasks: tasks.map(toTask) };
}

export async function listCarvedJobs(db: Db, organisationId: string): Promise<CarvedJobRow[]> {
  const rows = await db
    .selectFrom("carved_jobs")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy(sql`case status when 'open' then 0 when 'draft' then 1 when 'filled' then 2 else 3 end`)
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map(toJob);
}

/** What changed on the organisation since a member last opened its home page, by others. */
export async function changesSince(db: Db, organisationId: string, userId: string, since: Date | null) {
  if (!since) return { tasks: 0, jobs: 0 };
  const count = async (table: "task_needs" | "carved_jobs") => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("organisation_id", "=", organisationId)
      .where("updated_at", ">", since)
      .where((eb) => eb.or([eb("created_by", "is", null), eb("created_by", "!=", userId)]))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { tasks: await count("task_needs"), jobs: await count("carved_jobs") };
}

/** Returns when the member last saw the home page, and records that they see it now. */
export async function touchHomeSeen(db: Db, organisationId: string, userId: string): Promise<Date | null> {
  const row = await db
    .selectFrom("organisation_members")
    .select("home_seen_at")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  await db
    .updateTable("organisation_members")
    .set({ home_seen_at: sql`now()` })
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .execute();
  return row?.home_seen_at ?? null;
}

// ---- For the search index -------------------------------------------------------------------

export interface JobForIndex {
  kind: "job" | "task";
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  taskTitles: string[];
  categories: string[];
  strengths: string[];
  tags: string[];
  hoursPerWeek: number;
  slots: string[];
  municipalityNumber: string;
  mentorAvailable: boolean;
  startDate: string | null;
  employmentForm: string | null;
  updatedAt: Date;
}

/** A task need as a search document, or undefined when it must not be searchable. */
export async function loadTaskForIndex(db: Db, id: string): Promise<JobForIndex | undefined> {
  const row = await db
    .selectFrom("task_needs as t")
    .innerJoin("organisations as o", "o.id", "t.organisation_id")
    .selectAll("t")
    .select("o.name as organisation_name")
    .where("t.id", "=", id)
    .where("t.status", "=", "open")
    // A task that is part of a published job is found through the job instead.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("carved_job_tasks as cjt")
            .innerJoin("carved_jobs as j", "j.id", "cjt.carved_job_id")
            .select("cjt.task_need_id")
            .whereRef("cjt.task_need_id", "=", "t.id")
            .where("j.status", "in", ["open", "filled"]),
        ),
      ),
    )
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    kind: "task",
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    title: row.title,
    description: row.description,
    taskTitles: [row.title],
    categories: [row.category],
    strengths: row.strengths,
    tags: row.tags,
    hoursPerWeek: Number(row.hours_per_week),
    slots: row.slots,
    municipalityNumber: row.municipality_number,
    mentorAvailable: row.mentor_possible,
    startDate: row.earliest_start,
    employmentForm: null,
    updatedAt: row.updated_at,
  };
}

/** A carved job as a search document while it is published (open), else undefined. */
export async function loadJobForIndex(db: Db, id: string): Promise<JobForIndex | undefined> {
  const row = await db
    .selectFrom("carved_jobs as j")
    .innerJoin("organisations as o", "o.id", "j.organisation_id")
    .selectAll("j")
    .select("o.name as organisation_name")
    .where("j.id", "=", id)
    .where("j.status", "=", "open")
    .executeTakeFirst();
  if (!row) return undefined;
  const tasks = await db
    .selectFrom("task_needs as t")
    .innerJoin("carved_job_tasks as cjt", "cjt.task_need_id", "t.id")
    .select(["t.title", "t.category", "t.strengths", "t.tags", "t.mentor_possible"])
    .where("cjt.carved_job_id", "=", id)
    .execute();
  return {
    kind: "job",
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    title: row.title,
    description: row.description,
    taskTitles: tasks.map((t) => t.title),
    categories: [...new Set(tasks.map((t) => t.category))],
    strengths: [...new Set(tasks.flatMap((t) => t.strengths))],
    tags: [...new Set(tasks.flatMap((t) => t.tags))],
    hoursPerWeek: Number(row.hours_per_week),
    slots: row.slots,
    municipalityNumber: row.municipality_number,
    mentorAvailable: Boolean(row.mentor_name) || tasks.some((t) => t.mentor_possible),
    startDate: row.start_date,
    employmentForm: row.employment_form,
    updatedAt: row.updated_at,
  };
}

/** Ids of everything that may be searchable, for a full reindex. */
export async function listIndexableJobIds(db: Db): Promise<Array<{ kind: "job" | "task"; id: string }>> {
  const jobs = await db.selectFrom("carved_jobs").select("id").where("status", "=", "open").execute();
  const tasks = await db.selectFrom("task_needs").select("id").where("status", "=", "open").execute();
  return [
    ...jobs.map((j) => ({ kind: "job" as const, id: j.id })),
    ...tasks.map((t) => ({ kind: "task" as const, id: t.id })),
  ];
}

/** The hours and weekly slots of an organisation's tasks with the given ids (the live job summary). */
export async function taskHours(
  db: Db,
  organisationId: string,
  ids: readonly string[],
): Promise<Array<{ id: string; hours: number; slots: string[] }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("task_needs")
    .select(["id", "hours_per_week", "slots"])
    .where("organisation_id", "=", organisationId)
    .where("id", "in", [...ids])
    .execute();
  return rows.map((row) => ({ id: row.id, hours: Number(row.hours_per_week), slots: row.slots }));
}
