// Task needs and carved jobs reach the jobs index through the same outbox as candidates, against
// the real PostgreSQL and the test run's Meilisearch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCarvedJob,
  createTaskNeed,
  setJobStatus,
  setTaskStatus,
  updateTaskNeed,
  type TaskNeedInput,
} from "../../db/repositories/jobs";
import { createOrganisation } from "../../db/repositories/organisations";
import { indexUid, jobIndex } from "../../search/indexes";
import { searchJobs, parseJobSearch } from "../../search/job-search";
import { reindexJobs } from "../../search/reindex";
import { applyIndexSettings } from "../../search/settings";
import { type SyncWorker, startSyncWorker } from "../../search/sync";
import { waitUntil } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { type TestSearch, createTestSearch, documentInIndex } from "../support/search";

const task = (changes: Partial<TaskNeedInput> = {}): TaskNeedInput => ({
  title: "Varemottak om morgenen",
  description: "Pakke ut leveranser.",
  category: "lager",
  hoursPerWeek: 6,
  slots: ["mon:morning", "wed:morning"],
  municipalityNumber: "5501",
  address: "",
  earliestStart: null,
  strengths: ["strukturert"],
  tags: ["truck"],
  physicalDemands: ["lifting"],
  socialSetting: "small-team",
  adaptations: "",
  mentorPossible: true,
  ...changes,
});

describe("jobs and task needs in search", () => {
  let t: TestDatabase;
  let s: TestSearch;
  let runner: SyncWorker;
  let orgId: string;
  const inIndex = (kind: "job" | "task", id: string) =>
    documentInIndex(s.client.index(indexUid(s.prefix, jobIndex)), `${kind}-${id}`);

  beforeAll(async () => {
    t = await createTestDatabase();
    s = createTestSearch();
    await applyIndexSettings(s.client, s.prefix);
    orgId = (
      await createOrganisation(t.db, {
        orgNumber: "974760673",
        name: "Testlageret AS",
        address: null,
        municipalityNumber: "5501",
        navOfficeId: null,
      })
    ).id;
    runner = await startSyncWorker({ connectionString: t.appUrl, db: t.db, search: s.client, indexPrefix: s.prefix });
  }, 60_000);

  afterAll(async () => {
    await runner?.stop();
    await s?.cleanup();
    await t?.drop();
  });

  it("an open task need is searchable by text, category and hours within seconds; closing removes it", async () => {
    const id = await createTaskNeed(t.db, orgId, null, task());
    await waitUntil(() => inIndex("task", id), 5000, "task indexed");
    const found = await searchJobs(
      s.client,
      s.prefix,
      parseJobSearch(new URLSearchParams("q=varemotak&categories=lager&hoursMax=10")),
    );
    expect(found.hits.map((h) => h.entityId)).toContain(id);
    expect(found.hits.find((h) => h.entityId === id)).toMatchObject({
      kind: "task",
      organisationName: "Testlageret AS",
      municipalityName: "Tromsø",
      positionPercent: 16,
    });
    // A filter it does not meet leaves it out.
    const tooFew = await searchJobs(s.client, s.prefix, parseJobSearch(new URLSearchParams("q=varemottak&hoursMax=5")));
    expect(tooFew.hits.map((h) => h.entityId)).not.toContain(id);
    await setTaskStatus(t.db, orgId, id, "closed");
    await waitUntil(async () => !(await inIndex("task", id)), 5000, "closed task removed");
  });

  it("publishing a carved job indexes it and hides its tasks; an edited task title reaches the job; closing brings the tasks back", async () => {
    const a = await createTaskNeed(t.db, orgId, null, task({ title: "Plukke ordre" }));
    const b = await createTaskNeed(t.db, orgId, null, task({ title: "Sortere returer", slots: ["fri:day"] }));
    await waitUntil(async () => (await inIndex("task", a)) && (await inIndex("task", b)), 5000, "tasks indexed");
    const jobInput = {
      taskIds: [a, b],
      title: "Lagermedarbeider",
      description: "",
      hoursPerWeek: 12,
      slots: ["mon:morning", "wed:morning", "fri:day"],
      employmentForm: "work-trial",
      wageSubsidyExpected: false,
      mentorName: "",
      adaptations: "",
      startDate: "2030-01-07",
    };
    const draft = await createCarvedJob(t.db, orgId, null, jobInput, "draft");
    const job = await createCarvedJob(t.db, orgId, null, { ...jobInput, title: "Lagermedarbeider 2" }, "open");
    await waitUntil(
      async () => (await inIndex("job", job)) && !(await inIndex("task", a)) && !(await inIndex("task", b)),
      5000,
      "job in, tasks out",
    );
    expect(await inIndex("job", draft)).toBe(false);
    const doc = await s.client.index(indexUid(s.prefix, jobIndex)).getDocument(`job-${job}`);
    expect(doc).toMatchObject({
      kind: "job",
      weekdays: ["mon", "wed", "fri"],
      timesOfDay: ["morning", "day"],
      startDate: 20300107,
      mentorAvailable: true,
    });
    expect(doc.tasks).toEqual(expect.arrayContaining(["Plukke ordre", "Sortere returer"]));

    await updateTaskNeed(t.db, orgId, a, task({ title: "Plukke netthandel" }));
    await waitUntil(
      async () => {
        const d = await s.client.index(indexUid(s.prefix, jobIndex)).getDocument(`job-${job}`);
        return (d.tasks as string[]).includes("Plukke netthandel");
      },
      5000,
      "task title in the job",
    );

    expect(await setJobStatus(t.db, orgId, job, "closed")).toBe("changed");
    await waitUntil(
      async () => !(await inIndex("job", job)) && (await inIndex("task", a)),
      5000,
      "job out, tasks back",
    );
    // A closed job cannot be published again (it is duplicated instead).
    expect(await setJobStatus(t.db, orgId, job, "open")).toBe("not-allowed");
  });

  it("the database refuses a job whose hours do not fit its schedule, even past the form", async () => {
    const a = await createTaskNeed(t.db, orgId, null, task());
    await expect(
      createCarvedJob(
        t.db,
        orgId,
        null,
        {
          taskIds: [a],
          title: "For mye",
          description: "",
          hoursPerWeek: 30,
          slots: ["mon:day"],
          employmentForm: "permanent",
          wageSubsidyExpected: false,
          mentorName: "",
          adaptations: "",
          startDate: "2030-01-07",
        },
        "open",
      ),
    ).rejects.toThrow(/carved_jobs_hours_fit_slots/);
  });

  it("a full reindex rebuilds the jobs index from PostgreSQL", async () => {
    const result = await reindexJobs(t.db, s.client, s.prefix);
    const open = await t.db.selectFrom("carved_jobs").select("id").where("status", "=", "open").execute();
    expect(result.documents).toBeGreaterThanOrEqual(open.length);
    const stats = await s.client.index(indexUid(s.prefix, jobIndex)).getStats();
    expect(stats.numberOfDocuments).toBe(result.documents);
  });
});
