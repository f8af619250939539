import { describe, expect, it } from "vitest";
import { jobChangeSchema, noticeFrom } from "./forms";

const schema = jobChangeSchema("2026-03-01");
const errorsOf = (input: Record<string, string>) => {
  const r = schema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the job-change form", () => {
  it("reads each kind with its own field", () => {
    expect(schema.parse({ kind: "hours_changed", date: "2026-04-01", hours: "18,5" })).toEqual({
      kind: "hours_changed",
      date: "2026-04-01",
      hours: 18.5,
    });
    expect(schema.parse({ kind: "made_permanent", date: "2026-06-01", hours: "", endReason: "" })).toEqual({
      kind: "made_permanent",
      date: "2026-06-01",
    });
    expect(schema.parse({ kind: "ended", date: "2026-09-30", endReason: "contract_end" })).toEqual({
      kind: "ended",
      date: "2026-09-30",
      reason: "contract_end",
    });
  });

  it("accepts the start day itself and refuses the day before", () => {
    expect(schema.safeParse({ kind: "made_permanent", date: "2026-03-01" }).success).toBe(true);
    expect(errorsOf({ kind: "made_permanent", date: "2026-02-28" })).toHaveProperty("date");
  });

  it("asks for hours between 1 and 40 when the hours changed", () => {
    expect(errorsOf({ kind: "hours_changed", date: "2026-04-01", hours: "" })).toHaveProperty("hours");
    expect(errorsOf({ kind: "hours_changed", date: "2026-04-01", hours: "abc" })).toHaveProperty("hours");
    expect(errorsOf({ kind: "hours_changed", date: "2026-04-01", hours: "40,5" })).toHaveProperty("hours");
    expect(schema.safeParse({ kind: "hours_changed", date: "2026-04-01", hours: "40" }).success).toBe(true);
  });

  it("asks for a reason from the list when the job ended", () => {
    expect(errorsOf({ kind: "ended", date: "2026-04-01" })).toHaveProperty("endReason");
    expect(errorsOf({ kind: "ended", date: "2026-04-01", endReason: "constructor" })).toHaveProperty("endReason");
  });

  it("refuses a kind that is not on the list and a date not on the calendar", () => {
    expect(errorsOf({ kind: "abc", date: "2026-02-30" })).toMatchObject({
      kind: expect.any(String),
      date: expect.any(String),
    });
  });
});

describe("the hire pages' notice after a redirect", () => {
  const notices = { endret: "Endringen er registrert.", avsluttet: "Avsluttet." };
  it("is the notice whose key is in the address, and none without one", () => {
    expect(noticeFrom(new URL("http://x/ansatte/1?avsluttet=1"), notices)).toBe("Avsluttet.");
    expect(noticeFrom(new URL("http://x/ansatte/1?endret=1"), notices)).toBe("Endringen er registrert.");
    expect(noticeFrom(new URL("http://x/ansatte/1?annet=1"), notices)).toBeNull();
  });
});
