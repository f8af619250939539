import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { candidateMessageFor, declineReasons, isDeclineReason } from "./decline";

describe("the message a candidate gets after a no", () => {
  it("is the one written for the employer's reason, different for each reason", () => {
    const messages = declineReasons.map((r) => candidateMessageFor(r));
    expect(new Set(messages).size).toBe(declineReasons.length);
    expect(candidateMessageFor("hours-dont-fit")).toContain("Timene eller dagene passet ikke");
    expect(candidateMessageFor("filled")).toContain("gitt til en annen");
  });

  it("is the general kind message for a missing or unknown reason, never the raw text", () => {
    expect(candidateMessageFor(null)).toBe(texts.declines.messages.other);
    expect(candidateMessageFor("Vi likte ikke kandidaten")).toBe(texts.declines.messages.other);
    expect(candidateMessageFor("constructor")).toBe(texts.declines.messages.other);
  });

  it("offers every reason the employer can pick on the form, and only those", () => {
    for (const reason of declineReasons) expect(texts.proposal.reasons[reason]).toBeTruthy();
    expect(isDeclineReason("good-fit")).toBe(false);
    expect(Object.keys(texts.declines.messages).sort()).toEqual([...declineReasons].sort());
  });
});
