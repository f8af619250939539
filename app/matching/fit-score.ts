// The transparent fit score between a candidate and a job (or several jobs making up one person's
// week). Meilisearch finds the candidates or jobs; this ranks them and says why, in Norwegian.
//
// Points (100 in all), each factor scored as a share between 0 and 1:
//   interest  25  the job's kind of work is among the candidate's interests (share of the job's categories)
//   strengths 15  share of the strengths the job wants that the candidate has (none wanted: full)
//   hours     20  the job's hours inside the candidate's range: full; outside: falls linearly to 0
//                 at a distance of (range width + 5) hours
//   schedule  20  share of the job's slots (weekday × time of day) the candidate can work
//   place     10  same municipality or one the candidate can travel to: full; else 0
//   start      5  the candidate is available by the job's start (or the job starts "as soon as possible"
//                 and the candidate is available now)
//   mentor     5  when the candidate needs close follow-up: a mentor at the workplace; otherwise full
import { type TimeOfDay, type Weekday, labelOf } from "~/domain/vocabulary";
import { normaliseSlots, slotParts } from "~/jobs/rules";
import * as texts from "~/texts";
import type { JobForIndex } from "../../db/repositories/jobs";
import type { CandidateProfile, Facilitation } from "../../db/schema";

export interface FitCandidate {
  interests: string[];
  strengths: string[];
  hoursMin: number;
  hoursMax: number;
  weekdays: string[];
  timesOfDay: string[];
  municipalityNumber: string;
  reachableMunicipalities: string[];
  availableFrom: string | null;
  needsCloseFollowUp: boolean;
}

export interface FitJob {
  categories: string[];
  strengths: string[];
  hoursPerWeek: number;
  slots: string[];
  municipalityNumber: string;
  startDate: string | null;
  mentorAvailable: boolean;
}

export type FitFactor = "interest" | "strengths" | "hours" | "schedule" | "place" | "start" | "mentor";

export const fitWeights: Record<FitFactor, number> = {
  interest: 25,
  strengths: 15,
  hours: 20,
  schedule: 20,
  place: 10,
  start: 5,
  mentor: 5,
};

export interface FitResult {
  score: number;
  shares: Record<FitFactor, number>;
  fits: string[];
  misfits: string[];
  summary: string;
}

const v = texts.vocabulary;
const f = texts.fit;
const lower = (s: string) => s.toLocaleLowerCase("nb-NO");
const nb = (n: number) => n.toLocaleString("nb-NO");

function hoursShare(c: FitCandidate, hours: number): number {
  if (hours >= c.hoursMin && hours <= c.hoursMax) return 1;
  const distance = hours < c.hoursMin ? c.hoursMin - hours : hours - c.hoursMax;
  const reach = c.hoursMax - c.hoursMin + 5;
  return Math.max(0, 1 - distance / reach);
}

/** Slots of the job the candidate cannot work, and the words for what is missing ("lørdag", "kveld"). */
function scheduleFit(c: FitCandidate, slots: string[]) {
  const days = new Set(c.weekdays);
  const times = new Set(c.timesOfDay);
  const normal = normaliseSlots(slots);
  const good = normal.filter((s) => days.has(slotParts(s).day) && times.has(slotParts(s).time));
  const missingDays = new Set<Weekday>();
  const missingTimes = new Set<TimeOfDay>();
  for (const s of normal) {
    const { day, time } = slotParts(s);
    if (!days.has(day)) missingDays.add(day);
    if (!times.has(time)) missingTimes.add(time);
  }
  const goodTimes = new Set(good.map((s) => slotParts(s).time));
  return {
    share: normal.length ? good.length / normal.length : 0,
    fitWords: [...goodTimes].map((t) => lower(v.timesOfDay[t])),
    missWords: [
      ...[...missingDays].map((d) => lower(v.weekdays[d])),
      ...[...missingTimes].map((t) => lower(v.timesOfDay[t])),
    ],
  };
}

export function fitScore(c: FitCandidate, job: FitJob, today: string): FitResult {
  return combine(c, [job], today);
}

/** Several jobs as one week: hours add up, slots join, each place must be reachable. */
export function combineJobs(jobs: FitJob[]): FitJob {
  return {
    categories: [...new Set(jobs.flatMap((j) => j.categories))],
    strengths: [...new Set(jobs.flatMap((j) => j.strengths))],
    hoursPerWeek: Math.round(jobs.reduce((a, j) => a + j.hoursPerWeek, 0) * 10) / 10,
    slots: normaliseSlots(jobs.flatMap((j) => j.slots)),
    municipalityNumber: jobs[0]?.municipalityNumber ?? "",
    startDate: jobs
      .map((j) => j.startDate)
      .reduce<string | null>((a, b) => (a === null ? b : b === null ? a : a > b ? a : b), null),
    mentorAvailable: jobs.some((j) => j.mentorAvailable),
  };
}

/** Slots that two or more of the jobs need at the same time: one person cannot be in two places. */
export function clashes(jobs: FitJob[]): string[] {
  const seen = new Map<string, number>();
  for (const job of jobs) for (const s of normaliseSlots(job.slots)) seen.set(s, (seen.get(s) ?? 0) + 1);
  return normaliseSlots([...seen].filter(([, n]) => n > 1).map(([s]) => s));
}

export function fitCombination(c: FitCandidate, jobs: FitJob[], today: string): FitResult & { clashes: string[] } {
  const result = combine(c, jobs, today);
  const clash = clashes(jobs);
  if (clash.length === 0) return { ...result, clashes: [] };
  const words = clash.map((s) =>
    lower(`${v.weekdays[slotParts(s as never).day]} ${v.timesOfDay[slotParts(s as never).time]}`),
  );
  const misfits = [...result.misfits, f.clash(words.join(", "))];
  // A slot two employers both need cannot be worked at both: it counts as not fitting.
  const all = combineJobs(jobs).slots.length;
  const shares = { ...result.shares, schedule: Math.max(0, result.shares.schedule - clash.length / Math.max(1, all)) };
  return {
    ...result,
    shares,
    score: scoreOf(shares),
    misfits,
    summary: summarise(result.fits, misfits),
    clashes: clash,
  };
}

function combine(c: FitCandidate, jobs: FitJob[], today: string): FitResult {
  const job = combineJobs(jobs);
  const fits: string[] = [];
  const misfits: string[] = [];
  const interests = new Set(c.interests);
  const matched = job.categories.filter((x) => interests.has(x));
  const interest = job.categories.length ? matched.length / job.categories.length : 0;
  fits.push(...matched.map((x) => lower(labelOf(v.interests, x))));
  misfits.push(...job.categories.filter((x) => !interests.has(x)).map((x) => lower(labelOf(v.interests, x))));

  const has = new Set(c.strengths);
  const strengths = job.strengths.length ? job.strengths.filter((s) => has.has(s)).length / job.strengths.length : 1;
  fits.push(...job.strengths.filter((s) => has.has(s)).map((s) => lower(labelOf(v.strengths, s))));

  const hours = hoursShare(c, job.hoursPerWeek);
  const range = c.hoursMin === c.hoursMax ? nb(c.hoursMin) : `${nb(c.hoursMin)}–${nb(c.hoursMax)}`;
  (hours === 1 ? fits : misfits).push(f.hours(nb(job.hoursPerWeek), range));

  const schedule = scheduleFit(c, job.slots);
  fits.push(...schedule.fitWords);
  misfits.push(...schedule.missWords);

  const places = [...new Set(jobs.map((j) => j.municipalityNumber))];
  const reachable = new Set([c.municipalityNumber, ...c.reachableMunicipalities]);
  const place = places.filter((p) => reachable.has(p)).length / Math.max(1, places.length);
  if (place === 1) fits.push(places.every((p) => p === c.municipalityNumber) ? f.samePlace : f.canTravel);
  else misfits.push(f.tooFar);

  const availableBy = job.startDate ?? today;
  const start = !c.availableFrom || c.availableFrom <= availableBy ? 1 : 0;
  if (start === 0 && c.availableFrom) misfits.push(f.availableFrom(c.availableFrom));

  const mentor = !c.needsCloseFollowUp || job.mentorAvailable ? 1 : 0;
  if (c.needsCloseFollowUp) (mentor ? fits : misfits).push(mentor ? f.mentor : f.noMentor);

  const shares: Record<FitFactor, number> = {
    interest,
    strengths,
    hours,
    schedule: schedule.share,
    place,
    start,
    mentor,
  };
  const score = scoreOf(shares);
  const uniqueFits = [...new Set(fits)];
  const uniqueMisfits = [...new Set(misfits)];
  return { score, shares, fits: uniqueFits, misfits: uniqueMisfits, summary: summarise(uniqueFits, uniqueMisfits) };
}

function scoreOf(shares: Record<FitFactor, number>): number {
  return Math.round((Object.keys(fitWeights) as FitFactor[]).reduce((sum, k) => sum + fitWeights[k] * shares[k], 0));
}

function summarise(fits: string[], misfits: string[]): string {
  return [
    fits.length ? `${f.fits}: ${fits.join(", ")}` : "",
    misfits.length ? `${f.misfits}: ${misfits.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

export function toFitJob(
  j: Pick<
    JobForIndex,
    "categories" | "strengths" | "hoursPerWeek" | "slots" | "municipalityNumber" | "startDate" | "mentorAvailable"
  >,
): FitJob {
  return {
    categories: j.categories,
    strengths: j.strengths,
    hoursPerWeek: j.hoursPerWeek,
    slots: j.slots,
    municipalityNumber: j.municipalityNumber,
    startDate: j.startDate,
    mentorAvailable: j.mentorAvailable,
  };
}

export function toFitCandidate(p: CandidateProfile): FitCandidate {
  const facilitation = (p.facilitation ?? {}) as Facilitation;
  return {
    interests: p.interests,
    strengths: p.strengths,
    hoursMin: p.hours_min,
    hoursMax: p.hours_max,
    weekdays: p.weekdays,
    timesOfDay: p.times_of_day,
    municipalityNumber: p.municipality_number,
    reachableMunicipalities: p.reachable_municipalities,
    availableFrom: p.available_from,
    needsCloseFollowUp: (facilitation.everyday ?? []).some((x) => x === "mentor" || x === "tett-oppfolging"),
  };
}
