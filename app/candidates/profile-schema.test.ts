import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { candidateFormSchema, profileFormSchema } from "./profile-schema";

function form(overrides: Record<string, string | string[]> = {}): FormData {
  const values: Record<string, string | string[]> = {
    name: "Tuva Testkandidat",
    birthDate: "1995-04-12",
    interests: "lager",
    weekdays: ["mon", "tue"],
    timesOfDay: "morning",
    hoursMin: "10",
    hoursMax: "20",
    municipalityNumber: "5501",
    consentSearch: "on",
    consentMethod: "meeting",
    summary: "Liker orden og faste rutiner.",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

function errors(data: FormData): Record<string, string[]> {
  const result = parseWithZod(data, { schema: candidateFormSchema });
  return result.status === "success" ? {} : ((result.error ?? {}) as Record<string, string[]>);
}

describe("the register-a-candidate form", () => {
  it("accepts a complete form; one checked box is a list of one", () => {
    const result = parseWithZod(form(), { schema: candidateFormSchema });
    expect(result.status).toBe("success");
    if (result.status === "success") {
      expect(result.value.interests).toEqual(["lager"]);
      expect(result.value.weekdays).toEqual(["mon", "tue"]);
      expect(result.value.consentSearch).toBe(true);
    }
  });

  it("the privacy guard refuses each kind of identifier in the summary and the tags, saying what to remove", () => {
    expect(errors(form({ summary: "fnr 01019012480" })).summary?.[0]).toContain("fødselsnummer («01019012480»)");
    expect(errors(form({ summary: "D-nr 41019012393" })).summary?.[0]).toContain("D-nummer («41019012393»)");
    expect(errors(form({ summary: "ring 987 65 432" })).summary?.[0]).toContain("telefonnummer («987 65 432»)");
    expect(errors(form({ summary: "tuva@example.no" })).summary?.[0]).toContain("e-postadresse («tuva@example.no»)");
    expect(errors(form({ summary: "Tuva liker lager" })).summary?.[0]).toContain("kandidatens navn («Tuva»)");
    expect(errors(form({ tags: "lager, testkandidat" })).tags?.[0]).toContain("kandidatens navn («testkandidat»)");
  });

  it("gives Norwegian messages at the field for the other rules", () => {
    expect(errors(form({ nationalId: "12345678901" })).nationalId?.[0]).toBe(
      "Fødselsnummeret eller D-nummeret er ikke gyldig. Sjekk de 11 sifrene.",
    );
    expect(errors(form({ hoursMin: "30", hoursMax: "20" })).hoursMax?.[0]).toBe(
      "Høyeste antall timer kan ikke være lavere enn laveste.",
    );
    expect(errors(form({ hoursMin: "0" })).hoursMin?.[0]).toBe("Skriv et helt antall timer mellom 1 og 40.");
    expect(errors(form({ interests: [] })).interests?.[0]).toBe("Velg minst én interesse.");
    expect(errors(form({ availableFrom: "2001-01-01" })).availableFrom?.[0]).toBe(
      "Datoen kan ikke være tilbake i tid.",
    );
    expect(errors(form({ municipalityNumber: "" })).municipalityNumber?.[0]).toBe("Velg bostedskommune.");
  });

  it("refuses dates that are not on the calendar, and a birth date in the future", () => {
    const birthDate = "Skriv inn fødselsdato som dd.mm.åååå, for eksempel 17.05.1990.";
    const noSuchDate = "Den datoen finnes ikke i kalenderen. Sjekk dag og måned.";
    expect(errors(form({ birthDate: "17.05.1995" })).birthDate).toBeUndefined();
    expect(errors(form({ birthDate: "17. mai 1995" })).birthDate).toEqual([birthDate]);
    expect(errors(form({ birthDate: "1995-02-30" })).birthDate).toEqual([noSuchDate]);
    expect(errors(form({ birthDate: "9999-99-99" })).birthDate).toEqual([noSuchDate]);
    expect(errors(form({ birthDate: "2999-01-01" })).birthDate).toEqual(["Fødselsdatoen kan ikke være fram i tid."]);
    expect(errors(form({ availableFrom: "2030-02-30" })).availableFrom).toEqual([noSuchDate]);
    expect(errors(form({ availableFrom: "neste uke" })).availableFrom).toEqual(["Skriv datoen som dd.mm.åååå."]);
  });

  it("answers tags too long to read at the field, without running the guard on what was typed", () => {
    const fieldErrors = errors(form({ tags: "x".repeat(10_000), hoursMin: "abc" }));
    expect(fieldErrors.tags).toHaveLength(1);
    expect(fieldErrors.hoursMin?.[0]).toBe("Skriv et helt antall timer mellom 1 og 40.");
    expect(fieldErrors.hoursMax).toBeUndefined();
  });
});

describe("the edit-profile form", () => {
  it("guards against the candidate's names from the identity, which are not on the form", () => {
    const result = parseWithZod(form({ summary: "Spør etter Kari ved oppstart." }), {
      schema: profileFormSchema(["Kari Olsen"]),
    });
    const fieldErrors = result.status === "success" ? {} : ((result.error ?? {}) as Record<string, string[]>);
    expect(fieldErrors.summary?.[0]).toContain("kandidatens navn («Kari»)");
    expect(parseWithZod(form(), { schema: profileFormSchema(["Kari Olsen"]) }).status).toBe("success");
  });
});
