// How long Arbeidsbro keeps what, as plain rules: one list with a number per rule (shown on the
// privacy page) and one function that says what is due today for one thing, given its age and
// the warnings already sent. The scheduled job (db/repositories/retention.ts) only carries out
// what this module decides, so the edges are tested here, in whole calendar days.

export type RetentionRuleId = "identity-share" | "inactive-profile" | "stale-posting" | "abandoned-draft";

export interface RetentionRule {
  id: RetentionRuleId;
  /** The rule's number on the privacy page. */
  number: number;
  /** Kept for this many whole days; acted on from the day after (day limitDays + 1). */
  limitDays: number;
  /** Warnings, as days before the action, largest first (empty: no warning). */
  warnDaysBefore: number[];
}

export const retentionRules: readonly RetentionRule[] = [
  // Six months (182 days) after a proposal ended without a hire, the employer no longer sees who it was.
  { id: "identity-share", number: 1, limitDays: 182, warnDaysBefore: [] },
  // Eighteen months (548 days) without activity: the profile is anonymised and leaves search.
  { id: "inactive-profile", number: 2, limitDays: 548, warnDaysBefore: [30, 7] },
  // Three months (91 days) without an update: the task need or job is unpublished.
  { id: "stale-posting", number: 3, limitDays: 91, warnDaysBefore: [14] },
  // A draft left for 30 days is deleted.
  { id: "abandoned-draft", number: 4, limitDays: 30, warnDaysBefore: [7] },
];

export function ruleById(id: RetentionRuleId): RetentionRule {
  const rule = retentionRules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown retention rule ${id}`);
  return rule;
}

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type RetentionStep = { kind: "none" } | { kind: "warn"; daysBefore: number; actOn: string } | { kind: "act" };

function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day the rule acts on a thing last active on `since`: the day after the limit, but never
 * sooner than each warning promised (a warning sent late moves the day, so "30 days" stays true).
 */
export function actionDay(rule: RetentionRule, since: string, warningsSent: Record<number, string>): string {
  let day = addDaysIso(since, rule.limitDays + 1);
  for (const before of rule.warnDaysBefore) {
    const sent = warningsSent[before];
    if (sent && daysBetween(sent, day) < before) day = addDaysIso(sent, before);
  }
  return day;
}

/**
 * What is due today for one thing: a warning (the first one not yet sent whose time has come),
 * the action itself (only once every warning has been sent and its notice has run), or nothing.
 */
export function retentionStep(
  rule: RetentionRule,
  since: string,
  today: string,
  warningsSent: Record<number, string> = {},
): RetentionStep {
  const day = actionDay(rule, since, warningsSent);
  for (const before of rule.warnDaysBefore) {
    if (warningsSent[before]) continue;
    if (daysBetween(today, day) <= before) {
      // Sent now, this warning may push the day so that it keeps its promise.
      return { kind: "warn", daysBefore: before, actOn: actionDay(rule, since, { ...warningsSent, [before]: today }) };
    }
    return { kind: "none" };
  }
  return today >= day ? { kind: "act" } : { kind: "none" };
}
