// The arithmetic of job carving, shared by the forms (live summary), the server (validation) and
// the index. A week is a grid of weekdays × morning/day/evening; each chosen cell is a "slot".
import { type TimeOfDay, type Weekday, timeOfDayIds, weekdayIds } from "~/domain/vocabulary";

/** A full-time week in Norway (normal working hours, arbeidsmiljøloven § 10-4). */
export const FULL_TIME_HOURS = 37.5;
/** The most one slot (a morning, a day or an evening) can hold: one ordinary working day. */
export const SLOT_HOURS = 7.5;
export const MIN_HOURS = 1;
export const MAX_HOURS = 40;

export type Slot = `${Weekday}:${TimeOfDay}`;

export const allSlots: Slot[] = weekdayIds.flatMap((day) => timeOfDayIds.map((time) => `${day}:${time}` as Slot));
const slotSet = new Set<string>(allSlots);

export function isSlot(value: string): value is Slot {
  return slotSet.has(value);
}

export function slotParts(slot: Slot): { day: Weekday; time: TimeOfDay } {
  const [day, time] = slot.split(":") as [Weekday, TimeOfDay];
  return { day, time };
}

/** Slots in calendar order (Monday morning first), without duplicates or unknown values. */
export function normaliseSlots(slots: readonly string[]): Slot[] {
  const wanted = new Set(slots);
  return allSlots.filter((s) => wanted.has(s));
}

export function daysCovered(slots: readonly string[]): Weekday[] {
  const days = new Set(normaliseSlots(slots).map((s) => slotParts(s).day));
  return weekdayIds.filter((d) => days.has(d));
}

export function timesCovered(slots: readonly string[]): TimeOfDay[] {
  const times = new Set(normaliseSlots(slots).map((s) => slotParts(s).time));
  return timeOfDayIds.filter((t) => times.has(t));
}

/** The most hours a schedule can hold. */
export function scheduleCapacity(slots: readonly string[]): number {
  return normaliseSlots(slots).length * SLOT_HOURS;
}

/** Stillingsprosent: hours of a 37.5-hour week, to one decimal (15 h → 40, 7.5 h → 20). */
export function positionPercent(hours: number): number {
  return Math.round((hours / FULL_TIME_HOURS) * 1000) / 10;
}

/** Hours to at most one decimal, the way the forms accept them (7,5 and 7.5 both mean 7.5). */
export function parseHours(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const n = Number(value.trim().replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

export function sumHours(hours: readonly number[]): number {
  return Math.round(hours.reduce((a, b) => a + b, 0) * 10) / 10;
}

export interface ScheduleSummary {
  hours: number;
  slots: Slot[];
  days: Weekday[];
  times: TimeOfDay[];
  positionPercent: number;
  capacity: number;
  /** The hours fit in the chosen slots. */
  fits: boolean;
}

export function scheduleSummary(hours: number, slots: readonly string[]): ScheduleSummary {
  const normal = normaliseSlots(slots);
  const capacity = scheduleCapacity(normal);
  return {
    hours,
    slots: normal,
    days: daysCovered(normal),
    times: timesCovered(normal),
    positionPercent: positionPercent(hours),
    capacity,
    fits: normal.length > 0 && hours <= capacity,
  };
}

/** How many slots `hours` need at the least (37.5 h → 5). */
export function slotsNeeded(hours: number): number {
  return Math.ceil(hours / SLOT_HOURS);
}

export type JobStatus = "draft" | "open" | "filled" | "closed";

/** Which status changes an employer may make. A closed job is not reopened: it is duplicated. */
const allowedTransitions: Record<JobStatus, JobStatus[]> = {
  draft: ["open", "closed"],
  open: ["filled", "closed"],
  filled: ["open", "closed"],
  closed: [],
};

export function canChangeJobStatus(from: JobStatus, to: JobStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** A task as a carved job's summary counts it. */
export interface TaskHours {
  id: string;
  hours: number;
  slots: readonly string[];
}

/**
 * The hours and days a carved job's summary shows while the job is being made. While its tasks
 * are being chosen (`fromTasks`) they are the chosen tasks' sum and days; after that, what was
 * typed and checked, with the chosen tasks' sum while the hours field is empty.
 */
export function jobSummaryOf(
  values: { taskIds?: unknown; hoursPerWeek?: unknown; slots?: unknown },
  tasks: readonly TaskHours[],
  fromTasks: boolean,
): { hours: number | undefined; slots: string[] } {
  const chosen = Array.isArray(values.taskIds) ? values.taskIds : [];
  const picked = tasks.filter((task) => chosen.includes(task.id));
  const typed = fromTasks ? undefined : parseHours(values.hoursPerWeek);
  const slots =
    fromTasks || !Array.isArray(values.slots)
      ? [...new Set(picked.flatMap((task) => task.slots))]
      : values.slots.map(String);
  return { hours: typed ?? (picked.length ? sumHours(picked.map((task) => task.hours)) : undefined), slots };
}
