// The real paths the app uses, tried the wrong way: another candidate's consent, an employer
// recording a hire, identifying text in a proposal note, a participant who is too old, and a
// stale search index. Each test also shows the right way through, so it cannot pass by accident.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../app/auth/access.server";
import { runCandidateSearch } from "../../app/candidates/search.server";
import { rankCandidatesForJob } from "../../app/matching/match.server";
import { move } from "../../app/matching/proposals.server";
import { action as candidateHomeAction } from "../../app/routes/kandidat._index";
import { action as employerProposalAction } from "../../app/routes/arbeidsgiver.$orgId_.forslag.$id";
import { action as grantAction } from "../../app/routes/arbeidsgiver.$orgId_.tilskudd.$appId";
import { action as newProposalAction } from "../../app/routes/spesialist.forslag.ny";
import { action as specialistCandidateAction } from "../../app/routes/spesialist.kandidater.$id";
import { action as specialistProposalAction } from "../../app/routes/spesialist.forslag.$id";
import * as texts from "../../app/texts";
import { createProposal, hasIdentityConsent } from "../../db/repositories/matching";
import { ProposalClosedError, createShareRequest } from "../../db/repositories/sharing";
import { withdrawConsentById } from "../../db/repositories/candidates";
import { createApplication } from "../../db/repositories/grants";
import { createCarvedJob, createTaskNeed, loadJobForIndex } from "../../db/repositories/jobs";
import { addMember, createOrganisation } from "../../db/repositories/organisations";
import { parseCandidateSearch } from "../../search/candidate-search";
import { candidateIndex, indexUid } from "../../search/indexes";
import { reindexCandidates } from "../../search/reindex";
import { callRoute, closeServices, signIn, useAppServices } from "../support/app";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { type TestSearch, createTestSearch, documentInIndex } from "../support/search";

const both = [
  { scope: "search", method: "meeting" },
  { scope: "employer_view", method: "meeting" },
] as const;

describe("negative paths through the real code", () => {
  let t: TestDatabase;
  let s: TestSearch;
  let ids: { officeId: string; specialistId: string };
  let orgId: string;
  let employerId: string;
  let jobId: string;
  let ola: { id: string; code: string; userId: string };
  let kari: { id: string; code: string };

  const consentsOf = (candidateId: string) =>
    t.db.selectFrom("consents").selectAll().where("candidate_id", "=", candidateId).orderBy("scope").execute();
  // The outbox keeps one pending index job per candidate (job key "candidate:<id>").
  const queuedFor = async (candidateId: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs
        where key = ${`candidate:${candidateId}`}`.execute(t.db)
    ).rows[0]?.n ?? 0;
  const clearQueue = () => sql`delete from graphile_worker._private_jobs`.execute(t.db);
  const user = async (id: string): Promise<SessionUser> => {
    const row = await t.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    return { id, name: row.name, email: row.email, role: row.role, navOfficeId: row.nav_office_id, memberships: [] };
  };

  /** An open carved job of the test organisation, from one task need. */
  const openJob = async (title: string) => {
    const task = await createTaskNeed(t.db, orgId, employerId, {
      title: "Oppvask",
      description: "",
      category: "kjokken-kantine",
      hoursPerWeek: 12,
      slots: ["mon:morning", "wed:morning"],
      municipalityNumber: "5501",
      address: "",
      earliestStart: null,
      strengths: [],
      tags: [],
      physicalDemands: [],
      socialSetting: "small-team",
      adaptations: "",
      mentorPossible: true,
    });
    return createCarvedJob(
      t.db,
      orgId,
      employerId,
      {
        taskIds: [task],
        title,
        description: "",
        hoursPerWeek: 12,
        slots: ["mon:morning", "wed:morning"],
        employmentForm: "temporary",
        wageSubsidyExpected: false,
        mentorName: "",
        adaptations: "",
        startDate: "2030-01-07",
      },
      "open",
    );
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    s = createTestSearch();
    useAppServices(t, s.prefix);
    ids = await createOfficeAndSpecialist(t.db);
    orgId = (
      await createOrganisation(t.db, {
        orgNumber: "974760673",
        name: "Negativ Kafé AS",
        address: null,
        municipalityNumber: "5501",
        navOfficeId: null,
      })
    ).id;
    employerId = (
      await t.db
        .insertInto("users")
        .values({ email: "sjef@negativ.no", name: "Sjef", role: "employer" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await addMember(t.db, { organisationId: orgId, userId: employerId, role: "admin", status: "active" });
    jobId = await openJob("Kjøkkenhjelp");
    const olaUser = await t.db
      .insertInto("users")
      .values({ email: "ola@negativ.no", name: "Ola Nordmann", role: "candidate" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const created = await candidateWith(t.db, ids, { name: "Ola Nordmann", consents: [...both] });
    await t.db.updateTable("candidates").set({ user_id: olaUser.id }).where("id", "=", created.id).execute();
    ola = { ...created, userId: olaUser.id };
    kari = await candidateWith(t.db, ids, { name: "Kari Hansen", consents: [...both] });
  }, 60_000);

  afterAll(async () => {
    await closeServices();
    await s?.cleanup();
    await t?.drop();
  });

  describe("withdrawConsentById, the withdrawal the app uses", () => {
    it("withdraws the candidate's own consent, once, and queues the index update", async () => {
      const own = await candidateWith(t.db, ids, { consents: [...both] });
      const [, search] = await consentsOf(own.id);
      expect(search?.scope).toBe("search");
      await clearQueue();
      const withdrawn = await withdrawConsentById(t.db, own.id, search?.id ?? "", ids.specialistId);
      expect(withdrawn).toMatchObject({ id: search?.id, scope: "search", withdrawn_by: ids.specialistId });
      expect(await queuedFor(own.id)).toBe(1);
      const after = await consentsOf(own.id);
      expect(after.find((c) => c.scope === "search")?.withdrawn_at).toBeInstanceOf(Date);
      expect(after.find((c) => c.scope === "employer_view")?.withdrawn_at).toBeNull();
      // A second withdrawal finds nothing left to withdraw and changes nothing.
      await clearQueue();
      expect(await withdrawConsentById(t.db, own.id, search?.id ?? "", ids.specialistId)).toBeUndefined();
      expect(await queuedFor(own.id)).toBe(0);
    });

    it("refuses another candidate's consent: nothing found, nothing changed, nothing queued", async () => {
      const mine = await candidateWith(t.db, ids, { consents: [...both] });
      const theirs = await candidateWith(t.db, ids, { consents: [...both] });
      const theirsBefore = await consentsOf(theirs.id);
      const mineBefore = await consentsOf(mine.id);
      await clearQueue();
      const theirConsent = theirsBefore[0];
      expect(await withdrawConsentById(t.db, mine.id, theirConsent?.id ?? "", ids.specialistId)).toBeUndefined();
      expect(await consentsOf(theirs.id)).toEqual(theirsBefore);
      expect(await consentsOf(mine.id)).toEqual(mineBefore);
      expect(theirsBefore.every((c) => c.withdrawn_at === null)).toBe(true);
      expect(await queuedFor(mine.id)).toBe(0);
      expect(await queuedFor(theirs.id)).toBe(0);
    });

    it("through the candidate's page: own consent → back to the page; another's → 404 and untouched", async () => {
      const cookie = await signIn(ola.userId);
      const kariBefore = await consentsOf(kari.id);
      const refused = await callRoute(candidateHomeAction, {
        path: "/kandidat",
        cookie,
        form: { intent: "withdraw", consentId: kariBefore[0]?.id ?? "" },
      });
      expect(refused.status).toBe(404);
      expect(await consentsOf(kari.id)).toEqual(kariBefore);
      expect(kariBefore.every((c) => c.withdrawn_at === null)).toBe(true);

      const olaEmployerView = (await consentsOf(ola.id)).find((c) => c.scope === "employer_view");
      const allowed = await callRoute(candidateHomeAction, {
        path: "/kandidat",
        cookie,
        form: { intent: "withdraw", consentId: olaEmployerView?.id ?? "" },
      });
      expect(allowed).toMatchObject({ status: 302, location: "/kandidat?trukket=1" });
      expect((await consentsOf(ola.id)).find((c) => c.scope === "employer_view")?.withdrawn_at).toBeInstanceOf(Date);
      const audit = await t.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "consent.changed")
        .where("subject_id", "=", ola.id)
        .execute();
      expect(audit).toHaveLength(1);
      // Give Ola the consent back for the tests below.
      await t.db
        .insertInto("consents")
        .values({
          candidate_id: ola.id,
          scope: "employer_view",
          method: "meeting",
          recorded_by: ids.specialistId,
          expires_at: new Date(Date.now() + 365 * 86_400_000),
        })
        .execute();
    });

    it("through the specialist's page: a consent of another candidate than the one in the URL → 404", async () => {
      const cookie = await signIn(ids.specialistId);
      const kariBefore = await consentsOf(kari.id);
      const refused = await callRoute(specialistCandidateAction, {
        path: `/spesialist/kandidater/${ola.id}`,
        params: { id: ola.id },
        cookie,
        form: { intent: "withdraw", consentId: kariBefore[0]?.id ?? "" },
      });
      expect(refused.status).toBe(404);
      expect(await consentsOf(kari.id)).toEqual(kariBefore);
    });
  });

  describe("an employer cannot record a hire", () => {
    // A hire is recorded from a meeting or a work trial (pipeline.ts): one live match at each.
    const proposalIds: Record<"meeting" | "work_trial", string> = { meeting: "", work_trial: "" };
    let proposalId: string;
    beforeAll(async () => {
      for (const from of ["meeting", "work_trial"] as const) {
        proposalIds[from] = (
          await t.db
            .insertInto("proposals")
            .values({
              candidate_id: kari.id,
              organisation_id: orgId,
              carved_job_id: await openJob(from === "meeting" ? "Lagerhjelp" : "Oppvaskhjelp"),
              job_title: from === "meeting" ? "Lagerhjelp" : "Oppvaskhjelp",
              specialist_id: ids.specialistId,
              fit_score: 80,
              status: from,
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
      }
      proposalId = proposalIds.work_trial;
    });
    const statusOf = async (id: string) =>
      (await t.db.selectFrom("proposals").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
    const status = () => statusOf(proposalId);

    it("through the employer's proposal page, whatever the form says, from a meeting or a work trial", async () => {
      const cookie = await signIn(employerId);
      const forms: Array<Record<string, string>> = [
        { intent: "hired" },
        { intent: "hire" },
        { intent: "answer", answer: "hired", reason: "good-fit" },
        { intent: "move", to: "hired" },
      ];
      for (const [from, id] of Object.entries(proposalIds)) {
        for (const form of forms) {
          const answer = await callRoute(employerProposalAction, {
            path: `/arbeidsgiver/${orgId}/forslag/${id}`,
            params: { orgId, id },
            cookie,
            form,
          });
          expect(answer.status, `${from}: ${JSON.stringify(form)}`).toBe(400);
          expect(await statusOf(id)).toBe(from);
        }
      }
    });

    it("through the move the pages use, from a meeting: refused for the employer", async () => {
      const proposal = { id: proposalIds.meeting, code: kari.code, candidate_id: kari.id };
      const employer = { ...(await user(employerId)), memberships: [] };
      expect(await move(employer, "employer", proposal, "hired", {}, "http://arbeidsbro.test")).toBe(false);
      expect(await statusOf(proposalIds.meeting)).toBe("meeting");
    });

    it("through the move the pages use: refused for the employer, done for the specialist", async () => {
      const proposal = { id: proposalId, code: kari.code, candidate_id: kari.id };
      const employer = { ...(await user(employerId)), memberships: [] };
      expect(await move(employer, "employer", proposal, "hired", {}, "http://arbeidsbro.test")).toBe(false);
      expect(await status()).toBe("work_trial");
      const specialist = await user(ids.specialistId);
      expect(
        await move(
          specialist,
          "specialist",
          proposal,
          "hired",
          { hireStart: "2027-01-04", hireForm: "permanent", hireHours: 12 },
          "http://x",
        ),
      ).toBe(true);
      expect(await status()).toBe("hired");
    });
  });

  describe("the privacy guard on the proposal note", () => {
    const propose = async (note: string) =>
      callRoute(newProposalAction, {
        path: `/spesialist/forslag/ny?kandidat=${ola.id}&jobb=job-${jobId}`,
        cookie: await signIn(ids.specialistId),
        form: { note },
      });
    const proposalsForOla = () =>
      t.db.selectFrom("proposals").select("id").where("candidate_id", "=", ola.id).execute();

    it("refuses the candidate's short name, a dotted phone number and a dotted fødselsnummer, at the note, keeping it", async () => {
      for (const [note, shown] of [
        ["Ola trives med oppvask og rolige morgener.", "«Ola»"],
        ["Ring 98.76.54.32 for å avtale møte.", "«98.76.54.32»"],
        ["Papirene har 010190.12480 på seg.", "«010190.12480»"],
      ] as const) {
        const answer = await propose(note);
        expect(answer.status, note).toBe(400);
        const reply = answer.data as { error?: Record<string, string[]>; initialValue?: Record<string, string> };
        expect(reply.error?.note?.[0], note).toContain(shown);
        expect(reply.initialValue?.note).toBe(note);
        expect(await proposalsForOla()).toEqual([]);
      }
    });

    it("accepts an anonymous note", async () => {
      const answer = await propose("Trives med oppvask og rolige morgener, ønsker fast mentor.");
      expect(answer.status).toBe(302);
      expect(await proposalsForOla()).toHaveLength(1);
    });
  });

  describe("the age limit in the inclusion grant route", () => {
    let appId: string;
    beforeAll(async () => {
      // Turns 72 on 10 November 2026.
      const old = await candidateWith(t.db, ids, { consents: [...both] });
      await t.db
        .updateTable("candidate_identities")
        .set({ birth_date: "1954-11-10" })
        .where("candidate_id", "=", old.id)
        .execute();
      const proposal = await t.db
        .insertInto("proposals")
        .values({
          candidate_id: old.id,
          organisation_id: orgId,
          job_title: "Kjøkkenhjelp",
          specialist_id: ids.specialistId,
          fit_score: 80,
          status: "hired",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      appId = await createApplication(t.db, {
        kind: "inclusion",
        organisationId: orgId,
        proposalId: proposal.id,
        candidateId: old.id,
        createdBy: ids.specialistId,
        answers: {},
      });
    });
    const post = async (endDate: string) =>
      callRoute(grantAction, {
        path: `/arbeidsgiver/${orgId}/tilskudd/${appId}`,
        params: { orgId, appId },
        cookie: await signIn(employerId),
        form: { step: "0", intent: "next", startDate: "2026-06-01", endDate },
      });

    it("refuses an end date on the 72nd birthday, at the end date, with the dates kept", async () => {
      const answer = await post("2026-11-10");
      expect(answer.status).toBe(400);
      const result = answer.data as {
        step: number;
        values: Record<string, string>;
        result: { error: Record<string, string[]> };
      };
      expect(result.step).toBe(0);
      expect(result.result.error.endDate).toEqual([
        "Deltakeren må være under 72 år på sluttdatoen. Velg en tidligere sluttdato.",
      ]);
      expect(result.values).toMatchObject({ startDate: "2026-06-01", endDate: "2026-11-10" });
    });

    it("accepts the day before the 72nd birthday and moves on", async () => {
      const answer = await post("2026-11-09");
      expect(answer.status).toBe(200);
      expect((answer.data as { step: number }).step).toBe(1);
    });
  });

  describe("search and matching when the index is stale", () => {
    it("a stale document (consent withdrawn in PostgreSQL, still in the index) is never shown", async () => {
      const stale = await candidateWith(t.db, ids, { consents: [...both] });
      const fresh = await candidateWith(t.db, ids, { consents: [...both] });
      await reindexCandidates(t.db, s.client, s.prefix);
      const index = s.client.index(indexUid(s.prefix, candidateIndex));
      // Withdraw behind the outbox's back: the index keeps the document on purpose.
      await sql`update consents set withdrawn_at = now() where candidate_id = ${stale.id}`.execute(t.db);
      expect(await documentInIndex(index, stale.id)).toBe(true);

      const found = await runCandidateSearch(parseCandidateSearch(new URLSearchParams()), ids.officeId);
      const shown = found.hits.map((h) => h.id);
      expect(shown).toContain(fresh.id);
      expect(shown).not.toContain(stale.id);

      const job = await loadJobForIndex(t.db, jobId);
      if (!job) throw new Error("the test job is not open");
      const ranked = (await rankCandidatesForJob(job, ids.officeId, { limit: 200 })).map((r) => r.id);
      expect(ranked).toContain(fresh.id);
      expect(ranked).not.toContain(stale.id);
    });

    it("matching shows nobody without employer_view consent, even when the index says otherwise", async () => {
      const searchOnly = await candidateWith(t.db, ids, { consents: [{ scope: "search", method: "meeting" }] });
      const lapsed = await candidateWith(t.db, ids, { consents: [...both] });
      await reindexCandidates(t.db, s.client, s.prefix);
      await sql`update consents set expires_at = now() - interval '1 minute'
        where candidate_id = ${lapsed.id} and scope = 'employer_view'`.execute(t.db);
      const index = s.client.index(indexUid(s.prefix, candidateIndex));
      expect(await index.getDocument(lapsed.id)).toMatchObject({ employerVisible: true });
      expect(await index.getDocument(searchOnly.id)).toMatchObject({ employerVisible: false });

      const job = await loadJobForIndex(t.db, jobId);
      if (!job) throw new Error("the test job is not open");
      const ranked = (await rankCandidatesForJob(job, ids.officeId, { limit: 200 })).map((r) => r.id);
      expect(ranked).not.toContain(searchOnly.id);
      expect(ranked).not.toContain(lapsed.id);
      expect(ranked).toContain(kari.id);
      // The proposal page refuses them too.
      const answer = await callRoute(newProposalAction, {
        path: `/spesialist/forslag/ny?kandidat=${lapsed.id}&jobb=job-${jobId}`,
        cookie: await signIn(ids.specialistId),
        form: { note: "Rolig og nøyaktig, trives om morgenen." },
      });
      expect(answer.status).toBe(409);
      expect(await t.db.selectFrom("proposals").select("id").where("candidate_id", "=", lapsed.id).execute()).toEqual(
        [],
      );
    });
  });

  describe("a share request closes with its proposal", () => {
    const propose = async (title: string) =>
      createProposal(
        t.db,
        {
          candidateId: ola.id,
          organisationId: orgId,
          carvedJobId: await openJob(title),
          taskNeedId: null,
          jobTitle: title,
          specialistId: ids.specialistId,
          note: "",
          fit: { score: 70, fits: [], misfits: [] },
        },
        () => ({ kind: "proposal", text: "x", link: "/x" }),
      );
    const ask = (proposalId: string) =>
      createShareRequest(t.db, {
        proposalId,
        candidateId: ola.id,
        organisationId: orgId,
        requestedBy: ids.specialistId,
      });
    const requestStatus = async (id: string) =>
      (await t.db.selectFrom("share_requests").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
    const answersLogged = async (requestId: string) =>
      (
        await sql<{ n: number }>`select count(*)::int as n from audit_log
          where action = 'consent.changed' and details->>'shareRequestId' = ${requestId}`.execute(t.db)
      ).rows[0]?.n ?? 0;

    it("after the employer's no the candidate cannot say yes (told why, in Norwegian); on an open proposal she can", async () => {
      await t.db
        .updateTable("consents")
        .set({ withdrawn_at: new Date() })
        .where("candidate_id", "=", ola.id)
        .where("scope", "=", "identity_share")
        .execute();
      const declinedId = await propose("Kafévert");
      const closedRequest = await ask(declinedId);
      const declined = await callRoute(employerProposalAction, {
        path: `/arbeidsgiver/${orgId}/forslag/${declinedId}`,
        params: { orgId, id: declinedId },
        cookie: await signIn(employerId),
        form: { intent: "answer", answer: "declined", reason: "filled" },
      });
      expect(declined.status).toBe(200);
      expect(await requestStatus(closedRequest)).toBe("closed");

      const cookie = await signIn(ola.userId);
      const late = await callRoute(candidateHomeAction, {
        path: "/kandidat",
        cookie,
        form: { intent: "share-answer", requestId: closedRequest, answer: "yes" },
      });
      expect(late.status).toBe(409);
      expect((late.data as { errors: Record<string, string[]> }).errors.requestId).toEqual([texts.sharing.closed]);
      expect(await requestStatus(closedRequest)).toBe("closed");
      expect(await hasIdentityConsent(t.db, ola.id, orgId)).toBe(false);
      expect(await answersLogged(closedRequest)).toBe(0);
      // Nor can the specialist ask again, or answer for her, on the closed proposal.
      await expect(ask(declinedId)).rejects.toBeInstanceOf(ProposalClosedError);
      const specialistCookie = await signIn(ids.specialistId);
      const asked = await callRoute(specialistProposalAction, {
        path: `/spesialist/forslag/${declinedId}`,
        params: { id: declinedId },
        cookie: specialistCookie,
        form: { intent: "share-request", deadlineDays: "7" },
      });
      expect(asked.status).toBe(409);
      expect((asked.data as { refused: string }).refused).toBe(texts.sharing.proposalClosed);

      // The way through: a request on an open proposal is answered, audited and shares the name.
      const openId = await propose("Baristahjelp");
      const openRequest = await ask(openId);
      const yes = await callRoute(candidateHomeAction, {
        path: "/kandidat",
        cookie,
        form: { intent: "share-answer", requestId: openRequest, answer: "yes" },
      });
      expect(yes).toMatchObject({ status: 302, location: "/kandidat?delt=1" });
      expect(await requestStatus(openRequest)).toBe("accepted");
      expect(await hasIdentityConsent(t.db, ola.id, orgId)).toBe(true);
      expect(await answersLogged(openRequest)).toBe(1);
    });
  });
});
