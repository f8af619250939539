import { describe, expect, it } from "vitest";
import {
  type NormFilters,
  type NormHire,
  type NormPerson,
  addDays,
  addMonths,
  caseload,
  caseloadBand,
  cohortsByQuarter,
  cohortsBySpecialist,
  contactTime,
  grantUse,
  median,
  mentorShare,
  newIntoWork,
  normFigures,
  percent,
  quarterOf,
  retention,
  temporaryToPermanent,
  yearRunOut,
} from "./figures";

const person = (id: string, startedOn: string, extra: Partial<NormPerson> = {}): NormPerson => ({
  id,
  specialistId: "s1",
  startedOn,
  endedOn: null,
  firstContactOn: null,
  ...extra,
});
const hire = (id: string, personId: string, startOn: string, extra: Partial<NormHire> = {}): NormHire => ({
  id,
  personId,
  specialistId: "s1",
  startOn,
  form: "permanent",
  subsidised: false,
  mentor: false,
  madePermanentOn: null,
  endedOn: null,
  grants: [],
  ...extra,
});
const f = (extra: Partial<NormFilters> = {}): NormFilters => ({
  from: "2025-01-01",
  to: "2026-12-31",
  asOf: "2026-12-31",
  ...extra,
});

describe("dates", () => {
  it("adds days and months as PostgreSQL does", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 366)).toBe("2025-02-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-12-05", 12)).toBe("2027-12-05");
    expect(addMonths("0999-12-05", 1)).toBe("1000-01-05");
  });
  it("names quarters", () => {
    expect(quarterOf("2026-01-01")).toBe("2026-K1");
    expect(quarterOf("2026-03-31")).toBe("2026-K1");
    expect(quarterOf("2026-04-01")).toBe("2026-K2");
    expect(quarterOf("2026-09-30")).toBe("2026-K3");
    expect(quarterOf("2026-12-31")).toBe("2026-K4");
  });
  it("takes the median as percentile_cont(0.5)", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });
  it("rounds a share to whole percent, null with nobody", () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 3)).toBe(33);
  });
  it("places a caseload against the 12–20 band", () => {
    expect(caseloadBand(11)).toBe("under");
    expect(caseloadBand(12)).toBe("within");
    expect(caseloadBand(20)).toBe("within");
    expect(caseloadBand(21)).toBe("over");
  });
});

describe("caseload", () => {
  it("counts people started and not ended on the day, per specialist", () => {
    const people = [
      person("a", "2026-12-31"),
      person("b", "2027-01-01"),
      person("c", "2026-01-01", { endedOn: "2026-12-31" }),
      person("d", "2026-01-01", { endedOn: "2027-01-01" }),
      person("e", "2026-01-01", { specialistId: "s2" }),
      person("f", "2026-01-01", { specialistId: null }),
    ];
    expect([...caseload(people, f())]).toEqual([
      ["s1", 2],
      ["s2", 1],
    ]);
    expect([...caseload(people, f({ specialistId: "s2" }))]).toEqual([["s2", 1]]);
  });

  it("leaves out a follow-up the specialist ended on the day, and counts one ending the day after", () => {
    const people = [
      person("ended-on-the-day", "2026-01-01", { endedOn: "2026-11-20" }),
      person("ends-the-day-after", "2026-01-01", { endedOn: "2026-11-21" }),
    ];
    expect([...caseload(people, f({ asOf: "2026-11-20" }))]).toEqual([["s1", 1]]);
    expect([...caseload(people, f({ asOf: "2026-11-19" }))]).toEqual([["s1", 2]]);
    expect([...caseload(people, f({ asOf: "2026-11-21" }))]).toEqual([]);
  });
});

describe("new people into work per calendar year", () => {
  it("counts a person hired twice in a year once, for the specialist of the first hire", () => {
    const hires = [
      hire("h2", "p1", "2026-06-01", { specialistId: "s2" }),
      hire("h1", "p1", "2026-02-01"),
      hire("h3", "p1", "2025-12-31"),
      hire("h4", "p2", "2026-02-01", { specialistId: "s2" }),
    ];
    expect(newIntoWork(hires, f())).toEqual([
      { year: 2025, specialistId: "s1", people: 1 },
      { year: 2026, specialistId: "s1", people: 1 },
      { year: 2026, specialistId: "s2", people: 1 },
    ]);
    expect(newIntoWork(hires, f({ specialistId: "s2" }))).toEqual([{ year: 2026, specialistId: "s2", people: 1 }]);
  });
  it("breaks a tie on the same day by id, and leaves out hires not started, outside the period or without a specialist", () => {
    const hires = [
      hire("b", "p1", "2026-03-01", { specialistId: "s2" }),
      hire("a", "p1", "2026-03-01"),
      hire("c", "p2", "2027-01-01"),
      hire("d", "p3", "2024-12-31"),
      hire("e", "p4", "2026-05-01", { specialistId: null }),
    ];
    expect(newIntoWork(hires, f())).toEqual([{ year: 2026, specialistId: "s1", people: 1 }]);
    expect(newIntoWork(hires, f({ asOf: "2026-02-28" }))).toEqual([]);
    expect(
      newIntoWork([hire("b", "p1", "2026-03-01"), hire("a", "p1", "2026-03-01", { specialistId: "s2" })], f()),
    ).toEqual([{ year: 2026, specialistId: "s2", people: 1 }]);
  });
  it("filters on subsidy", () => {
    const hires = [hire("a", "p1", "2026-03-01", { subsidised: true }), hire("b", "p2", "2026-03-01")];
    expect(newIntoWork(hires, f({ subsidy: "with" }))).toEqual([{ year: 2026, specialistId: "s1", people: 1 }]);
    expect(newIntoWork(hires, f({ subsidy: "without" }))).toEqual([{ year: 2026, specialistId: "s1", people: 1 }]);
    expect(newIntoWork(hires, f({ subsidy: "all" }))).toEqual([{ year: 2026, specialistId: "s1", people: 2 }]);
  });
});

describe("into work within a year, by cohort", () => {
  const people = [person("p1", "2025-01-10"), person("p2", "2025-01-10"), person("p3", "2025-02-01")];
  it("counts a hire on day 365 and not on day 366", () => {
    expect(addDays("2025-01-10", 365)).toBe("2026-01-10");
    const rows = cohortsByQuarter(people, [hire("a", "p1", "2026-01-10"), hire("b", "p2", "2026-01-11")], f());
    expect(rows).toEqual([{ key: "2025-K1", started: 3, intoWork: 1, subsidised: 0, finished: true }]);
  });
  it("counts a hire on the start day and not before it", () => {
    const rows = cohortsByQuarter(people, [hire("a", "p1", "2025-01-10"), hire("b", "p2", "2025-01-09")], f());
    expect(rows[0]?.intoWork).toBe(1);
  });
  it("marks a cohort whose year has not run out, and counts only hires started by the day", () => {
    expect(yearRunOut("2025-02-01", "2026-02-01")).toBe(false);
    expect(yearRunOut("2025-02-01", "2026-02-02")).toBe(true);
    const hires = [hire("a", "p3", "2026-01-20")];
    expect(cohortsByQuarter(people, hires, f({ asOf: "2026-02-01" }))).toEqual([
      { key: "2025-K1", started: 3, intoWork: 1, subsidised: 0, finished: false },
    ]);
    expect(cohortsByQuarter(people, hires, f({ asOf: "2026-02-02" }))[0]?.finished).toBe(true);
    expect(cohortsByQuarter(people, hires, f({ asOf: "2026-01-19" }))[0]?.intoWork).toBe(0);
  });
  it("leaves out people who start after the day or outside the period, and shows lønnstilskudd apart", () => {
    const more = [...people, person("p4", "2026-12-31"), person("p5", "2024-12-31"), person("p6", "2026-05-05")];
    const hires = [hire("a", "p1", "2025-03-01", { subsidised: true }), hire("b", "p1", "2025-02-01")];
    expect(cohortsByQuarter(more, hires, f({ asOf: "2026-12-30" }))).toEqual([
      { key: "2025-K1", started: 3, intoWork: 1, subsidised: 0, finished: true },
      { key: "2026-K2", started: 1, intoWork: 0, subsidised: 0, finished: false },
    ]);
    expect(cohortsByQuarter(more, hires, f({ subsidy: "with" }))[0]).toMatchObject({ intoWork: 1, subsidised: 1 });
    expect(cohortsByQuarter(more, hires, f({ subsidy: "without" }))[0]).toMatchObject({ intoWork: 1, subsidised: 0 });
    expect(cohortsByQuarter(more, hires, f({ specialistId: "s2" }))).toEqual([]);
  });
  it("splits each specialist's people into finished and running years", () => {
    const mixed = [
      person("p1", "2025-01-10"),
      person("p2", "2026-06-01"),
      person("p3", "2025-03-01", { specialistId: "s2" }),
      person("p4", "2025-03-01", { specialistId: null }),
    ];
    const hires = [hire("a", "p1", "2025-06-01", { subsidised: true }), hire("b", "p2", "2026-07-01")];
    expect(cohortsBySpecialist(mixed, hires, f())).toEqual([
      {
        specialistId: "s1",
        finished: { key: "finished", started: 1, intoWork: 1, subsidised: 1, finished: true },
        running: { key: "running", started: 1, intoWork: 1, subsidised: 0, finished: false },
      },
      {
        specialistId: "s2",
        finished: { key: "finished", started: 1, intoWork: 0, subsidised: 0, finished: true },
        running: { key: "running", started: 0, intoWork: 0, subsidised: 0, finished: false },
      },
    ]);
  });
});

describe("days to first employer contact", () => {
  it("takes the median and the share within 30 days (day 30 counts)", () => {
    const people = [
      person("a", "2026-01-01", { firstContactOn: "2026-01-31" }),
      person("b", "2026-01-01", { firstContactOn: "2026-02-01" }),
      person("c", "2026-01-01", { firstContactOn: "2026-01-01" }),
      person("d", "2026-01-01"),
      person("e", "2026-12-20"),
      person("g", "2026-12-20", { firstContactOn: "2027-01-05" }),
      person("h", "2026-12-10", { firstContactOn: "2026-12-12" }),
      person("i", "2024-12-10", { firstContactOn: "2024-12-12" }),
      person("j", "2026-01-01", { specialistId: "s2", firstContactOn: "2026-01-02" }),
    ];
    expect(contactTime(people, f({ specialistId: "s1" }))).toEqual({
      started: 7,
      contacted: 4,
      medianDays: 16,
      within30: 3,
      measured: 5,
    });
    expect(contactTime(people, f({ asOf: "2026-01-31" })).measured).toBe(3);
    expect(contactTime(people, f({ asOf: "2026-02-01" })).measured).toBe(5);
  });
  it("counts a contact before the start as day 0", () => {
    expect(contactTime([person("a", "2026-01-10", { firstContactOn: "2026-01-05" })], f()).medianDays).toBe(0);
  });
});

describe("after hire", () => {
  it("counts retention at 3, 6 and 12 months only when the mark has passed; an end on the mark day still counts", () => {
    const hires = [
      hire("a", "p1", "2026-01-31", { endedOn: "2026-04-30" }),
      hire("b", "p2", "2026-01-31", { endedOn: "2026-04-29" }),
      hire("c", "p3", "2026-06-30"),
      hire("d", "p4", "2026-06-30", { specialistId: "s2" }),
      hire("e", "p5", "2027-01-01"),
      hire("g", "p6", "2024-12-01"),
    ];
    expect(retention(hires, f({ asOf: "2026-12-30", specialistId: "s1" }))).toEqual([
      { months: 3, hires: 3, stillInJob: 2 },
      { months: 6, hires: 3, stillInJob: 1 },
      { months: 12, hires: 0, stillInJob: 0 },
    ]);
    expect(retention(hires, f({ asOf: "2026-07-31" }))[1]).toEqual({ months: 6, hires: 2, stillInJob: 0 });
    expect(retention(hires, f({ asOf: "2026-07-30" }))[1]).toEqual({ months: 6, hires: 0, stillInJob: 0 });
  });
  it("counts temporary hires made permanent by the day", () => {
    const hires = [
      hire("a", "p1", "2026-01-01", { form: "temporary", madePermanentOn: "2026-06-01" }),
      hire("b", "p2", "2026-01-01", { form: "temporary", madePermanentOn: "2027-01-01" }),
      hire("c", "p3", "2026-01-01", { form: "temporary" }),
      hire("d", "p4", "2026-01-01"),
    ];
    expect(temporaryToPermanent(hires, f())).toEqual({ temporary: 3, madePermanent: 1 });
  });
  it("counts mentor share and each grant's use over the hires chosen", () => {
    const hires = [
      hire("a", "p1", "2026-01-01", { mentor: true, grants: ["mentor", "wage"], subsidised: true }),
      hire("b", "p2", "2026-01-01", { grants: ["inclusion"] }),
      hire("c", "p3", "2026-01-01"),
    ];
    expect(mentorShare(hires, f())).toEqual({ hires: 3, withMentor: 1 });
    expect(mentorShare(hires, f({ subsidy: "without" }))).toEqual({ hires: 2, withMentor: 0 });
    expect(grantUse(hires, f())).toEqual([
      { kind: "mentor", hires: 1 },
      { kind: "inclusion", hires: 1 },
      { kind: "wage", hires: 1 },
    ]);
  });
});

describe("normFigures", () => {
  it("puts every figure together, caseload sorted by specialist", () => {
    const people = [person("a", "2026-01-01", { specialistId: "s2" }), person("b", "2026-01-01")];
    const figures = normFigures(people, [hire("h", "a", "2026-02-01")], f());
    expect(figures.caseload).toEqual([
      { specialistId: "s1", people: 1 },
      { specialistId: "s2", people: 1 },
    ]);
    expect(figures.newIntoWork).toHaveLength(1);
    expect(figures.cohorts).toHaveLength(1);
    expect(figures.bySpecialist).toHaveLength(2);
    expect(figures.contact.started).toBe(2);
    expect(figures.retention).toHaveLength(3);
    expect(figures.temporaryToPermanent.temporary).toBe(0);
    expect(figures.mentor.hires).toBe(1);
    expect(figures.grants).toHaveLength(3);
  });
});

// The edges the mutation run found untested: the period's first and last day, a start on the day
// itself, which of two hires counts when they come in either order, and the order of the rows.
describe("edges of the period and the day", () => {
  const quarter = f({ from: "2025-04-01", to: "2025-06-30", asOf: "2026-12-31" });

  it("counts people who start on the period's first and last day, not the days around it", () => {
    const people = [
      person("before", "2025-03-31", { firstContactOn: "2025-04-02" }),
      person("first", "2025-04-01", { firstContactOn: "2025-04-02" }),
      person("last", "2025-06-30"),
      person("after", "2025-07-01"),
    ];
    expect(cohortsByQuarter(people, [], quarter)).toEqual([
      { key: "2025-K2", started: 2, intoWork: 0, subsidised: 0, finished: true },
    ]);
    expect(contactTime(people, quarter)).toMatchObject({ started: 2, contacted: 1 });
  });

  it("counts hires that start on the period's first and last day, not the days around it", () => {
    const hires = [
      hire("a", "p1", "2025-03-31", { mentor: true }),
      hire("b", "p2", "2025-04-01", { mentor: true }),
      hire("c", "p3", "2025-06-30"),
      hire("d", "p4", "2025-07-01", { mentor: true }),
    ];
    expect(mentorShare(hires, quarter)).toEqual({ hires: 2, withMentor: 1 });
    expect(newIntoWork(hires, quarter)).toEqual([{ year: 2025, specialistId: "s1", people: 2 }]);
  });

  it("counts a start, a hire and a change to permanent on the day itself, and nothing the day after", () => {
    const day = f({ asOf: "2026-06-15" });
    const people = [person("p1", "2026-06-15", { firstContactOn: "2026-06-15" }), person("p2", "2026-06-16")];
    const hires = [
      hire("a", "p1", "2026-06-15", { mentor: true, form: "temporary", madePermanentOn: "2026-06-15" }),
      hire("b", "p2", "2026-06-16", { mentor: true, form: "temporary" }),
      hire("c", "p3", "2026-01-05", { form: "temporary", madePermanentOn: "2026-06-16" }),
    ];
    expect(cohortsByQuarter(people, hires, day)).toEqual([
      { key: "2026-K2", started: 1, intoWork: 1, subsidised: 0, finished: false },
    ]);
    expect(contactTime(people, day)).toMatchObject({ started: 1, contacted: 1, medianDays: 0 });
    expect(newIntoWork(hires, day)).toEqual([{ year: 2026, specialistId: "s1", people: 2 }]);
    expect(mentorShare(hires, day)).toEqual({ hires: 2, withMentor: 1 });
    expect(temporaryToPermanent(hires, day)).toEqual({ temporary: 2, madePermanent: 1 });
  });

  it("credits a person's year to the earliest hire whichever order the hires come in, and on the same day to the lowest id", () => {
    const earlyLater = [hire("b", "p1", "2026-03-01"), hire("a", "p1", "2026-05-01", { specialistId: "s2" })];
    const laterEarly = [...earlyLater].reverse();
    for (const hires of [earlyLater, laterEarly]) {
      expect(newIntoWork(hires, f())).toEqual([{ year: 2026, specialistId: "s1", people: 1 }]);
    }
    const sameDay = [hire("a", "p1", "2026-03-01"), hire("b", "p1", "2026-03-01", { specialistId: "s2" })];
    for (const hires of [sameDay, [...sameDay].reverse()]) {
      expect(newIntoWork(hires, f())).toEqual([{ year: 2026, specialistId: "s1", people: 1 }]);
    }
  });

  it("takes a cohort member's earliest hire within the year whichever order the hires come in", () => {
    const people = [person("p1", "2026-01-10")];
    const early = hire("b", "p1", "2026-02-01");
    const later = hire("a", "p1", "2026-03-01", { subsidised: true });
    const sameDayLow = hire("a", "p1", "2026-02-01");
    const sameDayHigh = hire("b", "p1", "2026-02-01", { subsidised: true });
    for (const [first, second] of [
      [early, later],
      [sameDayLow, sameDayHigh],
    ] as const) {
      for (const hires of [
        [first, second],
        [second, first],
      ]) {
        expect(cohortsByQuarter(people, hires, f())[0]).toMatchObject({ intoWork: 1, subsidised: 0 });
      }
    }
  });

  it("sorts cohorts by quarter and specialists by id, whatever order the people come in", () => {
    const people = [
      person("p1", "2026-04-01", { specialistId: "s3" }),
      person("p2", "2025-10-01", { specialistId: "s1" }),
      person("p3", "2026-01-01", { specialistId: "s2" }),
    ];
    expect(cohortsByQuarter(people, [], f()).map((r) => r.key)).toEqual(["2025-K4", "2026-K1", "2026-K2"]);
    expect(cohortsBySpecialist(people, [], f()).map((r) => r.specialistId)).toEqual(["s1", "s2", "s3"]);
  });

  it("gives a specialist whose people are all in a running year an empty finished row", () => {
    expect(cohortsBySpecialist([person("p1", "2026-06-01")], [], f())).toEqual([
      {
        specialistId: "s1",
        finished: { key: "finished", started: 0, intoWork: 0, subsidised: 0, finished: true },
        running: { key: "running", started: 1, intoWork: 0, subsidised: 0, finished: false },
      },
    ]);
  });
});
