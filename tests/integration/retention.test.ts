// The retention job against the real PostgreSQL and a real Meilisearch: an inactive profile is
// warned twice, then anonymised and taken out of search with its audit rows kept; identity shared
// with an employer is withdrawn on day 183; stale postings and drafts go after their warning; and
// running the job again changes nothing more.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "kysely";
import type { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "../../db/repositories/audit";
import { createCarvedJob, createTaskNeed } from "../../db/repositories/jobs";
import { createProposal, hasIdentityConsent, moveProposal } from "../../db/repositories/matching";
import { addMember, createOrganisation } from "../../db/repositories/organisations";
import { sendMessage } from "../../app/notifications";
import { anonymiseCandidate, runRetention } from "../../db/repositories/retention";
import { createCandidate } from "../../db/repositories/candidates";
import { hashPassword } from "../../app/auth/password.server";
import { signIn } from "../../app/auth/sign-in.server";
import { notifyCandidate } from "../../app/notifications";
import { answerShareRequest, createShareRequest } from "../../db/repositories/sharing";
import { type EmbeddedMeilisearch, startEmbeddedMeilisearch } from "../../scripts/lib/services";
import { createSearchClient } from "../../search/client";
import { jobDocumentId } from "../../search/documents";
import { candidateIndex, indexUid, jobIndex } from "../../search/indexes";
import { applyIndexSettings } from "../../search/settings";
import { type SyncWorker, startSyncWorker } from "../../search/sync";
import { candidateWith, createOfficeAndSpecialist, sampleProfile, waitUntil } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";

const DAY = 86_400_000;

describe("the retention job", () => {
  let t: TestDatabase;
  let meili: EmbeddedMeilisearch;
  let search: Meilisearch;
  let runner: SyncWorker;
  let ids: { officeId: string; specialistId: string };
  let orgId: string;
  let employerId: string;
  const dir = mkdtempSync(path.join(os.tmpdir(), "arbeidsbro-retention-"));
  const prefix = "retention_";
  const inIndex = async (id: string) => {
    try {
      await search.index(indexUid(prefix, candidateIndex)).getDocument(id);
      return true;
    } catch {
      return false;
    }
  };

  const jobInIndex = async (kind: "job" | "task", id: string) => {
    try {
      await search.index(indexUid(prefix, jobIndex)).getDocument(jobDocumentId(kind, id));
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    meili = await startEmbeddedMeilisearch({ dir });
    search = createSearchClient({ url: meili.url, apiKey: meili.masterKey });
    await applyIndexSettings(search, prefix);
    ids = await createOfficeAndSpecialist(t.db);
    runner = await startSyncWorker({ connectionString: t.appUrl, db: t.db, search, indexPrefix: prefix });
    orgId = (
      await createOrganisation(t.db, {
        orgNumber: "889640782",
        name: "Lager Test AS",
        address: null,
        municipalityNumber: "5501",
        navOfficeId: null,
      })
    ).id;
    employerId = (
      await t.db
        .insertInto("users")
        .values({ email: "sjef@lager.no", name: "Sjef", role: "employer" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await addMember(t.db, { organisationId: orgId, userId: employerId, role: "admin", status: "active" });
  }, 60_000);

  afterAll(async () => {
    await runner?.stop();
    await meili?.stop();
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const taskNeed = (title: string, slot: string) =>
    createTaskNeed(t.db, orgId, employerId, {
      title,
      description: "",
      category: "lager",
      hoursPerWeek: 7,
      slots: [slot],
      municipalityNumber: "5501",
      address: "",
      earliestStart: null,
      strengths: [],
      tags: [],
      physicalDemands: [],
      socialSetting: "small-team",
      adaptations: "",
      mentorPossible: false,
    });

  const carvedJob = (taskId: string, title: string, slot: string, status: "draft" | "open") =>
    createCarvedJob(
      t.db,
      orgId,
      employerId,
      {
        taskIds: [taskId],
        title,
        description: "",
        hoursPerWeek: 7,
        slots: [slot],
        employmentForm: "temporary",
        wageSubsidyExpected: false,
        mentorName: "",
        adaptations: "",
        startDate: "2030-01-01",
      },
      status,
    );

  const snapshot = async () => ({
    candidates: await sql`select id, anonymised_at, user_id from candidates order by id`.execute(t.db),
    identities: await sql`select * from candidate_identities order by candidate_id`.execute(t.db),
    consents: await sql`select id, withdrawn_at from consents order by id`.execute(t.db),
    tasks: await sql`select id, status from task_needs order by id`.execute(t.db),
    jobs: await sql`select id, status from carved_jobs order by id`.execute(t.db),
    outbox: await sql`select count(*)::int as n from mail_outbox`.execute(t.db),
    notifications: await sql`select count(*)::int as n from notifications`.execute(t.db),
    audit: await sql`select count(*)::int as n from audit_log`.execute(t.db),
  });

  it("warns an inactive profile 30 and 7 days ahead, then anonymises it, takes it out of search and keeps the audit rows; a second run changes nothing", async () => {
    const { id } = await candidateWith(t.db, ids, {
      consents: [
        { scope: "search", method: "meeting", months: 60 },
        { scope: "employer_view", method: "meeting", months: 60 },
      ],
      name: "Inaktiv Inga",
    });
    const { id: active } = await candidateWith(t.db, ids, { name: "Aktiv Arne" });
    await waitUntil(async () => (await inIndex(id)) && (await inIndex(active)), 5000, "both indexed");
    await appendAudit(t.db, {
      actor: { userId: ids.specialistId, role: "specialist" },
      action: "candidate.profile_viewed",
      outcome: "allowed",
      subjectType: "candidate",
      subjectId: id,
    });
    // Nothing has happened to Inga for 600 days.
    const long = new Date(Date.now() - 600 * DAY);
    await t.db.updateTable("candidates").set({ updated_at: long }).where("id", "=", id).execute();
    await t.db.updateTable("candidate_profiles").set({ updated_at: long }).where("candidate_id", "=", id).execute();
    await sql`update consents set recorded_at = ${long} where candidate_id = ${id}`.execute(t.db);

    const now = new Date();
    const first = await runRetention(t.db, now);
    expect(first).toMatchObject({ profilesWarned: 1, profilesAnonymised: 0 });
    const warning = await t.db
      .selectFrom("mail_outbox")
      .select(["subject", "body", "to_address"])
      .where("dedupe_key", "like", `retention:inactive-profile:${id}:%`)
      .execute();
    expect(warning).toHaveLength(1);
    expect(warning[0]?.subject).toBe("Profilen din i Arbeidsbro blir snart slettet");
    expect(warning[0]?.body).not.toContain("Inga");
    // The same day again: no second warning.
    expect(await runRetention(t.db, now)).toMatchObject({ profilesWarned: 0, profilesAnonymised: 0 });
    // 22 days on: nothing; 23 days on: the 7-day warning; 29: nothing; 30: anonymised.
    expect(await runRetention(t.db, new Date(now.getTime() + 22 * DAY))).toMatchObject({ profilesWarned: 0 });
    expect(await runRetention(t.db, new Date(now.getTime() + 23 * DAY))).toMatchObject({ profilesWarned: 1 });
    expect(await runRetention(t.db, new Date(now.getTime() + 29 * DAY))).toMatchObject({ profilesAnonymised: 0 });
    const auditBefore = await t.db.selectFrom("audit_log").select("action").where("subject_id", "=", id).execute();
    expect(await runRetention(t.db, new Date(now.getTime() + 30 * DAY))).toMatchObject({ profilesAnonymised: 1 });

    const identity = await t.db
      .selectFrom("candidate_identities")
      .selectAll()
      .where("candidate_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(identity).toMatchObject({
      name: "Anonymisert",
      national_id: null,
      phone: null,
      email: null,
      address: null,
      birth_date: "1990-01-01",
    });
    await waitUntil(async () => !(await inIndex(id)), 5000, "removed from search");
    expect(await inIndex(active)).toBe(true);
    const auditAfter = await t.db.selectFrom("audit_log").select("action").where("subject_id", "=", id).execute();
    expect(auditAfter.map((a) => a.action)).toEqual(
      expect.arrayContaining([...auditBefore.map((a) => a.action), "retention.anonymised"]),
    );
    expect(auditAfter).toHaveLength(auditBefore.length + 1);

    // Run twice: nothing more changes.
    const before = await snapshot();
    const again = await runRetention(t.db, new Date(now.getTime() + 31 * DAY));
    expect(again).toMatchObject({ profilesWarned: 0, profilesAnonymised: 0, identityWithdrawn: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("withdraws identity shared with an employer on day 183 after the proposal ended without a hire, not on day 182", async () => {
    const task = await taskNeed("Varemottak", "mon:morning");
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Delt Dina" });
    const proposalId = await createProposal(
      t.db,
      {
        candidateId,
        organisationId: orgId,
        carvedJobId: null,
        taskNeedId: task,
        jobTitle: "Varemottak",
        specialistId: ids.specialistId,
        note: "",
        fit: { score: 60, fits: [], misfits: [] },
      },
      () => ({ kind: "proposal", text: "x", link: "/x" }),
    );
    const requestId = await createShareRequest(t.db, {
      proposalId,
      candidateId,
      organisationId: orgId,
      requestedBy: ids.specialistId,
    });
    await answerShareRequest(t.db, { requestId, candidateId, accept: true, answeredBy: ids.specialistId });
    await moveProposal(t.db, proposalId, "declined", { userId: employerId, role: "employer" }, {}, () => null);
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(true);
    const ended = new Date("2026-01-10T12:00:00Z");
    await t.db.updateTable("proposals").set({ closed_at: ended }).where("id", "=", proposalId).execute();
    expect(await runRetention(t.db, new Date(ended.getTime() + 182 * DAY))).toMatchObject({ identityWithdrawn: 0 });
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(true);
    expect(await runRetention(t.db, new Date(ended.getTime() + 183 * DAY))).toMatchObject({ identityWithdrawn: 1 });
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(false);
    expect(await runRetention(t.db, new Date(ended.getTime() + 184 * DAY))).toMatchObject({ identityWithdrawn: 0 });
  });

  it("unpublishes a task need not updated for 91 days, 14 days after warning the employer", async () => {
    const task = await taskNeed("Gammel oppgave", "tue:morning");
    const updated = new Date(Date.now() - 100 * DAY);
    await t.db.updateTable("task_needs").set({ updated_at: updated }).where("id", "=", task).execute();
    const now = new Date();
    expect((await runRetention(t.db, now)).postingsWarned).toBeGreaterThanOrEqual(1);
    const warned = await t.db
      .selectFrom("notifications")
      .select("text")
      .where("user_id", "=", employerId)
      .where("kind", "=", "retention")
      .execute();
    expect(warned.map((w) => w.text).join()).toContain("«Gammel oppgave» avpubliseres");
    expect((await runRetention(t.db, new Date(now.getTime() + 13 * DAY))).postingsUnpublished).toBe(0);
    const status = () =>
      t.db.selectFrom("task_needs").select("status").where("id", "=", task).executeTakeFirstOrThrow();
    expect((await status()).status).toBe("open");
    expect((await runRetention(t.db, new Date(now.getTime() + 14 * DAY))).postingsUnpublished).toBeGreaterThanOrEqual(
      1,
    );
    expect((await status()).status).toBe("closed");
  });

  it("a stale job it unpublishes leaves search, and gives its still open task back to search (both re-indexed)", async () => {
    const task = await taskNeed("Pakking", "fri:morning");
    const jobId = await carvedJob(task, "Pakkejobb", "fri:morning", "open");
    // While the job is published, the task is found through it, not on its own.
    await waitUntil(
      async () => (await jobInIndex("job", jobId)) && !(await jobInIndex("task", task)),
      20_000, // the worker shares two cores with the other integration files in `npm test`
      "the job indexed, its task not on its own",
    );
    await t.db
      .updateTable("carved_jobs")
      .set({ updated_at: new Date(Date.now() - 100 * DAY) })
      .where("id", "=", jobId)
      .execute();
    const now = new Date();
    await runRetention(t.db, now);
    expect((await runRetention(t.db, new Date(now.getTime() + 14 * DAY))).postingsUnpublished).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      (await t.db.selectFrom("carved_jobs").select("status").where("id", "=", jobId).executeTakeFirstOrThrow()).status,
    ).toBe("closed");
    await waitUntil(
      async () => !(await jobInIndex("job", jobId)) && (await jobInIndex("task", task)),
      20_000,
      "the closed job out of search, its open task back in",
    );
  }, 60_000);

  it("tells a person once that their consents expire soon: one message for all of them, and one more only for a consent newly expiring", async () => {
    const { id } = await candidateWith(t.db, ids, {
      name: "Utløpende Ulla",
      consents: [
        { scope: "search", method: "meeting" },
        { scope: "employer_view", method: "meeting" },
      ],
    });
    const now = new Date();
    const soon = new Date(now.getTime() + 20 * DAY);
    await t.db.updateTable("consents").set({ expires_at: soon }).where("candidate_id", "=", id).execute();
    const messages = () =>
      t.db
        .selectFrom("mail_outbox")
        .select(["subject", "body"])
        .where("dedupe_key", "like", `consent-expiring:${id}:%`)
        .orderBy("created_at")
        .execute();
    expect((await runRetention(t.db, now)).consentsExpiringNotified).toBeGreaterThanOrEqual(1);
    expect((await messages()).map((m) => m.subject)).toEqual(["2 samtykker i Arbeidsbro går snart ut"]);
    expect((await messages())[0]?.body).not.toContain("Ulla");
    // The next night: nothing new to tell.
    await runRetention(t.db, new Date(now.getTime() + DAY));
    expect(await messages()).toHaveLength(1);
    // A third consent comes within 30 days of expiring: one more message, for that one.
    await t.db
      .insertInto("consents")
      .values({
        candidate_id: id,
        scope: "identity_share",
        organisation_id: orgId,
        method: "meeting",
        recorded_by: ids.specialistId,
        expires_at: new Date(now.getTime() + 25 * DAY),
      })
      .execute();
    await runRetention(t.db, new Date(now.getTime() + 2 * DAY));
    expect((await messages()).map((m) => m.subject)).toEqual([
      "2 samtykker i Arbeidsbro går snart ut",
      "Et samtykke i Arbeidsbro går snart ut",
    ]);
  });

  it("deletes a draft job 30 days after it was last touched, 7 days after a warning", async () => {
    const task = await taskNeed("Til utkast", "wed:morning");
    const jobId = await carvedJob(task, "Glemt utkast", "wed:morning", "draft");
    await t.db
      .updateTable("carved_jobs")
      .set({ updated_at: new Date(Date.now() - 25 * DAY) })
      .where("id", "=", jobId)
      .execute();
    const now = new Date();
    expect((await runRetention(t.db, now)).draftsWarned).toBe(1);
    expect((await runRetention(t.db, new Date(now.getTime() + 6 * DAY))).draftsDeleted).toBe(0);
    expect((await runRetention(t.db, new Date(now.getTime() + 7 * DAY))).draftsDeleted).toBe(1);
    expect(
      await t.db.selectFrom("carved_jobs").select("id").where("id", "=", jobId).executeTakeFirst(),
    ).toBeUndefined();
  });

  it("anonymisation leaves the person's name, e-mail, phone and fnr in no row of any table (but the audit trail) and they can no longer sign in", async () => {
    const person = {
      name: "Glemt Gunnhild",
      nationalId: "15057512345",
      birthDate: "1975-05-15",
      phone: "47112233",
      email: "gunnhild.glemt@example.no",
      address: "Glemselsveien 3, 9008 Tromsø",
    };
    const password = "et langt nok passord 123";
    const { id: userId } = await t.db
      .insertInto("users")
      .values({
        email: person.email,
        name: person.name,
        role: "candidate",
        password_hash: await hashPassword(password),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id } = await createCandidate(t.db, {
      officeId: ids.officeId,
      specialistId: ids.specialistId,
      userId,
      identity: person,
      profile: sampleProfile,
      consents: [{ scope: "search", method: "meeting" }],
      recordedBy: ids.specialistId,
    });
    // She has signed in (a session and a sign-in attempt), been told things (outbox, notices),
    // and been written about (a proposal note, a message in its conversation).
    const signedIn = await signIn(t.db, { email: person.email, password, ip: "10.0.0.1" });
    expect(signedIn.ok).toBe(true);
    await t.db
      .insertInto("sessions")
      .values({ id_hash: `hash-${id}`, user_id: userId, expires_at: new Date(Date.now() + DAY) })
      .execute();
    await notifyCandidate(t.db, id, "share_request");
    await sendMessage(t.db, "email", { to: person.email, subject: `Hei ${person.name}`, body: "Velkommen" });
    const task = await taskNeed("Glemselsoppgave", "thu:morning");
    const proposalId = await createProposal(
      t.db,
      {
        candidateId: id,
        organisationId: orgId,
        carvedJobId: null,
        taskNeedId: task,
        jobTitle: "Glemselsoppgave",
        specialistId: ids.specialistId,
        note: `${person.name} svarer på ${person.phone}`,
        fit: { score: 60, fits: [], misfits: [] },
      },
      () => ({ kind: "proposal", text: "x", link: "/x" }),
    );
    await t.db
      .insertInto("messages")
      .values({
        proposal_id: proposalId,
        author_id: employerId,
        author_role: "employer",
        body: `Hilsen til ${person.name}`,
      })
      .execute();
    const auditBefore = await t.db.selectFrom("audit_log").select("id").where("subject_id", "=", id).execute();

    expect(await anonymiseCandidate(t.db, id)).toBe(true);

    // Every text-like column of every table, searched for each piece of who she was.
    const columns = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name <> 'audit_log'
        and data_type in ('text', 'character', 'character varying', 'jsonb', 'json', 'ARRAY')`.execute(t.db);
    expect(columns.rows.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const { table_name, column_name } of columns.rows) {
      for (const piece of [person.name, person.email, person.nationalId, person.phone]) {
        const hit = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}
          where strpos(lower(${sql.ref(column_name)}::text), ${piece.toLowerCase()}) > 0`.execute(t.db);
        if (hit.rows[0]?.n) found.push(`${table_name}.${column_name}: ${piece}`);
      }
    }
    expect(found).toEqual([]);
    expect(await t.db.selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute()).toEqual([]);
    // The audit trail stays (one row more: the anonymisation), and she cannot sign in any more.
    const auditAfter = await t.db.selectFrom("audit_log").select("id").where("subject_id", "=", id).execute();
    expect(auditAfter).toHaveLength(auditBefore.length + 1);
    expect(await signIn(t.db, { email: person.email, password, ip: "10.0.0.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    // The notes about her keep what they said, without her.
    const note = await t.db
      .selectFrom("proposals")
      .select("note")
      .where("id", "=", proposalId)
      .executeTakeFirstOrThrow();
    expect(note.note).toBe("Anonymisert svarer på Anonymisert");
    expect(await anonymiseCandidate(t.db, id)).toBe(false);
  });

  // Last in the file: it runs the job 519 days ahead, which touches every row made above.
  it("a profile warned in the morning and active again that afternoon gets its 30-day warning in the new round", async () => {
    const { id } = await candidateWith(t.db, ids, { name: "Tilbakevendt Tora" });
    const long = new Date(Date.now() - 600 * DAY);
    await t.db.updateTable("candidates").set({ updated_at: long }).where("id", "=", id).execute();
    await t.db.updateTable("candidate_profiles").set({ updated_at: long }).where("candidate_id", "=", id).execute();
    await sql`update consents set recorded_at = ${long} where candidate_id = ${id}`.execute(t.db);
    const warnings = async () =>
      (
        await t.db
          .selectFrom("mail_outbox")
          .select("dedupe_key")
          .where("dedupe_key", "like", `retention:inactive-profile:${id}:%`)
          .orderBy("created_at")
          .execute()
      ).map((r) => r.dedupe_key);

    // Noon in Oslo (the same calendar day there in winter and summer time): the 30-day warning.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
    const noon = new Date(`${today}T12:00:00+01:00`);
    await runRetention(t.db, noon);
    expect(await warnings()).toHaveLength(1);
    // Two hours later the same day, her specialist updates the profile: a new round starts.
    const active = new Date(noon.getTime() + 2 * 3_600_000);
    await t.db.updateTable("candidates").set({ updated_at: active }).where("id", "=", id).execute();

    // 518 days on, nothing yet; 519 days on (30 before day 549, when a profile inactive for 548
    // days is anonymised), the new round's first warning, although a 30-day warning was sent on
    // the day the round began (before it began).
    await runRetention(t.db, new Date(active.getTime() + 518 * DAY));
    expect(await warnings()).toHaveLength(1);
    await runRetention(t.db, new Date(active.getTime() + 519 * DAY));
    const sent = await warnings();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/:30$/); // the old round's, keyed by its own first day
    expect(sent[1]).toBe(`retention:inactive-profile:${id}:${today}:30`);
  });
});
