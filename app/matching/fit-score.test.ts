import { describe, expect, it } from "vitest";
import { type FitCandidate, type FitJob, fitCombination, fitScore, fitWeights } from "./fit-score";

const today = "2027-01-04";
const candidate: FitCandidate = {
  interests: ["kjokken-kantine", "lager"],
  strengths: ["noyaktig", "palitelig"],
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

describe("fit score", () => {
  it("weighs seven factors to 100 points", () => {
    expect(Object.values(fitWeights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("scores a job that fits on every point 100 and says why", () => {
    const r = fitScore(candidate, job, today);
    expect(r.score).toBe(100);
    expect(r.misfits).toEqual([]);
    expect(r.summary).toBe("passer: kjøkken/kantine, nøyaktig, 12 t/uke (ønsker 10–15), morgen, samme kommune");
  });

  it("scores no overlap at all 10 (only start and mentor, which do not apply, count)", () => {
    // interest 0, strengths 0, hours: 15 h outside a 5-hour range, reach 5 + 5 = 10 → 0,
    // schedule 0, place 0; start 5 (available now), mentor 5 (not needed) = 10.
    const r = fitScore(
      candidate,
      {
        ...job,
        categories: ["renhold"],
        strengths: ["fysisk-sterk"],
        hoursPerWeek: 30,
        slots: ["sat:evening", "sun:evening"],
        municipalityNumber: "0301",
      },
      today,
    );
    expect(r.score).toBe(10);
    expect(r.fits).toEqual([]);
    expect(r.misfits).toEqual([
      "renhold",
      "30 t/uke (ønsker 10–15)",
      "lørdag",
      "søndag",
      "kveld",
      "utenfor kommunene kandidaten kan reise til",
    ]);
  });

  it("gives partial credit for hours just outside the range: 20 h against 10–15 is half the hours points", () => {
    // distance 5, reach (15 − 10) + 5 = 10 → share 0.5 → 10 of 20; no strengths wanted → full 15.
    const r = fitScore(
      candidate,
      {
        ...job,
        categories: ["lager"],
        strengths: [],
        hoursPerWeek: 20,
        slots: ["mon:morning", "tue:morning", "wed:morning"],
      },
      today,
    );
    expect(r.shares.hours).toBe(0.5);
    expect(r.score).toBe(90);
    expect(r.misfits).toEqual(["20 t/uke (ønsker 10–15)"]);
  });

  it("counts the share of slots the candidate can work: Saturday morning misses, 2 of 3", () => {
    const r = fitScore(candidate, { ...job, slots: ["mon:morning", "tue:morning", "sat:morning"] }, today);
    expect(r.score).toBe(93); // 100 − 20 × 1/3 = 93.3
    expect(r.summary).toBe(
      "passer: kjøkken/kantine, nøyaktig, 12 t/uke (ønsker 10–15), morgen, samme kommune; passer ikke: lørdag",
    );
  });

  it("counts a municipality the candidate can travel to as a fit", () => {
    const r = fitScore(candidate, { ...job, municipalityNumber: "5503" }, today);
    expect(r.score).toBe(100);
    expect(r.fits).toContain("kan reise dit");
  });

  it("misses the start points when the candidate is available only after the job starts", () => {
    const later = { ...candidate, availableFrom: "2027-03-01" };
    expect(fitScore(later, { ...job, startDate: "2027-02-01" }, today)).toMatchObject({
      score: 95,
      misfits: ["tilgjengelig først 2027-03-01"],
    });
    expect(fitScore(later, { ...job, startDate: "2027-04-01" }, today).score).toBe(100);
    // "As soon as possible" means today.
    expect(fitScore(later, { ...job, startDate: null }, today).score).toBe(95);
  });

  it("asks for a mentor only when the candidate needs close follow-up", () => {
    const close = { ...candidate, needsCloseFollowUp: true };
    expect(fitScore(close, job, today)).toMatchObject({ score: 95, misfits: ["trenger fadder, ingen oppgitt"] });
    expect(fitScore(close, { ...job, mentorAvailable: true }, today).fits).toContain("fadder på arbeidsplassen");
  });
});

describe("two employers making up one week", () => {
  const kitchen: FitJob = { ...job, hoursPerWeek: 7.5, slots: ["mon:morning", "wed:morning"], mentorAvailable: true };
  const warehouse: FitJob = {
    ...job,
    categories: ["lager"],
    strengths: [],
    hoursPerWeek: 7.5,
    slots: ["tue:morning", "thu:morning"],
    municipalityNumber: "5503",
  };

  it("adds the hours (7.5 + 7.5 = 15, inside 10–15) and needs both places to be reachable", () => {
    const r = fitCombination(candidate, [kitchen, warehouse], today);
    expect(r.score).toBe(100);
    expect(r.clashes).toEqual([]);
    expect(r.fits).toEqual(
      expect.arrayContaining(["kjøkken/kantine", "lager", "15 t/uke (ønsker 10–15)", "kan reise dit"]),
    );
  });

  it("flags the same slot at two employers and takes it off the schedule share", () => {
    const r = fitCombination(candidate, [kitchen, { ...warehouse, slots: ["mon:morning", "thu:morning"] }], today);
    expect(r.clashes).toEqual(["mon:morning"]);
    expect(r.misfits).toContain("samme tid hos to arbeidsgivere: mandag morgen");
    expect(r.score).toBe(93); // 3 distinct slots, 1 clash: schedule 2/3 → 100 − 6.7
  });

  it("gives half the place points when only one of the two places is reachable", () => {
    const r = fitCombination(candidate, [kitchen, { ...warehouse, municipalityNumber: "0301" }], today);
    expect(r.shares.place).toBe(0.5);
    expect(r.score).toBe(95);
  });
});
