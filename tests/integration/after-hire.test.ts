// After the hire, on the real PostgreSQL: check-ins planned at hire, job changes as dated events,
// a job end puts the candidate back in job finding (stage 3) with the history kept, one active
// placement at a time, and an employer never reaches another organisation's hire or conversation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEmployerView,
  addMessage,
  getConversation,
  getHire,
  listCheckIns,
  listJobEvents,
  listMessages,
  recordCheckIn,
  recordJobChange,
  setOpenToAnotherJob,
  unreadForOffice,
  unreadForOrganisations,
  markConversationRead,
  remindOverdueCheckIns,
} from "../../db/repositories/after-hire";
import { createCarvedJob, createTaskNeed } from "../../db/repositories/jobs";
import {
  MoveRefusedError,
  PlacementRefusedError,
  completeFollowUp,
  createProposal,
  listStageEvents,
  moveProposal,
} from "../../db/repositories/matching";
import { addMember, createOrganisation } from "../../db/repositories/organisations";
import type { Database } from "../../db/schema";
import type { Kysely } from "kysely";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { callRoute, closeServices, signIn, useAppServices } from "../support/app";
import { hireDetails, overdueByHire, startMentorApplication } from "../../app/afterhire/hires.server";
import { todayInOslo } from "../../app/domain/dates";
import { addDays } from "../../app/grants/periods";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import type { SessionUser } from "../../app/auth/session.server";
import { action as specialistProposalAction } from "../../app/routes/spesialist.forslag.$id";
import { loader as employerProposalLoader } from "../../app/routes/arbeidsgiver.$orgId_.forslag.$id";
import { loader as employerHireLoader } from "../../app/routes/arbeidsgiver.$orgId_.ansatte.$id";
import { loader as employerConversationLoader } from "../../app/routes/arbeidsgiver.$orgId_.samtaler.$id";
import { loader as specialistConversationLoader } from "../../app/routes/spesialist.samtaler.$id";

async function organisationWithJob(db: Kysely<Database>, orgNumber: string, name: string, email: string) {
  const orgId = (
    await createOrganisation(db, { orgNumber, name, address: null, municipalityNumber: "5501", navOfficeId: null })
  ).id;
  const employerId = (
    await db
      .insertInto("users")
      .values({ email, name: `Sjef ${name}`, role: "employer" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await addMember(db, { organisationId: orgId, userId: employerId, role: "admin", status: "active" });
  const task = await createTaskNeed(db, orgId, employerId, {
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
  const jobId = await createCarvedJob(
    db,
    orgId,
    employerId,
    {
      taskIds: [task],
      title: `Kjøkkenhjelp ${name}`,
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
  return { orgId, employerId, jobId };
}

describe("after the hire", () => {
  let t: TestDatabase;
  let ids: { officeId: string; specialistId: string };
  let a: Awaited<ReturnType<typeof organisationWithJob>>;
  let b: Awaited<ReturnType<typeof organisationWithJob>>;
  const notice = () => ({ kind: "proposal", text: "Ny", link: "/x" });
  const specialist = () => ({ userId: ids.specialistId, role: "specialist" as const });

  beforeAll(async () => {
    t = await createTestDatabase();
    useAppServices(t);
    ids = await createOfficeAndSpecialist(t.db);
    a = await organisationWithJob(t.db, "889640782", "Kafé A", "a@kafe.no");
    b = await organisationWithJob(t.db, "974760673", "Hotell B", "b@hotell.no");
  }, 60_000);

  afterAll(async () => {
    await closeServices();
    await t?.drop();
  });

  const propose = (candidateId: string, org: typeof a) =>
    createProposal(
      t.db,
      {
        candidateId,
        organisationId: org.orgId,
        carvedJobId: org.jobId,
        taskNeedId: null,
        jobTitle: "Kjøkkenhjelp",
        specialistId: ids.specialistId,
        note: "Passer godt.",
        fit: { score: 90, fits: [], misfits: [] },
      },
      notice,
    );

  /** Proposed, the employer interested, a meeting: ready to be hired. */
  async function toMeeting(candidateId: string, org: typeof a) {
    const id = await propose(candidateId, org);
    await moveProposal(t.db, id, "interested", { userId: org.employerId, role: "employer" }, {}, () => null);
    await moveProposal(t.db, id, "meeting", specialist(), {}, () => null);
    return id;
  }

  async function hire(
    candidateId: string,
    org: typeof a,
    start = "2030-01-31",
    mentorName: string | null = "Tor Hansen",
  ) {
    const id = await toMeeting(candidateId, org);
    await moveProposal(
      t.db,
      id,
      "hired",
      specialist(),
      { hireForm: "temporary", hireHours: 12, hireStart: start, mentorName: mentorName ?? undefined },
      () => null,
    );
    return id;
  }

  const stageOf = async (candidateId: string) =>
    (
      await t.db
        .selectFrom("candidate_profiles")
        .select("euse_stage")
        .where("candidate_id", "=", candidateId)
        .executeTakeFirstOrThrow()
    ).euse_stage;

  it("plans check-ins 1, 3, 6 and 12 months after the start, month ends clamped, and keeps the mentor named at hire", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Kari Sjekk" });
    const id = await hire(candidateId, a, "2030-01-31");
    expect((await listCheckIns(t.db, id)).map((c) => [c.months_after, c.due_date])).toEqual([
      [1, "2030-02-28"],
      [3, "2030-04-30"],
      [6, "2030-07-31"],
      [12, "2031-01-31"],
    ]);
    expect((await getHire(t.db, id, { organisationId: a.orgId }))?.mentor_name).toBe("Tor Hansen");
  });

  it("lets the employer add a view before a check-in and the specialist record it, once", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Per Sjekk" });
    const id = await hire(candidateId, a);
    const [first] = await listCheckIns(t.db, id);
    if (!first) throw new Error("no check-in");
    // Another organisation cannot add a view to this hire's check-in.
    expect(await addEmployerView(t.db, b.orgId, id, first.id, b.employerId, "Fra feil sted")).toBe(false);
    expect(await addEmployerView(t.db, a.orgId, id, first.id, a.employerId, "Går fint, blid og presis.")).toBe(true);
    expect(await recordCheckIn(t.db, id, first.id, ids.specialistId, "Trives; fortsetter som før.")).toBe(true);
    expect(await recordCheckIn(t.db, id, first.id, ids.specialistId, "Igjen")).toBe(false);
    // Recorded: the employer's view can no longer change.
    expect(await addEmployerView(t.db, a.orgId, id, first.id, a.employerId, "Endret")).toBe(false);
    const [after] = await listCheckIns(t.db, id);
    expect(after).toMatchObject({
      employer_view: "Går fint, blid og presis.",
      summary: "Trives; fortsetter som før.",
    });
    expect(after?.done_at).not.toBeNull();
  });

  it("records hours changed and temporary → permanent as dated events, and refuses what does not apply", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Ola Endring" });
    const id = await hire(candidateId, a);
    const employer = { userId: a.employerId, role: "employer" as const };
    expect(await recordJobChange(t.db, id, { kind: "hours_changed", date: "2030-03-01", hours: 12 }, employer)).toBe(
      false,
    );
    expect(await recordJobChange(t.db, id, { kind: "hours_changed", date: "2030-03-01", hours: 18.5 }, employer)).toBe(
      true,
    );
    expect(await recordJobChange(t.db, id, { kind: "made_permanent", date: "2030-06-01" }, employer)).toBe(true);
    expect(await recordJobChange(t.db, id, { kind: "made_permanent", date: "2030-07-01" }, employer)).toBe(false);
    const hireRow = await getHire(t.db, id, { organisationId: a.orgId });
    expect(hireRow).toMatchObject({ hire_form: "permanent", hire_hours: "18.5" });
    expect(
      (await listJobEvents(t.db, id)).map((e) => [e.kind, e.effective_date, e.hours_before, e.hours_after]),
    ).toEqual([
      ["hours_changed", "2030-03-01", "12.0", "18.5"],
      ["made_permanent", "2030-06-01", "18.5", "18.5"],
    ]);
  });

  it("a job-ended event puts the candidate back in stage 3, keeps the history and drops the plans after the last day", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Siri Slutt" });
    const id = await hire(candidateId, a, "2030-01-07");
    expect(await stageOf(candidateId)).toBe(5);
    const [first] = await listCheckIns(t.db, id);
    if (!first) throw new Error("no check-in");
    await recordCheckIn(t.db, id, first.id, ids.specialistId, "Første samtale.");
    // A hire does not end without a reason from the list.
    await expect(
      moveProposal(t.db, id, "ended", specialist(), { endReason: "Sluttet" }, () => null),
    ).rejects.toBeInstanceOf(MoveRefusedError);
    await moveProposal(
      t.db,
      id,
      "ended",
      specialist(),
      { jobEnd: { reason: "health", date: "2030-05-15" } },
      () => null,
    );
    expect(await stageOf(candidateId)).toBe(3);
    expect((await listStageEvents(t.db, candidateId)).map((e) => [e.from_stage, e.to_stage, e.reason])).toEqual([
      [5, 3, "job_ended"],
      [4, 5, "hired"],
      [2, 4, "proposal"],
    ]);
    expect((await listJobEvents(t.db, id)).map((e) => [e.kind, e.effective_date, e.end_reason])).toEqual([
      ["ended", "2030-05-15", "health"],
    ]);
    // The done check-in and the 3-month one (before the end) stay; 6 and 12 months are gone.
    expect((await listCheckIns(t.db, id)).map((c) => c.months_after)).toEqual([1, 3]);
    const followUps = await t.db
      .selectFrom("follow_ups")
      .select("due_date")
      .where("proposal_id", "=", id)
      .orderBy("due_date")
      .execute();
    expect(followUps.every((f) => f.due_date <= "2030-05-15")).toBe(true);
    // Ended: no more changes.
    expect(await recordJobChange(t.db, id, { kind: "made_permanent", date: "2030-06-01" }, specialist())).toBe(false);
  });

  it("refuses to propose a candidate in a job to another employer unless marked open to another job", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Nina Plass" });
    await hire(candidateId, a);
    await expect(propose(candidateId, b)).rejects.toBeInstanceOf(PlacementRefusedError);
    const proposals = await t.db
      .selectFrom("proposals")
      .select("id")
      .where("candidate_id", "=", candidateId)
      .where("organisation_id", "=", b.orgId)
      .execute();
    expect(proposals).toEqual([]);
    await setOpenToAnotherJob(t.db, candidateId, true);
    await expect(propose(candidateId, b)).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a hire while the candidate is in a job elsewhere, writing nothing, and allows one extra job when marked open", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Mona Tojobber" });
    // Proposed to both before either hired: the rule is checked again at the hire.
    const atB = await toMeeting(candidateId, b);
    const atA = await hire(candidateId, a);
    const stageEventsBefore = await listStageEvents(t.db, candidateId);
    const hireAtB = () =>
      moveProposal(
        t.db,
        atB,
        "hired",
        specialist(),
        { hireForm: "permanent", hireHours: 20, hireStart: "2030-03-01" },
        () => null,
      );
    await expect(hireAtB()).rejects.toBeInstanceOf(PlacementRefusedError);
    // Nothing half-written: still a meeting, no plan, no check-ins, no history row, no stage change.
    expect(
      await t.db.selectFrom("proposals").select(["status", "hire_start"]).where("id", "=", atB).executeTakeFirst(),
    ).toEqual({ status: "meeting", hire_start: null });
    expect(await listCheckIns(t.db, atB)).toEqual([]);
    expect(await t.db.selectFrom("follow_ups").select("id").where("proposal_id", "=", atB).execute()).toEqual([]);
    expect(
      await t.db
        .selectFrom("proposal_events")
        .select("id")
        .where("proposal_id", "=", atB)
        .where("to_status", "=", "hired")
        .execute(),
    ).toEqual([]);
    expect(await listStageEvents(t.db, candidateId)).toEqual(stageEventsBefore);

    // Marked open to another job (more hours elsewhere): the hire goes through as an extra job,
    // and the mark is used up by it.
    await setOpenToAnotherJob(t.db, candidateId, true);
    await expect(hireAtB()).resolves.toMatchObject({ status: "hired", extra_job: true });
    const openNow = async () =>
      (
        await t.db
          .selectFrom("candidates")
          .select("open_to_another_job")
          .where("id", "=", candidateId)
          .executeTakeFirstOrThrow()
      ).open_to_another_job;
    expect(await openNow()).toBe(false);
    expect((await getHire(t.db, atA, { organisationId: a.orgId }))?.status).toBe("hired");

    // The database's own guard: two hires in work that are not extra jobs cannot exist.
    await expect(
      t.db.updateTable("proposals").set({ extra_job: false }).where("id", "=", atB).execute(),
    ).rejects.toThrow(/proposals_one_active_placement/);

    // A job end changes the placement the mark was given for: it is cleared.
    await setOpenToAnotherJob(t.db, candidateId, true);
    await moveProposal(
      t.db,
      atA,
      "ended",
      specialist(),
      { jobEnd: { reason: "contract_end", date: "2030-06-30" } },
      () => null,
    );
    expect(await openNow()).toBe(false);
  });

  it("the hire form says why a candidate in a job elsewhere cannot be hired, keeping what was typed", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Jens Skjema" });
    const atB = await toMeeting(candidateId, b);
    await hire(candidateId, a);
    const answer = await callRoute(specialistProposalAction, {
      path: `/spesialist/forslag/${atB}`,
      params: { id: atB },
      cookie: await signIn(ids.specialistId),
      form: { intent: "hire", hireForm: "permanent", hireHours: "20", hireStart: "2030-03-01" },
    });
    expect(answer.status).toBe(409);
    expect(answer.data).toMatchObject({
      errors: { hire: [expect.stringContaining("er allerede i jobb hos Kafé A")] },
      values: { hireHours: "20", hireStart: "2030-03-01" },
    });
    expect(
      (await t.db.selectFrom("proposals").select("status").where("id", "=", atB).executeTakeFirstOrThrow()).status,
    ).toBe("meeting");
  });

  it("a conversation's back-link reaches a page that exists: the proposal when it ended before a hire, else the hire", async () => {
    const employerCookie = await signIn(a.employerId);
    const specialistCookie = await signIn(ids.specialistId);
    const backOf = async (id: string) => {
      const employer = await callRoute(employerConversationLoader, {
        path: `/arbeidsgiver/${a.orgId}/samtaler/${id}`,
        params: { orgId: a.orgId, id },
        cookie: employerCookie,
      });
      const specialistSide = await callRoute(specialistConversationLoader, {
        path: `/spesialist/samtaler/${id}`,
        params: { id },
        cookie: specialistCookie,
      });
      expect([employer.status, specialistSide.status]).toEqual([200, 200]);
      return [
        (employer.data as { back: { href: string } }).back.href,
        (specialistSide.data as { back: { href: string } }).back.href,
      ];
    };
    // Ended before any hire (after the employer's yes): the proposal's page, which answers.
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Eva Avbrutt" });
    const endedEarly = await propose(candidateId, a);
    await moveProposal(t.db, endedEarly, "interested", { userId: a.employerId, role: "employer" }, {}, () => null);
    await moveProposal(t.db, endedEarly, "ended", specialist(), { endReason: "Valgte et annet tilbud" }, () => null);
    expect(await backOf(endedEarly)).toEqual([
      `/arbeidsgiver/${a.orgId}/forslag/${endedEarly}`,
      `/spesialist/forslag/${endedEarly}`,
    ]);
    const proposalPage = await callRoute(employerProposalLoader, {
      path: `/arbeidsgiver/${a.orgId}/forslag/${endedEarly}`,
      params: { orgId: a.orgId, id: endedEarly },
      cookie: employerCookie,
    });
    expect(proposalPage.status).toBe(200);
    // A hire that later ended: its hire page, which answers too.
    const { id: hiredId } = await candidateWith(t.db, ids, { name: "Egil Ansatt" });
    const hired = await hire(hiredId, a);
    await moveProposal(
      t.db,
      hired,
      "ended",
      specialist(),
      { jobEnd: { reason: "health", date: "2030-04-01" } },
      () => null,
    );
    expect(await backOf(hired)).toEqual([
      `/arbeidsgiver/${a.orgId}/ansatte/${hired}`,
      `/spesialist/ansettelser/${hired}`,
    ]);
    const hirePage = await callRoute(employerHireLoader, {
      path: `/arbeidsgiver/${a.orgId}/ansatte/${hired}`,
      params: { orgId: a.orgId, id: hired },
      cookie: employerCookie,
    });
    expect(hirePage.status).toBe(200);
  });

  it("a hire got a mentor when one is named at hire or in the carved job, or a mentortilskudd is approved", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Marit Mentor" });
    const id = await hire(candidateId, b, "2030-01-07", null);
    const details = async () => {
      const row = await getHire(t.db, id, { organisationId: b.orgId });
      if (!row) throw new Error("no hire");
      return { row, details: await hireDetails(row, "2030-02-01") };
    };
    // No mentor named anywhere, no grant: no mentor.
    expect((await details()).details.mentorStatus).toEqual({ has: false });
    // The carved job names one: the hire has a mentor, and the mentortilskudd form is pre-filled with them.
    await t.db.updateTable("carved_jobs").set({ mentor_name: "Berit Berg" }).where("id", "=", b.jobId).execute();
    const { row, details: withJobMentor } = await details();
    expect(withJobMentor.mentorStatus).toEqual({ has: true, name: "Berit Berg", namedIn: "job", grantApproved: false });
    const employer = { id: b.employerId, name: "Sjef Hotell B", email: "b@hotell.no" } as SessionUser;
    const applicationId = await startMentorApplication(employer, b.orgId, row);
    const application = await t.db
      .selectFrom("grant_applications")
      .select(["answers", "status"])
      .where("id", "=", applicationId)
      .executeTakeFirstOrThrow();
    expect(application.answers).toMatchObject({ mentorName: "Berit Berg" });
    // An application not decided yet is not a mentor of its own; an approved one is.
    await t.db.updateTable("carved_jobs").set({ mentor_name: null }).where("id", "=", b.jobId).execute();
    expect((await details()).details.mentorStatus).toEqual({ has: false });
    await t.db.updateTable("grant_applications").set({ status: "approved" }).where("id", "=", applicationId).execute();
    expect((await details()).details.mentorStatus).toEqual({
      has: true,
      name: null,
      namedIn: null,
      grantApproved: true,
    });
  });

  it("a check-in is the plan's meeting with the employer on its date: recording either marks both done", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Lars Lenket" });
    const id = await hire(candidateId, a, "2030-01-31");
    const plan = async () =>
      t.db
        .selectFrom("follow_ups as f")
        .leftJoin("check_ins as k", "k.id", "f.check_in_id")
        .select(["f.id", "f.due_date", "f.with_whom", "f.done_at", "f.note", "k.months_after", "k.done_at as k_done"])
        .where("f.proposal_id", "=", id)
        .orderBy("f.due_date")
        .execute();
    // 28, 91 and 182 days after the start are the 1-, 3- and 6-month check-ins, on their dates.
    expect((await plan()).map((f) => [f.due_date, f.with_whom, f.months_after])).toEqual([
      ["2030-02-07", "both", null],
      ["2030-02-14", "candidate", null],
      ["2030-02-28", "employer", 1],
      ["2030-03-28", "candidate", null],
      ["2030-04-30", "both", 3],
      ["2030-07-31", "both", 6],
    ]);
    const checkIns = await listCheckIns(t.db, id);
    // The specialist records the one-month check-in: its plan contact is done too, with the summary.
    expect(await recordCheckIn(t.db, id, checkIns[0]?.id ?? "", ids.specialistId, "Trives godt.")).toBe(true);
    // The three-month contact is marked done from the candidate's page: the check-in is done too.
    const threeMonths = (await plan()).find((f) => f.months_after === 3);
    expect(await completeFollowUp(t.db, candidateId, threeMonths?.id ?? "", ids.specialistId, "")).toBe(true);
    expect((await plan()).map((f) => [f.months_after, f.done_at !== null, f.k_done !== null, f.note])).toEqual([
      [null, false, false, ""],
      [null, false, false, ""],
      [1, true, true, "Trives godt."],
      [null, false, false, ""],
      [3, true, true, ""],
      [6, false, false, ""],
    ]);
    // Done once: a second record of either is refused.
    expect(await recordCheckIn(t.db, id, checkIns[1]?.id ?? "", ids.specialistId, "Igjen")).toBe(false);
    expect(await completeFollowUp(t.db, candidateId, threeMonths?.id ?? "", ids.specialistId, "")).toBe(false);
  });

  it("counts overdue check-ins the same in the employer's navigation, both lists of hires and the hire page", async () => {
    const c = await organisationWithJob(t.db, "921609126", "Bakeri C", "c@bakeri.no");
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Kim Forsinket" });
    // Started 100 days ago: the 1- and 3-month check-ins are past, and five plan contacts too.
    const id = await hire(candidateId, c, addDays(todayInOslo(), -100));
    const counts = async () => {
      const row = await getHire(t.db, id, { organisationId: c.orgId });
      if (!row) throw new Error("no hire");
      return [
        (await employerNavCounts(t.db, c.orgId, c.employerId)).employees,
        (await overdueByHire({ organisationId: c.orgId })).get(id) ?? 0,
        (await overdueByHire({ officeId: ids.officeId })).get(id) ?? 0,
        (await hireDetails(row)).overdue,
      ];
    };
    expect(await counts()).toEqual([2, 2, 2, 2]);
    const [first] = await listCheckIns(t.db, id);
    await recordCheckIn(t.db, id, first?.id ?? "", ids.specialistId, "Går bra.");
    expect(await counts()).toEqual([1, 1, 1, 1]);
    // An ended job has nothing overdue, anywhere.
    await moveProposal(
      t.db,
      id,
      "ended",
      specialist(),
      { jobEnd: { reason: "candidate_wish", date: todayInOslo() } },
      () => null,
    );
    expect(await counts()).toEqual([0, 0, 0, 0]);
  });

  it("an employer cannot read another organisation's hire or conversation, whatever ids are asked for", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Geir Hemmelig" });
    const id = await hire(candidateId, a);
    await addMessage(
      t.db,
      { proposalId: id, authorId: ids.specialistId, role: "specialist", body: "Hvordan går det?" },
      [a.employerId],
      { kind: "message", text: "Ny melding", link: "/x", mail: { subject: "Ny melding", body: "Se Arbeidsbro" } },
    );
    expect(await getHire(t.db, id, { organisationId: a.orgId })).toBeDefined();
    expect(await getHire(t.db, id, { organisationId: b.orgId })).toBeUndefined();
    expect(await getConversation(t.db, id, { organisationId: b.orgId })).toBeUndefined();
    expect(await getConversation(t.db, id, { organisationId: a.orgId })).toBeDefined();
    // Nor does b's member see a's unread messages in their counts.
    expect(await unreadForOrganisations(t.db, b.employerId, [b.orgId])).toEqual([]);
    expect(await unreadForOrganisations(t.db, a.employerId, [a.orgId])).toEqual([
      { proposal_id: id, organisation_id: a.orgId, unread: 1 },
    ]);
    // Another office's specialist reaches neither.
    const other = await createOfficeAndSpecialist(t.db, "NAV Annetsted");
    expect(await getHire(t.db, id, { officeId: other.officeId })).toBeUndefined();
    expect(await getConversation(t.db, id, { officeId: other.officeId })).toBeUndefined();
    // The message reached the employer in the portal and in the mail outbox.
    expect(
      await t.db.selectFrom("mail_outbox").select("to_address").where("subject", "=", "Ny melding").execute(),
    ).toEqual([{ to_address: "a@kafe.no" }]);
  });

  it("counts unread messages from the other side until the conversation is read", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Tone Ulest" });
    const id = await propose(candidateId, b);
    const send = (authorId: string, role: "employer" | "specialist", body: string) =>
      addMessage(t.db, { proposalId: id, authorId, role, body }, [], { kind: "message", text: "x", link: "/x" });
    await send(b.employerId, "employer", "Når kan vi møtes?");
    await send(b.employerId, "employer", "Tirsdag passer.");
    const unread = async () =>
      (await unreadForOffice(t.db, ids.specialistId, ids.officeId)).find((u) => u.proposal_id === id)?.unread ?? 0;
    expect(await unread()).toBe(2);
    await markConversationRead(t.db, id, ids.specialistId);
    expect(await unread()).toBe(0);
    // Answering reads the conversation for the writer; the employer's own messages never count for them.
    await send(ids.specialistId, "specialist", "Tirsdag kl. 10.");
    expect(await unread()).toBe(0);
    expect(
      (await unreadForOrganisations(t.db, b.employerId, [b.orgId])).find((u) => u.proposal_id === id)?.unread,
    ).toBe(1);
    expect((await listMessages(t.db, id)).map((m) => [m.author_role, m.body])).toEqual([
      ["employer", "Når kan vi møtes?"],
      ["employer", "Tirsdag passer."],
      ["specialist", "Tirsdag kl. 10."],
    ]);
  });

  it("tells both sides once about an overdue check-in, naming the code and not the person", async () => {
    const { id: candidateId } = await candidateWith(t.db, ids, { name: "Lise Forsinket" });
    const id = await hire(candidateId, b, "2031-01-10");
    // The one-month check-in (2031-02-10) is due on its day, overdue the day after.
    await remindOverdueCheckIns(t.db, "2031-02-10");
    const count = async (userId: string) =>
      (
        await t.db
          .selectFrom("notifications")
          .select("text")
          .where("user_id", "=", userId)
          .where("kind", "=", "check_in")
          .where("link", "like", `%${id}`)
          .execute()
      ).map((n) => n.text);
    expect(await count(b.employerId)).toEqual([]);
    await remindOverdueCheckIns(t.db, "2031-02-11");
    await remindOverdueCheckIns(t.db, "2031-02-12");
    const employerTexts = await count(b.employerId);
    expect(employerTexts).toHaveLength(1);
    expect(employerTexts[0]).not.toContain("Lise");
    // The date as every page writes it, not as the database stores it.
    expect(employerTexts[0]).toContain("10. feb. 2031");
    expect(employerTexts[0]).not.toContain("2031-02-10");
    expect(await count(ids.specialistId)).toHaveLength(1);
  });
});
