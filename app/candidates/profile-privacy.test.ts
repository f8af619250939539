// Issue #19, finding 2: every free-text field of the profile goes through the privacy guard, and
// facilitation needs are vocabulary ids only, on the server.
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
    languages: "norsk, engelsk",
    facilitationEveryday: "mentor",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

function errors(
  data: FormData,
  schema: typeof candidateFormSchema | ReturnType<typeof profileFormSchema> = candidateFormSchema,
): Record<string, string[]> {
  const result = parseWithZod(data, { schema });
  return result.status === "success" ? {} : ((result.error ?? {}) as Record<string, string[]>);
}

describe("the privacy guard on every free-text profile field", () => {
  it("a clean form with vocabulary facilitation passes", () => {
    expect(errors(form())).toEqual({});
  });

  it.each([
    ["a phone number", "norsk, ring 987 65 432", "telefonnummer"],
    ["an e-mail address", "norsk, tuva@example.no", "e-postadresse"],
    ["a fødselsnummer", "norsk 01019012480", "fødselsnummer"],
    ["the candidate's name", "norsk, Testkandidat", "navn"],
  ])("languages with %s are refused at the field", (_what, languages, word) => {
    const found = errors(form({ languages }));
    expect(found.languages?.[0]).toContain(word);
  });

  it("editing a profile guards languages against the candidate's names too", () => {
    const data = form({ languages: "norsk, olsen" });
    expect(errors(data, profileFormSchema(["Kari Olsen"])).languages?.[0]).toContain("navn");
    expect(errors(data, profileFormSchema([]))).toEqual({});
  });

  it("facilitation accepts only the vocabulary: free text is refused, whatever it holds", () => {
    for (const value of ["ring 98765432", "Trenger hjelp", "constructor", "everyday:mentor"]) {
      // A wrong choice in a list is reported at the list's first item, as conform names it.
      expect(errors(form({ facilitationEveryday: value }))["facilitationEveryday[0]"]).toEqual([
        "Velg behov for tilrettelegging fra listen.",
      ]);
    }
    // An id from another group is not an id of this one.
    expect(errors(form({ facilitationPhysical: "mentor" }))["facilitationPhysical[0]"]).toBeDefined();
  });
});
