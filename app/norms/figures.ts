// The norms job specialists are measured by, and what the research asks to see beside them
// (shared design domain.md, "How the norms are measured"; docs/domain.md, "Norms"). These are
// the definitions: pure functions over a small history. db/repositories/norms.ts computes the same
// figures in SQL, and tests/integration/norms.test.ts checks that they agree.
import { addMonths } from "../grants/periods";
import { daysBetween } from "../domain/retention";

/** A person who started with a specialist (candidates.started_on: the registration day unless set). */
export interface NormPerson {
  id: string;
  specialistId: string | null;
  startedOn: string;
  /**
   * The day follow-up ended, or null while it goes on: the day the specialist ended it
   * (candidates.followup_ended_on) or the day the profile was anonymised, whichever came first.
   * From that day on the person is no longer in the caseload.
   */
  endedOn: string | null;
  /** The day of the first employer contact on the person's behalf (the first proposal), or null. */
  firstContactOn: string | null;
}

/** A hire: paid work with an ordinary employer, brokered by the specialist who made the proposal. */
export interface NormHire {
  id: string;
  personId: string;
  specialistId: string | null;
  startOn: string;
  form: "temporary" | "permanent";
  /** With lønnstilskudd (an approved wage grant for this hire). */
  subsidised: boolean;
  /** A workplace mentor: named at hire or an approved mentortilskudd. */
  mentor: boolean;
  madePermanentOn: string | null;
  endedOn: string | null;
  /** Kinds of grant approved for this hire. */
  grants: GrantKind[];
}

export type GrantKind = "mentor" | "inclusion" | "wage";
export const grantKinds: GrantKind[] = ["mentor", "inclusion", "wage"];
export type SubsidyFilter = "all" | "with" | "without";

export interface NormFilters {
  /** First and last day of the period (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  /** The day the figures are computed for (today). */
  asOf: string;
  specialistId?: string | null;
  subsidy?: SubsidyFilter;
}

export const NORMS = {
  caseloadMin: 12,
  caseloadMax: 20,
  intoWorkShare: 0.65,
  intoWorkWithinDays: 365,
  newIntoWorkPerYear: 9,
  contactWithinDays: 30,
  retentionMonths: [3, 6, 12] as const,
};

/** Calendar arithmetic is the grant periods' (addMonths as PostgreSQL's date + interval: the same day, or the month's last day). */
export { addDays, addMonths } from "../grants/periods";

/** "2026-K3" for a date in July–September 2026. */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-K${Math.ceil(Number(iso.slice(5, 7)) / 3)}`;
}

/** The median as PostgreSQL's percentile_cont(0.5): the mean of the two middle values when even. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A share as a whole percentage, or null when there is nobody to count. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

const inPeriod = (iso: string, f: NormFilters) => iso >= f.from && iso <= f.to;
const forSpecialist = (id: string | null, f: NormFilters) => !f.specialistId || id === f.specialistId;
const subsidyMatches = (h: NormHire, f: NormFilters) =>
  !f.subsidy || f.subsidy === "all" || h.subsidised === (f.subsidy === "with");

/**
 * Caseload: people a specialist follows on the day (started, not ended), per specialist. A person
 * whose follow-up ended on the day itself is no longer counted; one who ends the day after still is.
 */
export function caseload(people: NormPerson[], f: NormFilters): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of people) {
    if (!p.specialistId || !forSpecialist(p.specialistId, f)) continue;
    if (p.startedOn > f.asOf || (p.endedOn !== null && p.endedOn <= f.asOf)) continue;
    counts.set(p.specialistId, (counts.get(p.specialistId) ?? 0) + 1);
  }
  return counts;
}

/**
 * New people into work per calendar year: each person counts once a year, for the specialist who
 * brokered their first hire that year. Hires that have not started by the day are not counted.
 */
export function newIntoWork(
  hires: NormHire[],
  f: NormFilters,
): Array<{ year: number; specialistId: string; people: number }> {
  const first = new Map<string, NormHire>();
  for (const h of hires) {
    if (!inPeriod(h.startOn, f) || h.startOn > f.asOf || !subsidyMatches(h, f)) continue;
    const key = `${h.startOn.slice(0, 4)}|${h.personId}`;
    const seen = first.get(key);
    if (!seen || h.startOn < seen.startOn || (h.startOn === seen.startOn && h.id < seen.id)) first.set(key, h);
  }
  const counts = new Map<string, number>();
  for (const h of first.values()) {
    if (!h.specialistId || !forSpecialist(h.specialistId, f)) continue;
    const key = `${h.startOn.slice(0, 4)}|${h.specialistId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, people]) => {
      const [year, specialistId] = key.split("|") as [string, string];
      return { year: Number(year), specialistId, people };
    })
    .sort((a, b) => a.year - b.year || a.specialistId.localeCompare(b.specialistId));
}

/** The first hire that counts for a person's cohort: started within 365 days of their start, by the day. */
export function hireWithinYear(person: NormPerson, hires: NormHire[], f: NormFilters): NormHire | undefined {
  let found: NormHire | undefined;
  for (const h of hires) {
    if (h.personId !== person.id || h.startOn > f.asOf || !subsidyMatches(h, f)) continue;
    const days = daysBetween(person.startedOn, h.startOn);
    if (days < 0 || days > NORMS.intoWorkWithinDays) continue;
    if (!found || h.startOn < found.startOn || (h.startOn === found.startOn && h.id < found.id)) found = h;
  }
  return found;
}

/** A person's year has run out when day 365 after their start has passed. */
export function yearRunOut(startedOn: string, asOf: string): boolean {
  return daysBetween(startedOn, asOf) > NORMS.intoWorkWithinDays;
}

export interface CohortRow {
  key: string;
  started: number;
  intoWork: number;
  /** Of those into work, with lønnstilskudd (shown apart, per domain.md). */
  subsidised: number;
  /** Every member's year has run out; false means "så langt" (so far). */
  finished: boolean;
}

function cohortRows(
  people: NormPerson[],
  hires: NormHire[],
  f: NormFilters,
  keyOf: (p: NormPerson) => string,
): CohortRow[] {
  const rows = new Map<string, CohortRow>();
  for (const p of people) {
    if (!inPeriod(p.startedOn, f) || p.startedOn > f.asOf || !forSpecialist(p.specialistId, f)) continue;
    const key = keyOf(p);
    const row = rows.get(key) ?? { key, started: 0, intoWork: 0, subsidised: 0, finished: true };
    row.started += 1;
    const hire = hireWithinYear(p, hires, f);
    if (hire) {
      row.intoWork += 1;
      if (hire.subsidised) row.subsidised += 1;
    }
    if (!yearRunOut(p.startedOn, f.asOf)) row.finished = false;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Cohorts by start quarter: the share into work within a year; unfinished ones are "så langt". */
export function cohortsByQuarter(people: NormPerson[], hires: NormHire[], f: NormFilters): CohortRow[] {
  return cohortRows(people, hires, f, (p) => quarterOf(p.startedOn));
}

/**
 * Per specialist: the people whose year has run out (finished) apart from those still running,
 * so the share against 65 % is taken on finished years only.
 */
export function cohortsBySpecialist(
  people: NormPerson[],
  hires: NormHire[],
  f: NormFilters,
): Array<{ specialistId: string; finished: CohortRow; running: CohortRow }> {
  const rows = cohortRows(
    people.filter((p) => p.specialistId !== null),
    hires,
    f,
    (p) => `${p.specialistId}|${yearRunOut(p.startedOn, f.asOf) ? "finished" : "running"}`,
  );
  const bySpecialist = new Map<string, { specialistId: string; finished: CohortRow; running: CohortRow }>();
  for (const row of rows) {
    const [specialistId, part] = row.key.split("|") as [string, "finished" | "running"];
    const entry = bySpecialist.get(specialistId) ?? {
      specialistId,
      finished: { key: "finished", started: 0, intoWork: 0, subsidised: 0, finished: true },
      running: { key: "running", started: 0, intoWork: 0, subsidised: 0, finished: false },
    };
    entry[part] = { ...row, key: part };
    bySpecialist.set(specialistId, entry);
  }
  return [...bySpecialist.values()].sort((a, b) => a.specialistId.localeCompare(b.specialistId));
}

export interface ContactFigures {
  /** People who started in the period. */
  started: number;
  /** Of them, with a first employer contact by the day. */
  contacted: number;
  medianDays: number | null;
  /** Contacted within 30 days of the start (day 30 counts). */
  within30: number;
  /** People whose 30 days have run out, or who were contacted within them: the share's base. */
  measured: number;
}

/** Days from start to first employer contact (IPS: within 30 days). */
export function contactTime(people: NormPerson[], f: NormFilters): ContactFigures {
  const days: number[] = [];
  let started = 0;
  let within30 = 0;
  let measured = 0;
  for (const p of people) {
    if (!inPeriod(p.startedOn, f) || p.startedOn > f.asOf || !forSpecialist(p.specialistId, f)) continue;
    started += 1;
    const contact = p.firstContactOn !== null && p.firstContactOn <= f.asOf ? p.firstContactOn : null;
    const d = contact === null ? null : Math.max(0, daysBetween(p.startedOn, contact));
    if (d !== null) days.push(d);
    if (d !== null && d <= NORMS.contactWithinDays) {
      within30 += 1;
      measured += 1;
    } else if (daysBetween(p.startedOn, f.asOf) > NORMS.contactWithinDays) {
      measured += 1;
    }
  }
  return { started, contacted: days.length, medianDays: median(days), within30, measured };
}

/** Hires in the period (by start), for the specialist and subsidy chosen. */
export function hiresInPeriod(hires: NormHire[], f: NormFilters): NormHire[] {
  return hires.filter(
    (h) => inPeriod(h.startOn, f) && h.startOn <= f.asOf && forSpecialist(h.specialistId, f) && subsidyMatches(h, f),
  );
}

/**
 * Still in the job N months after hire: of the hires whose N months have passed by the day, those
 * not ended before the day N months after the start.
 */
export function retention(
  hires: NormHire[],
  f: NormFilters,
): Array<{ months: number; hires: number; stillInJob: number }> {
  const counted = hiresInPeriod(hires, f);
  return NORMS.retentionMonths.map((months) => {
    let total = 0;
    let still = 0;
    for (const h of counted) {
      const mark = addMonths(h.startOn, months);
      if (mark > f.asOf) continue;
      total += 1;
      if (h.endedOn === null || h.endedOn >= mark) still += 1;
    }
    return { months, hires: total, stillInJob: still };
  });
}

/** Temporary → permanent: of hires that began temporary, those made permanent by the day. */
export function temporaryToPermanent(hires: NormHire[], f: NormFilters): { temporary: number; madePermanent: number } {
  const temporary = hiresInPeriod(hires, f).filter((h) => h.form === "temporary");
  return {
    temporary: temporary.length,
    madePermanent: temporary.filter((h) => h.madePermanentOn !== null && h.madePermanentOn <= f.asOf).length,
  };
}

/** The share of hires with a workplace mentor. */
export function mentorShare(hires: NormHire[], f: NormFilters): { hires: number; withMentor: number } {
  const counted = hiresInPeriod(hires, f);
  return { hires: counted.length, withMentor: counted.filter((h) => h.mentor).length };
}

/** Use of each grant: hires in the period with an approved grant of that kind. */
export function grantUse(hires: NormHire[], f: NormFilters): Array<{ kind: GrantKind; hires: number }> {
  const counted = hiresInPeriod(hires, f);
  return grantKinds.map((kind) => ({ kind, hires: counted.filter((h) => h.grants.includes(kind)).length }));
}

export interface NormFigures {
  caseload: Array<{ specialistId: string; people: number }>;
  newIntoWork: Array<{ year: number; specialistId: string; people: number }>;
  cohorts: CohortRow[];
  bySpecialist: Array<{ specialistId: string; finished: CohortRow; running: CohortRow }>;
  contact: ContactFigures;
  retention: Array<{ months: number; hires: number; stillInJob: number }>;
  temporaryToPermanent: { temporary: number; madePermanent: number };
  mentor: { hires: number; withMentor: number };
  grants: Array<{ kind: GrantKind; hires: number }>;
}

/** Every figure of the dashboard from one history. */
export function normFigures(people: NormPerson[], hires: NormHire[], f: NormFilters): NormFigures {
  return {
    caseload: [...caseload(people, f)]
      .map(([specialistId, n]) => ({ specialistId, people: n }))
      .sort((a, b) => a.specialistId.localeCompare(b.specialistId)),
    newIntoWork: newIntoWork(hires, f),
    cohorts: cohortsByQuarter(people, hires, f),
    bySpecialist: cohortsBySpecialist(people, hires, f),
    contact: contactTime(people, f),
    retention: retention(hires, f),
    temporaryToPermanent: temporaryToPermanent(hires, f),
    mentor: mentorShare(hires, f),
    grants: grantUse(hires, f),
  };
}

/** Where a caseload stands against the 12–20 band. */
export function caseloadBand(people: number): "under" | "within" | "over" {
  if (people < NORMS.caseloadMin) return "under";
  return people > NORMS.caseloadMax ? "over" : "within";
}
