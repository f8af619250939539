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

  it("finds a fødselsnummer however it is written: dot, dash, dotted birth date", () => {
    for (const written of [
      "010190.12480",
      "010190-12480",
      "01.01.90 12480",
      "01.01.90.12480",
      "01.01.90-12480",
      "0101.90 12480",
    ]) {
      expect(findIdentifyingText(`fnr: ${written}.`), written).toEqual([
        {
          kind: "fnr",
          match: written,
          message: `Teksten inneholder et fødselsnummer («${written}»). Fjern det – fødselsnummer skal aldri stå i profilen.`,
        },
      ]);
    }
  });

  it("does not take a date followed by a number for a fødselsnummer when the check digits fail", () => {
    expect(findIdentifyingText("møte 01.01.90 12481 kroner")).toEqual([]);
    expect(findIdentifyingText("fra 01.01.2027 kl 12480")).toEqual([]);
  });

  it("finds a fødselsnummer, not a phone number, inside the eleven digits", () => {
    expect(findIdentifyingText(`nr ${FNR}`).map((f) => f.kind)).toEqual(["fnr"]);
    expect(findIdentifyingText(`nr 41.01.90 12393`).map((f) => f.kind)).toEqual(["dnr"]);
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

  it("finds phone numbers written with dots or dashes", () => {
    for (const phone of [
      "987.65.432",
      "98.76.54.32",
      "987-65-432",
      "98-76-54-32",
      "+47.987.65.432",
      "+47-98765432",
      "22.22.22.22",
    ]) {
      expect(findIdentifyingText(`tlf. ${phone}, helst kveld`), phone).toMatchObject([{ kind: "phone", match: phone }]);
    }
  });

  it("does not take nine digits or seven digits for a phone number, nor a number starting with 0 or 1", () => {
    for (const text of ["ref 9876543210", "ref 9876543", "kode 08765432", "kode 18765432", "år 1998-2003"]) {
      expect(findIdentifyingText(text), text).toEqual([]);
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

  it("finds short names of two and three letters, like the demo candidate Ola", () => {
    expect(findIdentifyingText("Ola liker lager", ["Ola Nordmann"])).toEqual([
      {
        kind: "name",
        match: "Ola",
        message: "Teksten inneholder kandidatens navn («Ola»). Fjern det – profilen skal være anonym.",
      },
    ]);
    expect(findIdentifyingText("spør jo om vakter", ["Jo Li"]).map((f) => f.match)).toEqual(["jo"]);
    expect(findIdentifyingText("Li er rolig", ["Jo Li"]).map((f) => f.match)).toEqual(["Li"]);
    expect(findIdentifyingText("Åse trives ute", ["Åse Ås"]).map((f) => f.match)).toEqual(["Åse"]);
  });

  it("finds a name in the genitive, and not a longer name that starts the same way", () => {
    expect(findIdentifyingText("Olas mor følger opp", ["Ola Nordmann"]).map((f) => f.match)).toEqual(["Olas"]);
    expect(findIdentifyingText("Olav og Olaug jobber der", ["Ola Nordmann"])).toEqual([]);
  });

  it("ignores one-letter name parts, which are initials, not names", () => {
    expect(findIdentifyingText("vakt A og B", ["A B Nordmann"])).toEqual([]);
  });

  it("reports each kind it finds, in the order fnr, e-mail, phone, name", () => {
    const text = `Ola, ${FNR}, ola@example.no, 987 65 432`;
    expect(findIdentifyingText(text, ["Ola"]).map((f) => f.kind)).toEqual(["fnr", "email", "phone", "name"]);
  });

  it("lets ordinary profile text through", () => {
    expect(findIdentifyingText("Rolig og nøyaktig, liker lager og morgenarbeid i Tromsø.", ["Ola Berg"])).toEqual([]);
  });

  it("finds the whole e-mail address, also with digits in the domain and several dots", () => {
    for (const email of ["kari@nav2.no", "ola@post.4u.no", "ola@firma.co.uk", "per@mail.firma9.no"]) {
      expect(findIdentifyingText(`send til ${email} i dag`), email).toMatchObject([{ kind: "email", match: email }]);
    }
  });

  it("finds +47 with or without a space, and reports the number as written", () => {
    expect(findIdentifyingText("ring +4798765432")).toMatchObject([{ kind: "phone", match: "+4798765432" }]);
    expect(findIdentifyingText("ring +47 98765432")).toMatchObject([{ kind: "phone", match: "+47 98765432" }]);
  });

  it("does not report digits inside an e-mail address as a phone number, but a phone right after it", () => {
    expect(findIdentifyingText("ola98765432@firma.no").map((f) => f.kind)).toEqual(["email"]);
    expect(findIdentifyingText("ola@firma.no+4798765432").map((f) => f.match)).toEqual(["ola@firma.no", "+4798765432"]);
  });

  it("reads a name with a dot or a bracket as it is written, not as a pattern", () => {
    expect(findIdentifyingText("JoAnn og Jo.Ann", ["Jo.Ann Li"]).map((f) => f.match)).toEqual(["Jo.Ann"]);
    expect(findIdentifyingText("JoAnn liker lager", ["Jo.Ann Li"])).toEqual([]);
    expect(findIdentifyingText("Kris liker lager", ["(Kris) Berg"])).toEqual([]);
    expect(findIdentifyingText("Kari (Kris) liker lager", ["(Kris) Berg"]).map((f) => f.match)).toEqual(["(Kris)"]);
  });
});
