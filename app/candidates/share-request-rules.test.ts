import { describe, expect, it } from "vitest";
import { SHARE_REQUEST_DAYS, canAnswer, shareDeadline, shareRequestState } from "./share-request-rules";

describe("share requests", () => {
  const asked = new Date("2026-12-01T10:00:00Z");

  it("have a deadline 7 days after they are asked, unless told otherwise", () => {
    expect(SHARE_REQUEST_DAYS).toBe(7);
    expect(shareDeadline(asked).toISOString()).toBe("2026-12-08T10:00:00.000Z");
    expect(shareDeadline(asked, 14).toISOString()).toBe("2026-12-15T10:00:00.000Z");
  });

  it("expire at the deadline to the millisecond, not a moment before", () => {
    const request = { status: "pending" as const, deadline: shareDeadline(asked) };
    expect(shareRequestState(request, new Date("2026-12-08T09:59:59.999Z"))).toBe("pending");
    expect(canAnswer(request, new Date("2026-12-08T09:59:59.999Z"))).toBe(true);
    expect(shareRequestState(request, new Date("2026-12-08T10:00:00.000Z"))).toBe("expired");
    expect(canAnswer(request, new Date("2026-12-08T10:00:00.000Z"))).toBe(false);
  });

  it("keep an answer once given, even past the deadline", () => {
    const late = new Date("2027-01-01T00:00:00Z");
    expect(shareRequestState({ status: "accepted", deadline: asked }, late)).toBe("accepted");
    expect(shareRequestState({ status: "declined", deadline: asked }, late)).toBe("declined");
    expect(canAnswer({ status: "accepted", deadline: shareDeadline(late) }, asked)).toBe(false);
  });
});
