import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { candidateAddress } from "./index";

describe("the candidate's channel", () => {
  const both = { phone: "41234567", email: "ola@example.no" };

  it("is the one they chose when it has an address", () => {
    expect(candidateAddress("sms", both)).toEqual({ channel: "sms", to: "41234567" });
    expect(candidateAddress("email", both)).toEqual({ channel: "email", to: "ola@example.no" });
  });

  it("falls back to the other channel, or to none, when an address is missing", () => {
    expect(candidateAddress("sms", { phone: null, email: "ola@example.no" })).toEqual({
      channel: "email",
      to: "ola@example.no",
    });
    expect(candidateAddress("email", { phone: "41234567", email: null })).toEqual({ channel: "sms", to: "41234567" });
    expect(candidateAddress("email", { phone: null, email: null })).toBeNull();
  });
});

describe("messages to candidates", () => {
  it("say only that there is something and where, never who or what", () => {
    for (const subject of Object.values(texts.candidateNotices.subjects)) {
      const body = texts.candidateNotices.body(subject, "https://arbeidsbro.no/kandidat");
      expect(body).toMatch(/^.+Arbeidsbro.*\. Logg inn for å se mer: https:\/\/arbeidsbro.no\/kandidat$/);
      expect(body.length).toBeLessThan(160); // one SMS
    }
    expect(texts.candidateNotices.subjects.share_request).toBe("Du har en ny forespørsel i Arbeidsbro");
  });

  it("count a person's expiring consents in one message, without saying which", () => {
    expect(texts.candidateNotices.consentsExpiring(1)).toBe(texts.candidateNotices.subjects.consent_expiring);
    const body = texts.candidateNotices.body(
      texts.candidateNotices.consentsExpiring(3),
      "https://arbeidsbro.no/kandidat",
    );
    expect(body).toBe("3 samtykker i Arbeidsbro går snart ut. Logg inn for å se mer: https://arbeidsbro.no/kandidat");
    expect(body.length).toBeLessThan(160);
  });
});
