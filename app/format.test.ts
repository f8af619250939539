import { describe, expect, it } from "vitest";
import {
  formatAccountNumber,
  formatDate,
  formatDateForField,
  formatDateTime,
  formatKroner,
  formatNumber,
  formatOre,
  formatPercent,
} from "./format";

describe("dates on pages", () => {
  it("shows a date as '13. jan. 2027'", () => {
    expect(formatDate("2027-01-13")).toBe("13. jan. 2027");
    expect(formatDate("2027-05-01")).toBe("1. mai 2027");
    expect(formatDate("2028-02-29")).toBe("29. feb. 2028");
  });

  it("shows a calendar date as that day, and an instant as the day it is in Norway", () => {
    expect(formatDate("2027-12-31")).toBe("31. des. 2027");
    // 23:30 UTC on 31 December is New Year's Day in Oslo.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("1. jan. 2027");
  });

  it("shows a time as '13.01.2027 kl. 12.15', in Norwegian time summer and winter", () => {
    expect(formatDateTime(new Date("2027-01-13T11:15:00Z"))).toBe("13.01.2027 kl. 12.15");
    expect(formatDateTime("2027-07-13T11:15:00Z")).toBe("13.07.2027 kl. 13.15");
    expect(formatDateTime(new Date("2027-01-13T23:05:00Z"))).toBe("14.01.2027 kl. 00.05");
  });

  it("writes a date for a date field as dd.mm.åååå, and leaves what was typed alone", () => {
    expect(formatDateForField("2027-01-04")).toBe("04.01.2027");
    expect(formatDateForField("4.1.27")).toBe("4.1.27");
    expect(formatDateForField("")).toBe("");
  });
});

describe("values that are no dates, as sent back to a form", () => {
  it("are shown as typed, never thrown on", () => {
    expect(formatDateForField("9999-99-99")).toBe("9999-99-99");
    expect(formatDateForField("2027-02-30")).toBe("2027-02-30");
    expect(formatDate("9999-99-99")).toBe("9999-99-99");
    expect(formatDate("")).toBe("");
  });
});

describe("percentages on pages", () => {
  it("writes a percentage with a decimal comma and a space before the sign", () => {
    expect(formatPercent(40)).toBe("40 %");
    expect(formatPercent(14.1)).toBe("14,1 %");
  });
});

describe("numbers, money and account numbers on pages", () => {
  // Intl writes a no-break space between thousands and before the unit: compare with plain spaces.
  const plain = (s: string) => s.replace(/\u00a0/g, " ");

  it("shows money as '48 750 kr', øre with two decimals", () => {
    expect(plain(formatKroner(48750))).toBe("48 750 kr");
    expect(plain(formatKroner(0))).toBe("0 kr");
    expect(plain(formatKroner(1234567))).toBe("1 234 567 kr");
    expect(plain(formatOre(96647))).toBe("966,47 kr");
    expect(plain(formatOre(100))).toBe("1,00 kr");
  });

  it("shows percentages as '10,2 %' and plain numbers with a decimal comma", () => {
    expect(plain(formatPercent(10.2))).toBe("10,2 %");
    expect(plain(formatPercent(100))).toBe("100 %");
    expect(plain(formatNumber(37.5))).toBe("37,5");
  });

  it("groups an account number 4-2-5, whether typed with spaces, dots or none, and leaves the rest alone", () => {
    expect(formatAccountNumber("12345678903")).toBe("1234 56 78903");
    expect(formatAccountNumber("1234.56.78903")).toBe("1234 56 78903");
    expect(formatAccountNumber("1234 5678 903")).toBe("1234 56 78903");
    expect(formatAccountNumber("123")).toBe("123");
  });
});
