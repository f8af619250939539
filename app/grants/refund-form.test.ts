import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { claimFormValues, claimInput, claimSchema } from "./refund-form";

const m = texts.refund.errors;
const errorsOf = (form: Record<string, string>) => {
  const r = claimSchema.safeParse(form);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the refund claim form", () => {
  it("reads whole kroner as typed (spaces, blank is 0) and leaves the absence amount out without absence", () => {
    const r = claimSchema.parse({ fixed: "40 000", hourly: "", absence: "no", absenceAmount: "5000" });
    expect(r).toMatchObject({ fixed: 40_000, hourly: 0, other: 0, holidayDeduction: 0 });
    expect(claimInput(r)).toEqual({
      lines: [
        { kind: "fixed", amountKr: 40_000 },
        { kind: "hourly", amountKr: 0 },
        { kind: "fixedSupplement", amountKr: 0 },
        { kind: "irregularSupplement", amountKr: 0 },
        { kind: "overtime", amountKr: 0 },
      ],
      holidayDeductionKr: 0,
      absenceRefundKr: 0,
    });
    const withAbsence = claimSchema.parse({ fixed: "100", absence: "yes", absenceAmount: "50", other: "7" });
    expect(claimInput(withAbsence).absenceRefundKr).toBe(50);
    expect(claimInput(withAbsence).lines[4]).toEqual({ kind: "overtime", amountKr: 7 });
  });

  it("answers each wrong amount at its field in Norwegian", () => {
    expect(errorsOf({ fixed: "-1", absence: "no" })).toMatchObject({ fixed: m.amount });
    expect(errorsOf({ fixed: "100", hourly: "12,5", absence: "no" })).toEqual({ hourly: m.amount });
    expect(errorsOf({ fixed: "100", other: "mange", absence: "no" })).toEqual({ other: m.amount });
    expect(errorsOf({ fixed: "10000000", absence: "no" })).toMatchObject({ fixed: m.amount });
    expect(errorsOf({ fixed: "9999999", absence: "no" })).toEqual({});
    expect(errorsOf({ fixed: "100", holidayDeduction: "x", absence: "no" })).toEqual({ holidayDeduction: m.amount });
  });

  it("asks for wages, the absence answer, and the absence amount when NAV refunded absence", () => {
    expect(errorsOf({ absence: "no" })).toEqual({ fixed: m.noWages });
    expect(errorsOf({ irregularSupplement: "1", absence: "no" })).toEqual({});
    // Any ordinary line counts, also when two are equal (a sum, not a difference).
    expect(errorsOf({ fixed: "5", hourly: "5", absence: "no" })).toEqual({});
    expect(errorsOf({ fixedSupplement: "5", irregularSupplement: "5", absence: "no" })).toEqual({});
    expect(errorsOf({ fixed: "5", hourly: "5", fixedSupplement: "10", absence: "no" })).toEqual({});
    expect(errorsOf({ fixed: "100" })).toEqual({ absence: m.absence });
    expect(errorsOf({ fixed: "100", absence: "kanskje" })).toEqual({ absence: m.absence });
    expect(errorsOf({ fixed: "100", absence: "yes", absenceAmount: "" })).toEqual({ absenceAmount: m.absenceAmount });
    expect(errorsOf({ fixed: "100", absence: "yes", absenceAmount: "1" })).toEqual({});
  });

  it("puts stored values back into the form as text", () => {
    expect(claimFormValues({ fixed: 40_000, absence: "no" })).toMatchObject({
      fixed: "40000",
      absence: "no",
      hourly: "",
    });
    expect(claimFormValues(null).fixed).toBe("");
  });
});
