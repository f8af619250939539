import { describe, expect, it } from "vitest";
import { enhetUrl, parseEnhet } from "./enhetsregisteret";

describe("reading Enhetsregisteret's answer", () => {
  it("takes the name, the business address and its municipality", () => {
    expect(
      parseEnhet({
        organisasjonsnummer: "974760673",
        navn: "REGISTERENHETEN I BRØNNØYSUND",
        forretningsadresse: {
          adresse: ["Havnegata 48", ""],
          postnummer: "8900",
          poststed: "BRØNNØYSUND",
          kommunenummer: "1813",
        },
      }),
    ).toEqual({
      name: "REGISTERENHETEN I BRØNNØYSUND",
      address: "Havnegata 48, 8900 BRØNNØYSUND",
      municipalityNumber: "1813",
    });
  });

  it("keeps the name when the register has no business address", () => {
    expect(parseEnhet({ navn: "Nybakk Bakeri AS" })).toEqual({
      name: "Nybakk Bakeri AS",
      address: "",
      municipalityNumber: null,
    });
    expect(parseEnhet({ navn: "Nybakk Bakeri AS", forretningsadresse: null })?.address).toBe("");
  });

  it("leaves out a municipality number that is not four digits", () => {
    expect(parseEnhet({ navn: "X AS", forretningsadresse: { kommunenummer: "18" } })?.municipalityNumber).toBeNull();
  });

  it("trims the register's spaces and drops empty address lines", () => {
    expect(
      parseEnhet({
        navn: "  Nybakk Bakeri AS ",
        forretningsadresse: {
          adresse: ["  Storgata 1 ", "   ", "Bakgården"],
          postnummer: " 9008 ",
          poststed: " TROMSØ ",
          kommunenummer: " 5501 ",
        },
      }),
    ).toEqual({ name: "Nybakk Bakeri AS", address: "Storgata 1, Bakgården, 9008 TROMSØ", municipalityNumber: "5501" });
  });

  it("ends the address with the street when the register has no postcode or place", () => {
    expect(parseEnhet({ navn: "X AS", forretningsadresse: { adresse: ["Storgata 1"] } })?.address).toBe("Storgata 1");
    expect(parseEnhet({ navn: "X AS", forretningsadresse: { poststed: "TROMSØ" } })?.address).toBe("TROMSØ");
  });

  it("cuts a name and an address longer than the form's fields take", () => {
    const parsed = parseEnhet({ navn: "N".repeat(250), forretningsadresse: { adresse: ["A".repeat(400)] } });
    expect(parsed?.name).toHaveLength(200);
    expect(parsed?.address).toHaveLength(300);
  });

  it("takes a municipality number of exactly four digits only", () => {
    for (const kommunenummer of ["18", "18130", "x1813", "1813x", ""]) {
      expect(parseEnhet({ navn: "X AS", forretningsadresse: { kommunenummer } })?.municipalityNumber).toBeNull();
    }
  });

  it("refuses an answer of another shape", () => {
    expect(parseEnhet(null)).toBeNull();
    expect(parseEnhet({ navn: "" })).toBeNull();
    expect(parseEnhet({ name: "English AS" })).toBeNull();
    expect(parseEnhet({ navn: "X AS", forretningsadresse: { adresse: "not a list" } })).toBeNull();
    expect(parseEnhet({ navn: 42 })).toBeNull();
  });
});

describe("the address of an organisation", () => {
  it("joins the configured base and the number, with or without a trailing slash", () => {
    expect(enhetUrl("https://data.example/", "974760673")).toBe(
      "https://data.example/enhetsregisteret/api/enheter/974760673",
    );
    expect(enhetUrl("https://data.example//", "974760673")).toBe(
      "https://data.example/enhetsregisteret/api/enheter/974760673",
    );
    expect(enhetUrl("http://127.0.0.1:4000", "974760673")).toBe(
      "http://127.0.0.1:4000/enhetsregisteret/api/enheter/974760673",
    );
  });
});
