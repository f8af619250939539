import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { inclusionStepSchema, mentorStepSchema } from "./forms";
import { rates2025 } from "./test-rates";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

describe("a grant period before the first year with rates", () => {
  // The mentor's period is step 2, the inclusion grant's step 0.
  const period = { startDate: "2019-05-01", endDate: "2019-10-31", extended: "no" };

  it("is refused at the start date for mentortilskudd, with the first year named", () => {
    const result = parseWithZod(form(period), { schema: mentorStepSchema(2, rates2025) });
    expect(result.status).toBe("error");
    expect(result.reply().error?.startDate).toEqual([texts.grants.errors.startBeforeRates(2025)]);
  });

  it("is refused at the start date for inkluderingstilskudd", () => {
    const result = parseWithZod(form(period), { schema: inclusionStepSchema(0, rates2025) });
    expect(result.reply().error?.startDate).toEqual([texts.grants.errors.startBeforeRates(2025)]);
  });

  it("is accepted from the first day of that year", () => {
    const result = parseWithZod(form({ ...period, startDate: "2025-01-01", endDate: "2025-06-30" }), {
      schema: mentorStepSchema(2, rates2025),
    });
    expect(result.status).toBe("success");
  });
});

describe("a period whose dates are not dates", () => {
  const format = [texts.grants.errors.date];
  const noSuchDate = [texts.form.noSuchDate];
  const cases = [
    { startDate: "abc", endDate: "2026-06-30", expected: { startDate: format } },
    { startDate: "2026-01-01", endDate: "2026-02-30", expected: { endDate: noSuchDate } },
    { startDate: "9999-99-99", endDate: "", expected: { startDate: noSuchDate, endDate: format } },
  ];
  it.each(cases)("$startDate – $endDate is answered at the date fields only", ({ startDate, endDate, expected }) => {
    const result = parseWithZod(form({ startDate, endDate, extended: "no" }), {
      schema: mentorStepSchema(2, rates2025),
    });
    expect(result.reply().error).toEqual(expected);
  });
});
