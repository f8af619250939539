// The controlled vocabularies as id lists; their Norwegian labels are in app/texts/vocabulary.ts.
import * as texts from "~/texts";

const keys = <T extends object>(o: T) => Object.keys(o) as Array<keyof T & string>;

export const interestIds = keys(texts.vocabulary.interests);
export const strengthIds = keys(texts.vocabulary.strengths);
export const weekdayIds = keys(texts.vocabulary.weekdays);
export const timeOfDayIds = keys(texts.vocabulary.timesOfDay);
export const norwegianLevelIds = keys(texts.vocabulary.norwegianLevels);
export const facilitationGroups = keys(texts.vocabulary.facilitation);

export type Interest = (typeof interestIds)[number];
export type Strength = (typeof strengthIds)[number];
export type Weekday = (typeof weekdayIds)[number];
export type TimeOfDay = (typeof timeOfDayIds)[number];

/** The label for an id in a vocabulary, or the id itself for free tags and unknown values. */
export function labelOf(vocabulary: Record<string, string>, id: string): string {
  return vocabulary[id] ?? id;
}
