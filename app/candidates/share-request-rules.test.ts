import { describe, expect, it } from "vitest";
import { SHARE_REQUEST_DAYS, answerRefusal, canAnswer, shareDeadline, shareRequestState } from "./share-request-rules";

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

  it("can never be answered once the proposal has closed, whatever the deadline", () => {
    const pending = { status: "pending" as const, deadline: shareDeadline(asked) };
    expect(answerRefusal(pending, "proposed", asked)).toBeNull();
    expect(answerRefusal(pending, "interested", asked)).toBeNull();
    for (const closed of ["declined", "withdrawn", "ended"] as const)
      expect(answerRefusal(pending, closed, asked)).toBe("closed");
    expect(answerRefusal({ status: "closed", deadline: shareDeadline(asked) }, "proposed", asked)).toBe("closed");
    expect(shareRequestState({ status: "closed", deadline: shareDeadline(asked) }, asked)).toBe("closed");
    // Too late and already answered are told apart from closed.
    expect(answerRefusal(pending, "proposed", new Date("2026-12-08T10:00:00.000Z"))).toBe("too-late");
    expect(answerRefusal({ status: "accepted", deadline: shareDeadline(asked) }, "declined", asked)).toBe("too-late");
  });
});
