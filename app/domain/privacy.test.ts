import { describe, expect, it } from "vitest";
import { findIdentifyingText } from "./privacy";

// Synthetic test numbers with valid check digits (not real people).
const FNR = "01019012480";
const DNR = "41019012393";

describe("privacy guard on free text", () => {
  it("finds a fødselsnummer, with or without a space, and says exactly what to remove", () => {
    const [hit] = findIdentifyingText(`Har fnr ${FNR} i papirene`);
    expect(hit?.kind).toBe("fnr");
    expect(hit?.message).toContain(`«${FNR}»`);
    const spaced = `${FNR.slice(0, 6)} ${FNR.slice(6)}`;
    expect(findIdentifyingText(`nr ${spaced}`)[0]).toMatchObject({ kind: "fnr", match: spaced });
  });

  it("finds a D-nummer", () => {
    expect(findIdentifyingText(`D-nr ${DNR}`)[0]?.kind).toBe("dnr");
  });

  it("ignores 11 digits that are not a valid identity number", () => {
    expect(findIdentifyingText("ordrenummer 12345678901")).toEqual([]);
  });

  it("finds phone numbers however they are written", () => {
    for (const phone of ["98765432", "987 65 432", "98 76 54 32", "+47 987 65 432", "0047 98765432", "22 22 22 22"]) {
      expect(
        findIdentifyingText(`ring ${phone} etter kl 9`).map((f) => f.kind),
        phone,
      ).toEqual(["phone"]);
    }
  });

  it("does not take hours, years or short numbers for phone numbers", () => {
    expect(findIdentifyingText("Ønsker 10–20 timer i uka fra 2026, gjerne 3 dager")).toEqual([]);
  });

  it("finds e-mail addresses", () => {
    expect(findIdentifyingText("skriv til ola.nordmann@example.no")[0]).toMatchObject({
      kind: "email",
      match: "ola.nordmann@example.no",
    });
  });

  it("finds the candidate's own names as whole words, whatever the case", () => {
    const found = findIdentifyingText("Kari-Anne liker kjøkkenarbeid, spør OLSEN", ["Kari-Anne Olsen"]);
    expect(found.map((f) => f.match)).toEqual(["Kari", "Anne", "OLSEN"]);
    // A name inside another word is not the name.
    expect(findIdentifyingText("liker å bake karijoner", ["Kari Olsen"])).toEqual([]);
  });

  it("lets ordinary profile text through", () => {
    expect(findIdentifyingText("Rolig og nøyaktig, liker lager og morgenarbeid i Tromsø.", ["Ola Berg"])).toEqual([]);
  });
});
