import { describe, expect, it } from "vitest";
import { planFollowUps } from "../matching/pipeline";
import {
  addMonthsClamped,
  checkInState,
  hireMentor,
  linkPlanToCheckIns,
  checkHire,
  checkPlacement,
  employerMayAddView,
  mentorPeriod,
  mentorSuggestion,
  nextMeeting,
  overdueCount,
  overdueCounts,
  planCheckIns,
} from "./rules";

describe("check-in schedule", () => {
  it("falls 1, 3, 6 and 12 months after the start", () => {
    expect(planCheckIns("2026-03-10")).toEqual([
      { monthsAfter: 1, dueDate: "2026-04-10" },
      { monthsAfter: 3, dueDate: "2026-06-10" },
      { monthsAfter: 6, dueDate: "2026-09-10" },
      { monthsAfter: 12, dueDate: "2027-03-10" },
    ]);
  });

  it("clamps a start at the end of a month to the shorter months, leap years included", () => {
    expect(planCheckIns("2026-01-31").map((c) => c.dueDate)).toEqual([
      "2026-02-28",
      "2026-04-30",
      "2026-07-31",
      "2027-01-31",
    ]);
    expect(addMonthsClamped("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonthsClamped("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsClamped("2028-02-29", 12)).toBe("2029-02-28");
  });

  it("crosses the year end", () => {
    expect(planCheckIns("2026-11-15").map((c) => c.dueDate)).toEqual([
      "2026-12-15",
      "2027-02-15",
      "2027-05-15",
      "2027-11-15",
    ]);
  });
});

describe("check-ins on the plan's dates", () => {
  it("links the plan's meetings with the employer at about 1, 3 and 6 months to those check-ins, on the check-in's date", () => {
    const start = "2026-03-10";
    const linked = linkPlanToCheckIns(planFollowUps(start), planCheckIns(start));
    expect(linked.map((p) => [p.dueDate, p.withWhom, p.checkIn])).toEqual([
      ["2026-03-17", "both", null],
      ["2026-03-24", "candidate", null],
      ["2026-04-10", "employer", 0], // 28 days → the 1-month check-in, 10 April
      ["2026-05-05", "candidate", null],
      ["2026-06-10", "both", 1], // 91 days → 3 months
      ["2026-09-10", "both", 2], // 182 days → 6 months
    ]);
  });

  it("never links a contact with the candidate alone, nor one more than a week away", () => {
    const plan = [
      { dueDate: "2026-04-09", withWhom: "candidate" },
      { dueDate: "2026-04-18", withWhom: "both" },
    ];
    expect(linkPlanToCheckIns(plan, [{ dueDate: "2026-04-10" }]).map((p) => p.checkIn)).toEqual([null, null]);
    expect(linkPlanToCheckIns(plan, [{ dueDate: "2026-04-11" }]).map((p) => p.checkIn)).toEqual([null, 0]);
  });

  it("links each contact to one check-in at most", () => {
    const plan = [{ dueDate: "2026-04-10", withWhom: "both" }];
    expect(
      linkPlanToCheckIns(plan, [{ dueDate: "2026-04-09" }, { dueDate: "2026-04-11" }]).map((p) => p.checkIn),
    ).toEqual([0]);
  });
});

describe("overdue rules", () => {
  it("is due on its day and overdue from the day after", () => {
    expect(checkInState("2026-05-10", false, "2026-05-10")).toBe("due");
    expect(checkInState("2026-05-10", false, "2026-05-11")).toBe("overdue");
    expect(checkInState("2026-05-10", false, "2026-05-09")).toBe("soon");
  });

  it("is coming up 14 days before, and later before that", () => {
    expect(checkInState("2026-05-24", false, "2026-05-10")).toBe("soon");
    expect(checkInState("2026-05-25", false, "2026-05-10")).toBe("later");
  });

  it("is never overdue once recorded, however late", () => {
    expect(checkInState("2026-01-10", true, "2026-12-31")).toBe("done");
  });

  it("counts overdue check-ins only while the person is in the job", () => {
    const items = [
      { dueDate: "2026-01-10", done: false },
      { dueDate: "2026-02-10", done: true },
      { dueDate: "2026-03-10", done: false },
      { dueDate: "2026-04-10", done: false },
    ];
    expect(overdueCount(items, "2026-03-11", true)).toBe(2);
    expect(overdueCount(items, "2026-03-10", true)).toBe(1);
    expect(overdueCount(items, "2026-03-11", false)).toBe(0);
  });

  it("lets the employer add a view until the check-in is recorded, in an active job", () => {
    expect(employerMayAddView(false, true)).toBe(true);
    expect(employerMayAddView(true, true)).toBe(false);
    expect(employerMayAddView(false, false)).toBe(false);
  });

  it("finds the next meeting among what is not done, earliest (overdue) first", () => {
    const items = [
      { dueDate: "2026-06-01", done: false, id: "b" },
      { dueDate: "2026-02-01", done: true, id: "a" },
      { dueDate: "2026-03-01", done: false, id: "c" },
    ];
    expect(nextMeeting(items)?.id).toBe("c");
    expect(nextMeeting([{ dueDate: "2026-01-01", done: true }])).toBeNull();
  });
});

describe("one active placement at a time", () => {
  const org = "org-a";
  it("lets a candidate without a job be proposed anywhere", () => {
    expect(checkPlacement({ targetOrganisationId: org, activeHireOrganisations: [], openToAnotherJob: false })).toEqual(
      { ok: true },
    );
  });

  it("refuses another employer while the candidate is in a job, and says where", () => {
    expect(
      checkPlacement({ targetOrganisationId: org, activeHireOrganisations: ["org-b"], openToAnotherJob: false }),
    ).toEqual({ ok: false, reason: "in-job", organisationId: "org-b" });
  });

  it("allows the same employer (more hours where they work)", () => {
    expect(
      checkPlacement({ targetOrganisationId: org, activeHireOrganisations: [org], openToAnotherJob: false }).ok,
    ).toBe(true);
  });

  it("allows another employer when the specialist has marked the candidate open to another job", () => {
    expect(
      checkPlacement({ targetOrganisationId: org, activeHireOrganisations: ["org-b"], openToAnotherJob: true }).ok,
    ).toBe(true);
  });
});

describe("one active placement at hire", () => {
  const org = "org-a";
  it("hires a candidate without another job as their placement", () => {
    expect(checkHire({ targetOrganisationId: org, activeHireOrganisations: [], openToAnotherJob: false })).toEqual({
      ok: true,
      extraJob: false,
    });
  });

  it("refuses a hire while the candidate is in a job with another employer, and says where", () => {
    expect(
      checkHire({ targetOrganisationId: org, activeHireOrganisations: ["org-b"], openToAnotherJob: false }),
    ).toEqual({ ok: false, reason: "in-job", organisationId: "org-b" });
  });

  it("hires alongside another job as an extra job: marked open to another job, or the same employer", () => {
    expect(
      checkHire({ targetOrganisationId: org, activeHireOrganisations: ["org-b"], openToAnotherJob: true }),
    ).toEqual({ ok: true, extraJob: true });
    expect(checkHire({ targetOrganisationId: org, activeHireOrganisations: [org], openToAnotherJob: false })).toEqual({
      ok: true,
      extraJob: true,
    });
  });
});

describe("mentor suggestion timing", () => {
  const base = { active: true, hireStart: "2026-01-31", taperingOn: null, hasMentorApplication: false };
  it("comes three months after the start, on that day and not the day before", () => {
    expect(mentorSuggestion({ ...base, today: "2026-04-29" })).toEqual({
      suggest: false,
      reason: "not-yet",
      from: "2026-04-30",
    });
    expect(mentorSuggestion({ ...base, today: "2026-04-30" })).toEqual({
      suggest: true,
      reason: "time",
      from: "2026-04-30",
    });
  });

  it("comes at once when follow-up is marked as tapering, before the three months", () => {
    expect(mentorSuggestion({ ...base, taperingOn: "2026-02-20", today: "2026-02-20" })).toEqual({
      suggest: true,
      reason: "tapering",
      from: "2026-02-20",
    });
  });

  it("is not made for an ended job or a hire that already has a mentor application", () => {
    expect(mentorSuggestion({ ...base, active: false, today: "2026-06-01" }).suggest).toBe(false);
    expect(mentorSuggestion({ ...base, hasMentorApplication: true, today: "2026-06-01" })).toMatchObject({
      suggest: false,
      reason: "has-mentor",
    });
  });

  it("prefills six months from the later of the start and today", () => {
    expect(mentorPeriod("2026-01-31", "2026-05-02")).toEqual({ startDate: "2026-05-02", endDate: "2026-11-01" });
    expect(mentorPeriod("2026-07-01", "2026-06-15")).toEqual({ startDate: "2026-07-01", endDate: "2026-12-31" });
    expect(mentorPeriod(null, "2026-03-01")).toEqual({ startDate: "2026-03-01", endDate: "2026-08-31" });
  });
});

describe("whether a hire got a mentor", () => {
  const none = { namedAtHire: null, namedInJob: null, mentorGrantStatuses: [] };
  it("counts an approved mentortilskudd application, even without a name", () => {
    expect(hireMentor({ ...none, mentorGrantStatuses: ["approved"] })).toEqual({
      has: true,
      name: null,
      namedIn: null,
      grantApproved: true,
    });
  });

  it("does not count an application that is not approved", () => {
    expect(hireMentor({ ...none, mentorGrantStatuses: ["draft", "submitted", "rejected"] })).toEqual({ has: false });
  });

  it("counts the carved job's mentor, and the one named at hire before it", () => {
    expect(hireMentor({ ...none, namedInJob: "Berit Berg" })).toMatchObject({
      has: true,
      name: "Berit Berg",
      namedIn: "job",
    });
    expect(hireMentor({ ...none, namedAtHire: "Tor Hansen", namedInJob: "Berit Berg" })).toMatchObject({
      name: "Tor Hansen",
      namedIn: "hire",
      grantApproved: false,
    });
    expect(hireMentor({ ...none, namedInJob: "  " })).toEqual({ has: false });
  });
});

describe("overdue check-ins per hire, and the mentor suggestion's edges", () => {
  it("counts each hire's overdue open check-ins, leaving out those due today or later", () => {
    const counts = overdueCounts(
      [
        { proposal_id: "p1", due_date: "2026-03-01" },
        { proposal_id: "p1", due_date: "2026-04-01" },
        { proposal_id: "p2", due_date: "2026-04-10" },
        { proposal_id: "p3", due_date: "2026-05-01" },
      ],
      "2026-04-10",
    );
    expect([...counts]).toEqual([["p1", 2]]);
    expect(overdueCounts([], "2026-04-10").size).toBe(0);
  });

  it("tells the date the suggestion would come even when it is not made", () => {
    const base = { active: true, hireStart: "2026-01-31", taperingOn: null, hasMentorApplication: false };
    expect(mentorSuggestion({ ...base, active: false, today: "2026-02-01" })).toEqual({
      suggest: false,
      reason: "not-active",
      from: "2026-04-30",
    });
    expect(mentorSuggestion({ ...base, hasMentorApplication: true, today: "2026-02-01" })).toEqual({
      suggest: false,
      reason: "has-mentor",
      from: "2026-04-30",
    });
    expect(mentorSuggestion({ ...base, hireStart: null, today: "2030-01-01" })).toEqual({
      suggest: false,
      reason: "not-yet",
      from: null,
    });
  });

  it("waits for a tapering mark dated in the future, and takes the earlier of the two reasons", () => {
    const base = { active: true, hireStart: "2026-01-31", hasMentorApplication: false };
    expect(mentorSuggestion({ ...base, taperingOn: "2026-03-01", today: "2026-02-28" })).toMatchObject({
      suggest: false,
      reason: "not-yet",
    });
    expect(mentorSuggestion({ ...base, taperingOn: "2026-06-01", today: "2026-05-01" })).toEqual({
      suggest: true,
      reason: "time",
      from: "2026-04-30",
    });
  });

  it("starts the mentor period on the hire's start when that is today", () => {
    expect(mentorPeriod("2026-03-01", "2026-03-01")).toEqual({ startDate: "2026-03-01", endDate: "2026-08-31" });
  });

  it("trims the mentor's name and prefers the one named at hire even with an approved grant", () => {
    expect(
      hireMentor({ namedAtHire: "  Tor Hansen ", namedInJob: null, mentorGrantStatuses: ["rejected", "approved"] }),
    ).toEqual({ has: true, name: "Tor Hansen", namedIn: "hire", grantApproved: true });
    expect(hireMentor({ namedAtHire: " ", namedInJob: " Berit Berg", mentorGrantStatuses: [] })).toEqual({
      has: true,
      name: "Berit Berg",
      namedIn: "job",
      grantApproved: false,
    });
  });

  it("links a contact exactly a week from a check-in, and the nearer of two", () => {
    const weekBefore = { dueDate: "2026-04-03", withWhom: "employer" };
    const plan = [weekBefore, { dueDate: "2026-04-12", withWhom: "employer" }];
    expect(linkPlanToCheckIns(plan, [{ dueDate: "2026-04-10" }])).toEqual([
      { dueDate: "2026-04-03", withWhom: "employer", checkIn: null },
      { dueDate: "2026-04-10", withWhom: "employer", checkIn: 0 },
    ]);
    expect(linkPlanToCheckIns([weekBefore], [{ dueDate: "2026-04-10" }])[0]).toMatchObject({ checkIn: 0 });
    expect(linkPlanToCheckIns([weekBefore], [{ dueDate: "2026-04-11" }])[0]).toMatchObject({ checkIn: null });
  });
});
