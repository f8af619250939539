import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { followupEndSchema } from "./followup-end";

const schema = followupEndSchema("2026-03-10", "2026-12-03");
const errorsOf = (input: Record<string, unknown>) => {
  const r = schema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path[0], i.message]));
};

describe("ending a follow-up", () => {
  it("reads a reason and a date typed the Norwegian way", () => {
    expect(schema.parse({ reason: "in_work", endedOn: "3.12.26" })).toEqual({
      reason: "in_work",
      endedOn: "2026-12-03",
    });
    expect(schema.parse({ reason: "moved", endedOn: "2026-03-10" })).toEqual({
      reason: "moved",
      endedOn: "2026-03-10",
    });
  });

  it("asks for a reason from the list", () => {
    expect(errorsOf({ endedOn: "01.12.2026" }).reason).toBe(texts.followupEnd.reasonRequired);
    expect(errorsOf({ reason: "bored", endedOn: "01.12.2026" }).reason).toBe(texts.followupEnd.reasonRequired);
  });

  it("takes no day after today and none before the person started", () => {
    expect(errorsOf({ reason: "other", endedOn: "04.12.2026" }).endedOn).toBe(texts.followupEnd.dateInFuture);
    expect(errorsOf({ reason: "other", endedOn: "09.03.2026" }).endedOn).toBe(
      texts.followupEnd.dateBeforeStart("10. mars 2026"),
    );
    expect(errorsOf({ reason: "other", endedOn: "i går" }).endedOn).toBe(texts.followupEnd.dateFormat);
    expect(errorsOf({ reason: "other", endedOn: "30.02.2026" }).endedOn).toBe(texts.form.noSuchDate);
  });
});
