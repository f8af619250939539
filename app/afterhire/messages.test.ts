import { describe, expect, it } from "vitest";
import { checkMessage } from "./messages";

const names = ["Kari Nordmann"];
const before = { candidateNames: names, identityShared: false, confirmed: false };

describe("the privacy guard on conversation messages", () => {
  it("lets an ordinary message through", () => {
    expect(checkMessage("Kan vi møtes tirsdag klokka 10?", before)).toEqual({ ok: true });
  });

  it("refuses the candidate's name before identity consent, with no way round it", () => {
    const result = checkMessage("Kari trives godt på lageret.", before);
    expect(result).toMatchObject({ ok: false, confirmable: false });
    if (!result.ok) expect(result.message).toContain("navn");
  });

  it("allows the name once the candidate has consented to share their identity", () => {
    expect(checkMessage("Kari trives godt.", { ...before, identityShared: true })).toEqual({ ok: true });
  });

  it("never sends a fødselsnummer, consent or not, confirmed or not", () => {
    const result = checkMessage("Fnr 01019012480", { ...before, identityShared: true, confirmed: true });
    expect(result).toMatchObject({ ok: false, confirmable: false });
  });

  it("warns about a phone number before consent and sends it when the writer confirms it is their own", () => {
    const warned = checkMessage("Ring meg på 77 66 55 44.", before);
    expect(warned).toMatchObject({ ok: false, confirmable: true });
    if (!warned.ok) expect(warned.message).toContain("77 66 55 44");
    expect(checkMessage("Ring meg på 77 66 55 44.", { ...before, confirmed: true })).toEqual({ ok: true });
  });

  it("treats an e-mail address the same way", () => {
    expect(checkMessage("Skriv til per@nav.no", before)).toMatchObject({ ok: false, confirmable: true });
  });
});
