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

describe("fit score at the edges", () => {
  it("counts a candidate available on the job's start day as available, the day after as not", () => {
    const starting = { ...job, startDate: "2027-03-01" };
    const onTheDay = fitScore({ ...candidate, availableFrom: "2027-03-01" }, starting, today);
    expect(onTheDay.shares.start).toBe(1);
    expect(onTheDay.score).toBe(100);
    const dayAfter = fitScore({ ...candidate, availableFrom: "2027-03-02" }, starting, today);
    expect(dayAfter.shares.start).toBe(0);
    expect(dayAfter.score).toBe(95);
    expect(dayAfter.misfits).toEqual(["tilgjengelig først 2027-03-02"]);
  });

  it("measures a job starting as soon as possible against today", () => {
    expect(fitScore({ ...candidate, availableFrom: today }, job, today).shares.start).toBe(1);
    expect(fitScore({ ...candidate, availableFrom: "2027-01-05" }, job, today).shares.start).toBe(0);
    expect(fitScore({ ...candidate, availableFrom: "2027-01-03" }, job, today).shares.start).toBe(1);
  });

  it("rounds half a point up (82.5 → 83) and a third down (93.33 → 93)", () => {
    // Strengths: one of two wanted → 7.5 of 15; hours: 20 h against 10–15, distance 5 of a
    // reach of 10 → half of 20 = 10. Everything else full: 25 + 7.5 + 10 + 20 + 10 + 5 + 5 = 82.5.
    const half = fitScore(candidate, { ...job, strengths: ["noyaktig", "sterk"], hoursPerWeek: 20 }, today);
    expect(half.shares).toMatchObject({ strengths: 0.5, hours: 0.5 });
    expect(half.score).toBe(83);
    // Hours 18: distance 3 of 10 → 0.7 × 20 = 14; with strengths full: 25+15+14+20+10+5+5 = 94.
    expect(fitScore(candidate, { ...job, hoursPerWeek: 18 }, today).score).toBe(94);
    // Schedule 2 of 3 slots → 13.33…; 25 + 15 + 20 + 13.33 + 10 + 5 + 5 = 93.33 → 93.
    expect(fitScore(candidate, { ...job, slots: ["mon:morning", "wed:morning", "sat:morning"] }, today).score).toBe(93);
  });

  it("lets hours fall linearly outside the range and stop at zero", () => {
    expect(fitScore(candidate, { ...job, hoursPerWeek: 15 }, today).shares.hours).toBe(1);
    expect(fitScore(candidate, { ...job, hoursPerWeek: 10 }, today).shares.hours).toBe(1);
    expect(fitScore(candidate, { ...job, hoursPerWeek: 5 }, today).shares.hours).toBe(0.5);
    expect(fitScore(candidate, { ...job, hoursPerWeek: 25 }, today).shares.hours).toBe(0);
    expect(fitScore(candidate, { ...job, hoursPerWeek: 40 }, today).shares.hours).toBe(0);
  });

  it("starts a combination when its latest part starts; parts starting as soon as possible do not delay it", () => {
    const a = { ...job, startDate: "2027-02-01" };
    const b = { ...job, slots: ["tue:morning"], startDate: "2027-03-01" };
    const asap = { ...job, slots: ["thu:morning"], startDate: null };
    const availableFeb = { ...candidate, availableFrom: "2027-02-15", hoursMax: 40 };
    // Available 15 February: too late for a part starting 1 February alone, but the pair starts 1 March.
    expect(fitScore(availableFeb, a, today).shares.start).toBe(0);
    expect(fitCombination(availableFeb, [a, b], today).shares.start).toBe(1);
    expect(fitCombination(availableFeb, [b, a], today).shares.start).toBe(1);
    expect(fitCombination(availableFeb, [asap, a], today).shares.start).toBe(0);
    expect(fitCombination(availableFeb, [a, asap], today).shares.start).toBe(0);
    // Both as soon as possible: today.
    expect(
      fitCombination({ ...availableFeb, availableFrom: today }, [asap, { ...asap, slots: ["fri:morning"] }], today)
        .shares.start,
    ).toBe(1);
    expect(fitCombination(availableFeb, [asap, { ...asap, slots: ["fri:morning"] }], today).shares.start).toBe(0);
  });
});
