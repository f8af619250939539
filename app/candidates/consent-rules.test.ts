import { describe, expect, it } from "vitest";
import { consentState, visibleToEmployers } from "./consent-rules";

const now = new Date("2026-11-22T12:00:00Z");
const later = new Date("2027-11-22T12:00:00Z");
const earlier = new Date("2026-11-01T12:00:00Z");

describe("the state of a consent", () => {
  it("is active until its expiry, expired from the very instant of it", () => {
    expect(consentState({ withdrawn_at: null, expires_at: later }, now)).toBe("active");
    expect(consentState({ withdrawn_at: null, expires_at: new Date(now.getTime() + 1) }, now)).toBe("active");
    expect(consentState({ withdrawn_at: null, expires_at: now }, now)).toBe("expired");
    expect(consentState({ withdrawn_at: null, expires_at: earlier }, now)).toBe("expired");
  });

  it("is withdrawn once withdrawn, expired or not", () => {
    expect(consentState({ withdrawn_at: earlier, expires_at: later }, now)).toBe("withdrawn");
    expect(consentState({ withdrawn_at: earlier, expires_at: earlier }, now)).toBe("withdrawn");
  });
});

describe("a profile shown to employers", () => {
  const active = { withdrawn_at: null, expires_at: later };
  it("needs both search and employer_view active", () => {
    expect(
      visibleToEmployers(
        [
          { scope: "search", ...active },
          { scope: "employer_view", ...active },
        ],
        now,
      ),
    ).toBe(true);
    expect(visibleToEmployers([{ scope: "search", ...active }], now)).toBe(false);
    expect(visibleToEmployers([{ scope: "employer_view", ...active }], now)).toBe(false);
    expect(visibleToEmployers([], now)).toBe(false);
  });

  it("does not count a withdrawn or expired consent, nor identity sharing in place of either", () => {
    const withdrawn = { withdrawn_at: earlier, expires_at: later };
    const expired = { withdrawn_at: null, expires_at: now };
    expect(
      visibleToEmployers(
        [
          { scope: "search", ...active },
          { scope: "employer_view", ...withdrawn },
        ],
        now,
      ),
    ).toBe(false);
    expect(
      visibleToEmployers(
        [
          { scope: "search", ...expired },
          { scope: "employer_view", ...active },
        ],
        now,
      ),
    ).toBe(false);
    expect(
      visibleToEmployers(
        [
          { scope: "search", ...active },
          { scope: "identity_share", ...active },
        ],
        now,
      ),
    ).toBe(false);
  });

  it("counts a renewed consent next to an expired one of the same scope", () => {
    const expired = { withdrawn_at: null, expires_at: earlier };
    expect(
      visibleToEmployers(
        [
          { scope: "search", ...active },
          { scope: "employer_view", ...expired },
          { scope: "employer_view", ...active },
        ],
        now,
      ),
    ).toBe(true);
  });
});
