import { describe, expect, it } from "vitest";
import { type RetentionRuleId, actionDay, daysBetween, retentionRules, retentionStep, ruleById } from "./retention";

const at = (since: string, days: number) => {
  const d = new Date(`${since}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe("retention rules", () => {
  it("are numbered 1..n without gaps, one per id", () => {
    expect(retentionRules.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(new Set(retentionRules.map((r) => r.id)).size).toBe(retentionRules.length);
  });

  it("counts whole calendar days, across a month end and a leap day", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // over the change to summer time
  });

  it("withdraws identity on day 183 after the proposal ended, not on day 182", () => {
    const rule = ruleById("identity-share");
    const ended = "2026-01-10";
    expect(retentionStep(rule, ended, at(ended, 182))).toEqual({ kind: "none" });
    expect(retentionStep(rule, ended, at(ended, 183))).toEqual({ kind: "act" });
    expect(retentionStep(rule, ended, at(ended, 400))).toEqual({ kind: "act" });
  });

  it("warns an inactive profile 30 and 7 days ahead, then anonymises it on day 549", () => {
    const rule = ruleById("inactive-profile");
    const since = "2025-01-01";
    expect(retentionStep(rule, since, at(since, 518))).toEqual({ kind: "none" });
    expect(retentionStep(rule, since, at(since, 519))).toEqual({ kind: "warn", daysBefore: 30, actOn: at(since, 549) });
    const after30 = { 30: at(since, 519) };
    expect(retentionStep(rule, since, at(since, 541), after30)).toEqual({ kind: "none" });
    expect(retentionStep(rule, since, at(since, 542), after30)).toEqual({
      kind: "warn",
      daysBefore: 7,
      actOn: at(since, 549),
    });
    const both = { 30: at(since, 519), 7: at(since, 542) };
    expect(retentionStep(rule, since, at(since, 548), both)).toEqual({ kind: "none" });
    expect(retentionStep(rule, since, at(since, 549), both)).toEqual({ kind: "act" });
  });

  it("never acts without the warnings, and a late warning moves the day so it keeps its promise", () => {
    const rule = ruleById("inactive-profile");
    const since = "2024-01-01";
    // Found long past the limit with no warning: first the 30-day warning, acting 30 days later.
    const today = at(since, 700);
    expect(retentionStep(rule, since, today)).toEqual({ kind: "warn", daysBefore: 30, actOn: at(since, 730) });
    const sent = { 30: today };
    expect(actionDay(rule, since, sent)).toBe(at(since, 730));
    expect(retentionStep(rule, since, at(since, 722), sent)).toEqual({ kind: "none" });
    expect(retentionStep(rule, since, at(since, 723), sent)).toMatchObject({ kind: "warn", daysBefore: 7 });
    expect(retentionStep(rule, since, at(since, 729), { ...sent, 7: at(since, 723) })).toEqual({ kind: "none" });
    expect(retentionStep(rule, since, at(since, 730), { ...sent, 7: at(since, 723) })).toEqual({ kind: "act" });
  });

  it("never brings the day forward for a warning sent earlier than it had to be", () => {
    // A warning sent on the day the profile was last active (the candidate answered it that
    // day) promised no earlier day than the limit itself.
    const rule = ruleById("inactive-profile");
    const since = "2024-01-01";
    expect(actionDay(rule, since, { 30: since })).toBe(at(since, 549));
    expect(actionDay(rule, since, { 30: at(since, 519), 7: at(since, 530) })).toBe(at(since, 549));
  });

  it("unpublishes a posting not updated for 91 days, 14 days after the warning", () => {
    const rule = ruleById("stale-posting");
    const updated = "2026-03-01";
    expect(retentionStep(rule, updated, at(updated, 77))).toEqual({ kind: "none" });
    expect(retentionStep(rule, updated, at(updated, 78))).toMatchObject({ kind: "warn", daysBefore: 14 });
    expect(retentionStep(rule, updated, at(updated, 91), { 14: at(updated, 78) })).toEqual({ kind: "none" });
    expect(retentionStep(rule, updated, at(updated, 92), { 14: at(updated, 78) })).toEqual({ kind: "act" });
  });

  it("deletes a draft on day 31, warned on day 24", () => {
    const rule = ruleById("abandoned-draft");
    const saved = "2026-12-20";
    expect(retentionStep(rule, saved, at(saved, 23))).toEqual({ kind: "none" });
    expect(retentionStep(rule, saved, at(saved, 24))).toEqual({ kind: "warn", daysBefore: 7, actOn: at(saved, 31) });
    expect(retentionStep(rule, saved, at(saved, 30), { 7: at(saved, 24) })).toEqual({ kind: "none" });
    expect(retentionStep(rule, saved, at(saved, 31), { 7: at(saved, 24) })).toEqual({ kind: "act" });
  });
});

describe("a rule looked up by an id it does not know", () => {
  it("is an error naming the id, not a missing rule", () => {
    expect(() => ruleById("old-rule" as RetentionRuleId)).toThrow("unknown retention rule old-rule");
  });
});

describe("the rules as the privacy page states them", () => {
  it("give each rule's limit and warnings in the words the page shows", async () => {
    const texts = await import("~/texts");
    for (const rule of retentionRules) {
      const sentence = texts.retention.rules[rule.id];
      expect(sentence, rule.id).toContain(`${rule.limitDays} dager`);
      for (const before of rule.warnDaysBefore) expect(sentence, rule.id).toContain(`${before}`);
    }
  });
});
