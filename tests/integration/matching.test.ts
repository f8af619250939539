// Proposals and their pipeline against the real PostgreSQL: the rules hold inside the database
// transaction, history and stage follow each move, and follow-up reminders are sent once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inviteColleague } from "../../app/accounts/invitations.server";
import { type Channel, type OutgoingMessage, outboxProvider, setNotificationProvider } from "../../app/notifications";
import { createCarvedJob, createTaskNeed } from "../../db/repositories/jobs";
import {
  MoveRefusedError,
  ProposalExistsError,
  createProposal,
  hasIdentityConsent,
  listProposalEvents,
  listStageEvents,
  moveProposal,
  notify,
  remindDueFollowUps,
} from "../../db/repositories/matching";
import { addMember, createOrganisation } from "../../db/repositories/organisations";
import { answerShareRequest, createShareRequest, expireShareRequests } from "../../db/repositories/sharing";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";

describe("brokering a match", () => {
  let t: TestDatabase;
  let ids: { officeId: string; specialistId: string };
  let orgId: string;
  let employerId: string;
  let jobId: string;
  const notice = () => ({
    kind: "proposal",
    text: "Ny kandidat",
    link: "/x",
    mail: { subject: "Nytt forslag", body: "Se Arbeidsbro" },
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await createOfficeAndSpecialist(t.db);
    orgId = (
      await createOrganisation(t.db, {
        orgNumber: "889640782",
        name: "Kafé Test AS",
        address: null,
        municipalityNumber: "5501",
        navOfficeId: null,
      })
    ).id;
    employerId = (
      await t.db
        .insertInto("users")
        .values({ email: "sjef@kafe.no", name: "Sjef", role: "employer" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await addMember(t.db, { organisationId: orgId, userId: employerId, role: "admin", status: "active" });
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
    jobId = await createCarvedJob(
      t.db,
      orgId,
      employerId,
      {
        taskIds: [task],
        title: "Kjøkkenhjelp",
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
  }, 60_000);

  afterAll(async () => {
    await t?.drop();
  });

  const propose = (candidateId: string) =>
    createProposal(
      t.db,
      {
        candidateId,
        organisationId: orgId,
        carvedJobId: jobId,
        taskNeedId: null,
        jobTitle: "Kjøkkenhjelp",
        specialistId: ids.specialistId,
        note: "Passer godt.",
        fit: { score: 90, fits: ["morgen"], misfits: [] },
      },
      notice,
    );

  it("a proposal raises the stage to 4, notifies the employer in the portal and by e-mail, and cannot be made twice", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids);
    await propose(candidateId);
    const profile = await t.db
      .selectFrom("candidate_profiles")
      .select("euse_stage")
      .where("candidate_id", "=", candidateId)
      .executeTakeFirstOrThrow();
    expect(profile.euse_stage).toBe(4);
    expect((await listStageEvents(t.db, candidateId)).map((e) => [e.from_stage, e.to_stage, e.reason])).toEqual([
      [2, 4, "proposal"],
    ]);
    expect(await t.db.selectFrom("notifications").select("text").where("user_id", "=", employerId).execute()).toEqual([
      { text: "Ny kandidat" },
    ]);
    expect(
      await t.db.selectFrom("mail_outbox").select("to_address").where("subject", "=", "Nytt forslag").execute(),
    ).toEqual([{ to_address: "sjef@kafe.no" }]);
    await expect(propose(candidateId)).rejects.toBeInstanceOf(ProposalExistsError);
  });

  it("refuses moves out of turn and by the wrong side, and writes nothing when it does", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Ola Tester" });
    const id = await propose(candidateId);
    const specialist = { userId: ids.specialistId, role: "specialist" as const };
    await expect(moveProposal(t.db, id, "interested", specialist, {}, () => null)).rejects.toMatchObject({
      reason: "wrong-actor",
    });
    await expect(moveProposal(t.db, id, "hired", specialist, {}, () => null)).rejects.toBeInstanceOf(MoveRefusedError);
    expect((await listProposalEvents(t.db, id)).map((e) => e.to_status)).toEqual(["proposed"]);
  });

  it("goes interested → meeting → work trial → hired: stage 5, six follow-ups, the job filled, every step in the history", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Kari Tester" });
    const id = await propose(candidateId);
    const employer = { userId: employerId, role: "employer" as const };
    const specialist = { userId: ids.specialistId, role: "specialist" as const };
    await moveProposal(t.db, id, "interested", employer, { answerReason: "good-fit" }, () => null);
    await moveProposal(t.db, id, "meeting", specialist, {}, () => null);
    await moveProposal(t.db, id, "work_trial", specialist, {}, () => null);
    const stage = await t.db
      .selectFrom("candidate_profiles")
      .select("euse_stage")
      .where("candidate_id", "=", candidateId)
      .executeTakeFirstOrThrow();
    expect(stage.euse_stage).toBe(5);
    const hired = await moveProposal(
      t.db,
      id,
      "hired",
      specialist,
      { hireForm: "temporary", hireHours: 12, hireStart: "2030-01-07" },
      () => null,
    );
    expect(hired).toMatchObject({ status: "hired", hire_form: "temporary", hire_start: "2030-01-07" });
    const events = await listProposalEvents(t.db, id);
    expect(events.map((e) => [e.from_status, e.to_status, e.by_role])).toEqual([
      [null, "proposed", "specialist"],
      ["proposed", "interested", "employer"],
      ["interested", "meeting", "specialist"],
      ["meeting", "work_trial", "specialist"],
      ["work_trial", "hired", "specialist"],
    ]);
    const plan = await t.db
      .selectFrom("follow_ups")
      .select(["due_date", "place"])
      .where("proposal_id", "=", id)
      .orderBy("due_date")
      .execute();
    expect(plan).toHaveLength(6);
    expect(plan[0]).toEqual({ due_date: "2030-01-14", place: "workplace" });
    const job = await t.db.selectFrom("carved_jobs").select("status").where("id", "=", jobId).executeTakeFirstOrThrow();
    expect(job.status).toBe("filled");

    // Due follow-ups remind the specialist once each, however often the job runs.
    expect(await remindDueFollowUps(t.db, "2030-02-10")).toBe(3);
    await remindDueFollowUps(t.db, "2030-02-10");
    const reminders = await t.db
      .selectFrom("notifications")
      .select("text")
      .where("user_id", "=", ids.specialistId)
      .where("kind", "=", "follow_up")
      .execute();
    expect(reminders).toHaveLength(3);
  });

  it("shares identity with one employer only after the candidate's yes, and a new yes replaces the old", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Per Tester" });
    const proposalId = await createProposal(
      t.db,
      {
        candidateId,
        organisationId: orgId,
        carvedJobId: jobId,
        taskNeedId: null,
        jobTitle: "Kaffebar",
        specialistId: ids.specialistId,
        note: "",
        fit: { score: 80, fits: [], misfits: [] },
      },
      notice,
    );
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(false);
    const ask = () =>
      createShareRequest(t.db, { proposalId, candidateId, organisationId: orgId, requestedBy: ids.specialistId });
    const first = await ask();
    // Asking reveals nothing; the candidate is told on their channel, without detail.
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(false);
    const told = await t.db
      .selectFrom("mail_outbox")
      .select(["subject", "body", "channel", "to_address"])
      .where("dedupe_key", "=", `share-request:${first}`)
      .executeTakeFirstOrThrow();
    expect(told).toMatchObject({
      subject: "Du har en ny forespørsel i Arbeidsbro",
      to_address: "synne.testesen@example.no",
    });
    expect(told.body).not.toContain("Kafé Test AS");
    expect(told.body).not.toContain("Per Tester");
    // Someone else answering for the candidate, or answering another candidate's request, is refused.
    const { id: other } = await candidateWith(t.db, ids, { name: "Kari Annen" });
    expect(
      await answerShareRequest(t.db, {
        requestId: first,
        candidateId: other,
        accept: true,
        answeredBy: ids.specialistId,
      }),
    ).toBeUndefined();
    await answerShareRequest(t.db, { requestId: first, candidateId, accept: true, answeredBy: ids.specialistId });
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(true);
    // A second yes (recorded for the candidate, with a reason) replaces the first: one live consent.
    const second = await ask();
    await answerShareRequest(t.db, {
      requestId: second,
      candidateId,
      accept: true,
      answeredBy: ids.specialistId,
      onBehalfReason: "Har ikke BankID, svarte i møte.",
    });
    const live = await t.db
      .selectFrom("consents")
      .select(["method", "on_behalf_reason"])
      .where("candidate_id", "=", candidateId)
      .where("scope", "=", "identity_share")
      .where("withdrawn_at", "is", null)
      .execute();
    expect(live).toEqual([{ method: "meeting", on_behalf_reason: "Har ikke BankID, svarte i møte." }]);
  });

  it("an expired share request reveals nothing, and cannot be answered late", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Eva Utløpt" });
    const proposalId = await createProposal(
      t.db,
      {
        candidateId,
        organisationId: orgId,
        carvedJobId: jobId,
        taskNeedId: null,
        jobTitle: "Kaffebar",
        specialistId: ids.specialistId,
        note: "",
        fit: { score: 70, fits: [], misfits: [] },
      },
      notice,
    );
    const asked = new Date("2026-01-01T12:00:00Z");
    const requestId = await createShareRequest(t.db, {
      proposalId,
      candidateId,
      organisationId: orgId,
      requestedBy: ids.specialistId,
      now: asked,
    });
    const afterDeadline = new Date("2026-01-08T12:00:00Z");
    // Before the job has marked it, the deadline alone refuses the answer.
    expect(
      await answerShareRequest(t.db, {
        requestId,
        candidateId,
        accept: true,
        answeredBy: ids.specialistId,
        now: afterDeadline,
      }),
    ).toBeUndefined();
    expect(await expireShareRequests(t.db, afterDeadline)).toBeGreaterThanOrEqual(1);
    expect(await expireShareRequests(t.db, afterDeadline)).toBe(0);
    expect(
      await answerShareRequest(t.db, { requestId, candidateId, accept: true, answeredBy: ids.specialistId }),
    ).toBeUndefined();
    expect(await hasIdentityConsent(t.db, candidateId, orgId)).toBe(false);
    const row = await t.db
      .selectFrom("share_requests")
      .select("status")
      .where("id", "=", requestId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("expired");
  });

  it("every e-mail (notices and account mail) goes through the notification provider, so a real gateway gets them all", async () => {
    const sent: Array<{ channel: Channel; message: OutgoingMessage }> = [];
    setNotificationProvider({
      async send(db, channel, message) {
        sent.push({ channel, message });
        return outboxProvider.send(db, channel, message);
      },
    });
    try {
      await notify(t.db, [employerId], {
        kind: "proposal",
        text: "Ny kandidat",
        link: "/x",
        mail: { subject: "Nytt forslag via leverandøren", body: "Se Arbeidsbro" },
      });
      await inviteColleague(t.db, {
        organisationId: orgId,
        organisationName: "Kafé Test AS",
        email: "kollega@kafe.no",
        role: "member",
        inviter: { id: employerId, name: "Per Tester" },
        baseUrl: "http://arbeidsbro.test",
        requestId: "integration-test",
      });
    } finally {
      setNotificationProvider(outboxProvider);
    }
    expect(sent.map((s) => [s.channel, s.message.to])).toEqual([
      ["email", "sjef@kafe.no"],
      ["email", "kollega@kafe.no"],
    ]);
    expect(sent[0]?.message.subject).toBe("Nytt forslag via leverandøren");
  });
});
