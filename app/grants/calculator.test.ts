import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { readCalculator } from "./calculator";

const taxes = [14.1, 10.6, 7.9, 6.4, 5.1, 0];
const ok = { kind: "midlertidig", percent: "60", wage: "20000", holiday: "12", otp: "2", tax: "14.1" };
const read = (v: Record<string, string>) => readCalculator(new URLSearchParams(v), taxes);

describe("the public calculator's query string", () => {
  it("asks nothing of an empty address", () => {
    expect(read({}).status).toBe("empty");
  });

  it("reads NAV's test figures with Norwegian number formats", () => {
    const r = read({ ...ok, wage: "20 000", otp: "2,0", start: "2027-01-01", end: "2027-12-31" });
    expect(r.status).toBe("ok");
    if (r.status === "ok") expect(r.input).toMatchObject({ kind: "midlertidig", percent: 60, wage: 20_000, tax: 14.1 });
  });

  it("answers each mistake at its field", () => {
    const r = read({ ...ok, percent: "50", wage: "tjue", tax: "9", start: "2027-02-30", end: "x" });
    expect(r.status).toBe("error");
    if (r.status !== "error") return;
    expect(r.errors.wage).toBe(texts.wage.errors.monthlyWage);
    expect(r.errors.tax).toBe(texts.wage.errors.taxZone);
    expect(r.errors.start).toBe(texts.form.noSuchDate);
    expect(r.errors.end).toBe(texts.wage.errors.date);
  });

  it("checks the percentage each kind allows, and the kind's dates", () => {
    const dates = { start: "2027-01-01", end: "2027-12-31" };
    const errors = (v: Record<string, string>) => {
      const r = read({ ...ok, ...dates, ...v });
      return r.status === "error" ? r.errors : {};
    };
    expect(errors({ percent: "50" }).percent).toBe(texts.calculator.percentError.midlertidig);
    expect(errors({ kind: "varig", percent: "76" }).percent).toBe(texts.calculator.percentError.varig);
    expect(errors({ kind: "varig", percent: "75" })).toEqual({});
    expect(errors({ kind: "sommerjobb", percent: "60" }).percent).toBe(texts.calculator.percentError.sommerjobb);
    expect(errors({ percent: "40", end: "2028-01-01" }).end).toBe(texts.wage.errors.tooLong(12));
    expect(errors({ percent: "60", end: "2028-12-31" })).toEqual({});
    expect(errors({ kind: "sommerjobb", percent: "50", start: "2027-05-20", end: "2027-06-10" }).start).toBe(
      texts.wage.errors.summerStartWindow,
    );
  });
});
