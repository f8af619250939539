// The fit score's words and the mapping around it: what the specialist reads under each score,
// combined jobs, and the profile and job rows turned into what the score needs.
import { describe, expect, it } from "vitest";
import type { CandidateProfile } from "../../db/schema";
import {
  combineJobs,
  type FitCandidate,
  type FitJob,
  fitCombination,
  fitScore,
  toFitCandidate,
  toFitJob,
} from "./fit-score";

const today = "2027-01-04";
const candidate: FitCandidate = {
  interests: ["kjokken-kantine"],
  strengths: ["noyaktig"],
  hoursMin: 10,
  hoursMax: 15,
  weekdays: ["mon", "tue", "wed", "thu", "fri"],
  timesOfDay: ["morning"],
  municipalityNumber: "5501",
  reachableMunicipalities: ["5503"],
  availableFrom: null,
  needsCloseFollowUp: false,
};
const job: FitJob = {
  categories: ["kjokken-kantine"],
  strengths: ["noyaktig"],
  hoursPerWeek: 12,
  slots: ["mon:morning", "wed:morning"],
  municipalityNumber: "5501",
  startDate: null,
  mentorAvailable: false,
};

describe("the words under a fit score", () => {
  it("says the same municipality, or that the candidate can travel there, and never 'too far' then", () => {
    const same = fitScore(candidate, job, today);
    expect(same.fits).toContain("samme kommune");
    expect(same.misfits).not.toContain("utenfor kommunene kandidaten kan reise til");
    const travel = fitScore(candidate, { ...job, municipalityNumber: "5503" }, today);
    expect(travel.fits).toContain("kan reise dit");
    const far = fitScore(candidate, { ...job, municipalityNumber: "0301" }, today);
    expect(far.misfits).toContain("utenfor kommunene kandidaten kan reise til");
    expect(far.fits).not.toContain("kan reise dit");
  });

  it("names a later first day only when the candidate is not available by the start", () => {
    const early = fitScore({ ...candidate, availableFrom: "2027-01-01" }, { ...job, startDate: "2027-02-01" }, today);
    expect(early.misfits.join(" ")).not.toContain("tilgjengelig først");
    const late = fitScore({ ...candidate, availableFrom: "2027-03-01" }, { ...job, startDate: "2027-02-01" }, today);
    expect(late.misfits).toContain("tilgjengelig først 2027-03-01");
  });

  it("names one number of hours when the candidate wants exactly that many", () => {
    const exact = fitScore({ ...candidate, hoursMin: 12, hoursMax: 12 }, job, today);
    expect(exact.fits).toContain("12 t/uke (ønsker 12)");
  });

  it("sums up what fits, and what does not only when something does not", () => {
    const perfect = fitScore(candidate, job, today);
    expect(perfect.misfits).toEqual([]);
    expect(perfect.summary).toMatch(/^passer: /);
    expect(perfect.summary).not.toContain(";");
    const nothing = fitScore(
      { ...candidate, interests: ["lager"], strengths: [], timesOfDay: ["evening"], availableFrom: "2027-06-01" },
      { ...job, hoursPerWeek: 40, municipalityNumber: "0301", strengths: ["strukturert"] },
      today,
    );
    expect(nothing.fits).toEqual([]);
    expect(nothing.summary).toBe(`passer ikke: ${nothing.misfits.join(", ")}`);
    expect(nothing.misfits.length).toBeGreaterThan(1);
  });
});

describe("jobs combined into one week", () => {
  const a: FitJob = { ...job, slots: ["mon:morning"], startDate: null, mentorAvailable: false };
  const b: FitJob = { ...job, municipalityNumber: "5503", slots: ["tue:morning"], startDate: "2027-02-01" };
  const c: FitJob = { ...job, slots: ["wed:morning"], startDate: "2027-01-15", mentorAvailable: true };

  it("takes the first job's place, the latest start and a mentor if any job has one", () => {
    const week = combineJobs([a, b, c]);
    expect(week.municipalityNumber).toBe("5501");
    expect(combineJobs([b, a]).municipalityNumber).toBe("5503");
    expect(week.startDate).toBe("2027-02-01");
    expect(combineJobs([b, a]).startDate).toBe("2027-02-01");
    expect(combineJobs([a, { ...a }]).startDate).toBeNull();
    expect(week.mentorAvailable).toBe(true);
    expect(combineJobs([a, b]).mentorAvailable).toBe(false);
    expect(week.hoursPerWeek).toBe(36);
  });

  it("is an empty week for no jobs", () => {
    expect(combineJobs([])).toMatchObject({ municipalityNumber: "", startDate: null, mentorAvailable: false });
  });

  it("without a clash, is scored as the combined week and says nothing about clashes", () => {
    const combined = fitCombination(candidate, [a, c], today);
    expect(combined.clashes).toEqual([]);
    expect(combined.misfits.join(" ")).not.toContain("samme tid");
    expect(combined.score).toBe(fitScore(candidate, combineJobs([a, c]), today).score);
  });

  it("names a clash by weekday and time of day", () => {
    const combined = fitCombination(candidate, [a, { ...c, slots: ["mon:morning"] }], today);
    expect(combined.misfits).toContain("samme tid hos to arbeidsgivere: mandag morgen");
  });

  it("lists several clashes in one line, separated by commas", () => {
    const slots = ["mon:morning", "wed:morning"];
    const twoJobs = [a, c].map((j) => ({ ...j, slots }));
    const combined = fitCombination(candidate, twoJobs, today);
    expect(combined.misfits).toContain("samme tid hos to arbeidsgivere: mandag morgen, onsdag morgen");
  });
});

describe("rows into what the score needs", () => {
  it("takes every field of a job", () => {
    expect(
      toFitJob({
        categories: ["lager"],
        strengths: ["palitelig"],
        hoursPerWeek: 7.5,
        slots: ["fri:day"],
        municipalityNumber: "5503",
        startDate: "2027-03-01",
        mentorAvailable: true,
      }),
    ).toEqual({
      categories: ["lager"],
      strengths: ["palitelig"],
      hoursPerWeek: 7.5,
      slots: ["fri:day"],
      municipalityNumber: "5503",
      startDate: "2027-03-01",
      mentorAvailable: true,
    });
  });

  const profile = {
    candidate_id: "c1",
    interests: ["lager"],
    strengths: ["noyaktig"],
    tags: [],
    hours_min: 10,
    hours_max: 20,
    weekdays: ["mon"],
    times_of_day: ["morning"],
    municipality_number: "5501",
    reachable_municipalities: ["5503"],
    available_from: "2027-02-01",
    languages: [],
    norwegian_level: null,
    driving_licence: false,
    facilitation: {},
    summary: "",
    euse_stage: 2,
    updated_at: new Date(),
  } as unknown as CandidateProfile;
  const withEveryday = (everyday: string[] | undefined) =>
    ({ ...profile, facilitation: everyday ? { everyday } : {} }) as unknown as CandidateProfile;

  it("takes every field of a profile", () => {
    expect(toFitCandidate(profile)).toEqual({
      interests: ["lager"],
      strengths: ["noyaktig"],
      hoursMin: 10,
      hoursMax: 20,
      weekdays: ["mon"],
      timesOfDay: ["morning"],
      municipalityNumber: "5501",
      reachableMunicipalities: ["5503"],
      availableFrom: "2027-02-01",
      needsCloseFollowUp: false,
    });
  });

  it("needs close follow-up with a mentor or tett oppfølging among the everyday needs, not otherwise", () => {
    expect(toFitCandidate(withEveryday(["mentor"])).needsCloseFollowUp).toBe(true);
    expect(toFitCandidate(withEveryday(["stille-miljo", "tett-oppfolging"])).needsCloseFollowUp).toBe(true);
    expect(toFitCandidate(withEveryday(["stille-miljo"])).needsCloseFollowUp).toBe(false);
    expect(toFitCandidate(withEveryday([])).needsCloseFollowUp).toBe(false);
    expect(toFitCandidate(withEveryday(undefined)).needsCloseFollowUp).toBe(false);
    expect(toFitCandidate({ ...profile, facilitation: null } as unknown as CandidateProfile).needsCloseFollowUp).toBe(
      false,
    );
  });
});
