import { describe, expect, it } from "vitest";
import { fullYear, isIsoDate, normaliseTypedDate, readTypedDate, todayInOslo } from "./dates";

const today = "2026-12-02";

describe("reading a typed date", () => {
  it("reads dd.mm.åååå, d.m.åååå, d.m.åå and åååå-mm-dd as the same day", () => {
    for (const typed of ["13.01.2027", "13.1.2027", "13.1.27", "13.01.27", "2027-01-13", "2027-1-13", " 13.01.2027 "]) {
      expect(readTypedDate(typed, today), typed).toEqual({ iso: "2027-01-13" });
    }
  });

  it("takes slashes and dashes between day, month and year too", () => {
    expect(readTypedDate("13/01/2027", today)).toEqual({ iso: "2027-01-13" });
    expect(readTypedDate("13-01-2027", today)).toEqual({ iso: "2027-01-13" });
  });

  it("knows 29 February only in leap years", () => {
    expect(readTypedDate("29.02.2028", today)).toEqual({ iso: "2028-02-29" });
    expect(readTypedDate("2024-02-29", today)).toEqual({ iso: "2024-02-29" });
    expect(readTypedDate("29.02.2027", today)).toEqual({ problem: "calendar" });
    expect(readTypedDate("29.02.2100", today)).toEqual({ problem: "calendar" });
    expect(readTypedDate("29.02.2000", today)).toEqual({ iso: "2000-02-29" });
  });

  it("tells a date not on the calendar from a wrong shape", () => {
    for (const typed of ["31.04.2027", "32.01.2027", "00.01.2027", "13.13.2027", "13.00.2027", "2027-02-30"]) {
      expect(readTypedDate(typed, today), typed).toEqual({ problem: "calendar" });
    }
  });

  it("refuses nonsense as a wrong shape", () => {
    for (const typed of [
      "",
      "i morgen",
      "13. januar 2027",
      "13.01",
      "2027",
      "13.01.202",
      "13..01.2027",
      // Year first, with something before or after it.
      "x2027-01-13",
      "2027-01-134",
      "2027-01-13x",
      "1e3.01.2027",
      "13.01.2027 kl. 12",
    ]) {
      expect(readTypedDate(typed, today), typed).toEqual({ problem: "format" });
    }
  });

  it("reads a two-digit year as up to 20 years ahead, else last century", () => {
    expect(fullYear(27, today)).toBe(2027);
    expect(fullYear(46, today)).toBe(2046);
    expect(fullYear(47, today)).toBe(1947);
    expect(fullYear(90, today)).toBe(1990);
    expect(fullYear(0, today)).toBe(2000);
    expect(readTypedDate("17.5.90", today)).toEqual({ iso: "1990-05-17" });
  });

  it("refuses years before 1900", () => {
    expect(readTypedDate("1899-12-31", today)).toEqual({ problem: "calendar" });
    expect(readTypedDate("01.01.1900", today)).toEqual({ iso: "1900-01-01" });
  });

  it("turns a readable date into YYYY-MM-DD and leaves anything else as typed", () => {
    expect(normaliseTypedDate("4.1.2027")).toBe("2027-01-04");
    expect(normaliseTypedDate("30.02.2027")).toBe("30.02.2027");
    expect(normaliseTypedDate("snart")).toBe("snart");
  });
});

describe("calendar dates", () => {
  it("checks YYYY-MM-DD against the calendar", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-1-13")).toBe(false);
  });

  it("gives today's date in Norway, not in UTC", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo (UTC+1 in winter).
    expect(todayInOslo(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2 in summer).
    expect(todayInOslo(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(todayInOslo(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });
});
