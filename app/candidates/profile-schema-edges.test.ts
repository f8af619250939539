// The register and edit forms' rules at their edges, on values as the server receives them (a
// plain object, not through conform), and the mapping to and from what the repository stores.
import { describe, expect, it } from "vitest";
import type { CandidateProfile } from "../../db/schema";
import { todayInOslo } from "~/domain/dates";
import { candidateFormSchema, profileFormDefaults, profileFormSchema, toProfileInput } from "./profile-schema";

const base = {
  name: "Tuva Testkandidat",
  birthDate: "1995-04-12",
  interests: "lager",
  weekdays: ["mon"],
  timesOfDay: "morning",
  hoursMin: "10",
  hoursMax: "20",
  municipalityNumber: "5501",
  consentMethod: "meeting",
};

function parse(overrides: Record<string, unknown> = {}) {
  return candidateFormSchema.safeParse({ ...base, ...overrides });
}
function parsed(overrides: Record<string, unknown> = {}) {
  const result = parse(overrides);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}
/** The messages at one field, or [] when it is accepted. */
function errorsAt(field: string, overrides: Record<string, unknown>): string[] {
  const result = parse(overrides);
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}
const inDaysFromToday = (days: number) =>
  new Date(new Date(`${todayInOslo()}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe("identity fields", () => {
  it("trims the name and refuses one letter, a missing name, and more than 200 characters", () => {
    expect(parsed({ name: "  Jo Li  " }).name).toBe("Jo Li");
    expect(errorsAt("name", { name: " J " })).toEqual(["Skriv inn kandidatens fulle navn."]);
    expect(errorsAt("name", { name: undefined })).toEqual(["Skriv inn kandidatens fulle navn."]);
    expect(errorsAt("name", { name: "x".repeat(201) })).toEqual(["Teksten er for lang. Skriv høyst 200 tegn."]);
    expect(errorsAt("name", { name: "x".repeat(200) })).toEqual([]);
  });

  it("takes a valid fødselsnummer of exactly 11 digits, and leaves an empty one out", () => {
    const invalid = ["Fødselsnummeret eller D-nummeret er ikke gyldig. Sjekk de 11 sifrene."];
    expect(parsed({ nationalId: "01019012480" }).nationalId).toBe("01019012480");
    expect(parsed({ nationalId: " 01019012480 " }).nationalId).toBe("01019012480");
    expect(parsed({ nationalId: "" }).nationalId).toBeUndefined();
    expect(parsed({ nationalId: "   " }).nationalId).toBeUndefined();
    expect(errorsAt("nationalId", { nationalId: "12345678901" })).toEqual(invalid);
    expect(errorsAt("nationalId", { nationalId: "0101901248" })).toEqual(invalid);
    expect(errorsAt("nationalId", { nationalId: "x01019012480".slice(0, 11) })).toEqual(invalid);
    expect(errorsAt("nationalId", { nationalId: "010190 1248" })).toEqual(invalid);
  });

  it("accepts a birth date of today, not tomorrow", () => {
    expect(errorsAt("birthDate", { birthDate: todayInOslo() })).toEqual([]);
    expect(errorsAt("birthDate", { birthDate: inDaysFromToday(1) })).toEqual([
      "Fødselsdatoen kan ikke være fram i tid.",
    ]);
  });

  it("trims phone, e-mail and address, leaves blank ones out and checks the e-mail", () => {
    const value = parsed({ phone: " 987 65 432 ", email: " tuva@example.no ", address: " Storgata 1 " });
    expect([value.phone, value.email, value.address]).toEqual(["987 65 432", "tuva@example.no", "Storgata 1"]);
    const blank = parsed({ phone: "", email: " ", address: "" });
    expect([blank.phone, blank.email, blank.address]).toEqual([undefined, undefined, undefined]);
    expect(errorsAt("email", { email: "tuva.example.no" })).toEqual([
      "Skriv inn en gyldig e-postadresse, for eksempel navn@firma.no.",
    ]);
    expect(errorsAt("phone", { phone: "1".repeat(31) })).toHaveLength(1);
    expect(errorsAt("phone", { phone: "1".repeat(30) })).toEqual([]);
  });
});

describe("profile fields", () => {
  it("makes a list of nothing, an empty string, one value or several", () => {
    expect(parsed({ strengths: undefined }).strengths).toEqual([]);
    expect(parsed({ strengths: "" }).strengths).toEqual([]);
    expect(parsed({ strengths: "noyaktig" }).strengths).toEqual(["noyaktig"]);
    expect(parsed({ strengths: ["noyaktig", "strukturert"] }).strengths).toEqual(["noyaktig", "strukturert"]);
    expect(errorsAt("strengths", { strengths: ["noyaktig", "sterk"] })).toHaveLength(1);
  });

  it("needs at least one interest, weekday and time of day", () => {
    expect(errorsAt("interests", { interests: "" })).toEqual(["Velg minst én interesse."]);
    expect(errorsAt("weekdays", { weekdays: [] })).toEqual(["Velg minst én dag."]);
    expect(errorsAt("timesOfDay", { timesOfDay: "" })).toEqual(["Velg minst én tid på døgnet."]);
  });

  it("reads tags and languages as a lower-case list without blanks", () => {
    const value = parsed({ tags: " Truck , ,Lager ", languages: "Norsk,  ENGELSK" });
    expect(value.tags).toEqual(["truck", "lager"]);
    expect(value.languages).toEqual(["norsk", "engelsk"]);
    expect(parsed({ tags: undefined }).tags).toEqual([]);
  });

  it("takes hours from 1 to 40, and a highest equal to the lowest", () => {
    const hours = "Skriv et helt antall timer mellom 1 og 40.";
    expect(errorsAt("hoursMax", { hoursMin: "20", hoursMax: "20" })).toEqual([]);
    expect(errorsAt("hoursMax", { hoursMin: "21", hoursMax: "20" })).toEqual([
      "Høyeste antall timer kan ikke være lavere enn laveste.",
    ]);
    expect(errorsAt("hoursMax", { hoursMin: "1", hoursMax: "40" })).toEqual([]);
    expect(errorsAt("hoursMax", { hoursMax: "41" })).toEqual([hours]);
    expect(errorsAt("hoursMin", { hoursMin: "2.5" })).toEqual([hours]);
    // One of the two is not a number: no order check on what was typed.
    expect(errorsAt("hoursMax", { hoursMin: "abc", hoursMax: "20" })).toEqual([]);
    expect(errorsAt("hoursMax", { hoursMin: "30", hoursMax: "abc" })).toEqual([hours]);
  });

  it("takes four-digit municipality numbers only, at home and for reachable ones", () => {
    const municipality = ["Velg bostedskommune."];
    expect(errorsAt("municipalityNumber", { municipalityNumber: "550" })).toEqual(municipality);
    expect(errorsAt("municipalityNumber", { municipalityNumber: "55011" })).toEqual(municipality);
    expect(errorsAt("municipalityNumber", { municipalityNumber: "x5501" })).toEqual(municipality);
    expect(errorsAt("municipalityNumber", { municipalityNumber: "abcd" })).toEqual(municipality);
    expect(errorsAt("municipalityNumber", { municipalityNumber: undefined })).toEqual(municipality);
    expect(parsed({ reachableMunicipalities: "5401" }).reachableMunicipalities).toEqual(["5401"]);
    for (const bad of ["540", "54011", "x5401", "540a", "abcd"])
      expect(errorsAt("reachableMunicipalities", { reachableMunicipalities: ["5401", bad] })).toEqual(municipality);
  });

  it("accepts today as the first day available, not yesterday", () => {
    expect(errorsAt("availableFrom", { availableFrom: todayInOslo() })).toEqual([]);
    expect(errorsAt("availableFrom", { availableFrom: inDaysFromToday(-1) })).toEqual([
      "Datoen kan ikke være tilbake i tid.",
    ]);
    expect(parsed({ availableFrom: "" }).availableFrom).toBeUndefined();
    // A date not on the calendar is told as that, not also as "in the past" from what was typed.
    expect(errorsAt("availableFrom", { availableFrom: "12.13.2020" })).toEqual([
      "Den datoen finnes ikke i kalenderen. Sjekk dag og måned.",
    ]);
  });

  it("reads the driving licence box as checked for 'on' and 'true' only", () => {
    expect(parsed({ drivingLicence: "on" }).drivingLicence).toBe(true);
    expect(parsed({ drivingLicence: "true" }).drivingLicence).toBe(true);
    expect(parsed({ drivingLicence: undefined }).drivingLicence).toBe(false);
    expect(parsed({ drivingLicence: "" }).drivingLicence).toBe(false);
  });

  it("keeps the summary, trimmed, or an empty one", () => {
    expect(parsed({ summary: "  Rolig.  " }).summary).toBe("Rolig.");
    expect(parsed({ summary: undefined }).summary).toBe("");
    expect(errorsAt("summary", { summary: "x".repeat(1001) })).toHaveLength(1);
  });

  it("takes the EUSE stage 1 to 5, and 1 when none is given", () => {
    expect(parsed({ euseStage: undefined }).euseStage).toBe(1);
    expect(parsed({ euseStage: "5" }).euseStage).toBe(5);
    expect(parsed({ euseStage: "1" }).euseStage).toBe(1);
    expect(parse({ euseStage: "0" }).success).toBe(false);
    expect(parse({ euseStage: "6" }).success).toBe(false);
  });

  it("takes facilitation needs from NAV's vocabulary only, in every group", () => {
    const value = parsed({
      facilitationWorkingTime: "fleksibel",
      facilitationPhysical: "ergonomi",
      facilitationEveryday: "mentor",
      facilitationNorwegian: "muntlig",
    });
    expect([
      value.facilitationWorkingTime,
      value.facilitationPhysical,
      value.facilitationEveryday,
      value.facilitationNorwegian,
    ]).toEqual([["fleksibel"], ["ergonomi"], ["mentor"], ["muntlig"]]);
    for (const field of [
      "facilitationWorkingTime",
      "facilitationPhysical",
      "facilitationEveryday",
      "facilitationNorwegian",
    ])
      expect(errorsAt(field, { [field]: "trenger ro" })).toEqual(["Velg behov for tilrettelegging fra listen."]);
  });

  it("runs the privacy guard on tags and languages too, with the edit form's names", () => {
    expect(errorsAt("languages", { languages: "norsk, tuva" })[0]).toContain("kandidatens navn («tuva»)");
    const edit = profileFormSchema(["Kari Olsen"]).safeParse({ ...base, tags: "kari" });
    expect(edit.success).toBe(false);
    expect(profileFormSchema().safeParse({ ...base, tags: "kari" }).success).toBe(true);
  });
});

describe("consent fields", () => {
  it("reads each consent box as given only when checked, and needs the method", () => {
    const value = parsed({ consentSearch: "on", consentEmployerView: "on" });
    expect([value.consentSearch, value.consentEmployerView]).toEqual([true, true]);
    const none = parsed({ consentSearch: "", consentEmployerView: undefined });
    expect([none.consentSearch, none.consentEmployerView]).toEqual([false, false]);
    expect(parsed({ consentMethod: "signed" }).consentMethod).toBe("signed");
    expect(errorsAt("consentMethod", { consentMethod: "phone" })).toEqual(["Velg hvordan samtykket ble gitt."]);
  });
});

describe("form values ↔ what the repository stores", () => {
  const profile: CandidateProfile = {
    candidate_id: "c1",
    interests: ["lager"],
    strengths: ["noyaktig"],
    tags: ["truck", "lager"],
    hours_min: 10,
    hours_max: 20,
    weekdays: ["mon"],
    times_of_day: ["morning"],
    municipality_number: "5501",
    reachable_municipalities: ["5401"],
    available_from: "2027-01-04",
    languages: ["norsk", "engelsk"],
    norwegian_level: "god",
    driving_licence: true,
    facilitation: { workingTime: ["fleksibel"], physical: ["ergonomi"], everyday: ["mentor"], norwegian: ["muntlig"] },
    summary: "Rolig.",
    euse_stage: 3,
    updated_at: new Date(),
  };

  it("stores every field, without the home municipality among the reachable ones", () => {
    const value = parsed({
      strengths: "noyaktig",
      tags: "truck",
      reachableMunicipalities: ["5501", "5401"],
      availableFrom: inDaysFromToday(3),
      languages: "norsk",
      norwegianLevel: "god",
      drivingLicence: "on",
      summary: "Rolig.",
      euseStage: "2",
      facilitationWorkingTime: "fleksibel",
      facilitationPhysical: "ergonomi",
      facilitationEveryday: "mentor",
      facilitationNorwegian: "muntlig",
    });
    expect(toProfileInput(value)).toEqual({
      interests: ["lager"],
      strengths: ["noyaktig"],
      tags: ["truck"],
      hoursMin: 10,
      hoursMax: 20,
      weekdays: ["mon"],
      timesOfDay: ["morning"],
      municipalityNumber: "5501",
      reachableMunicipalities: ["5401"],
      availableFrom: inDaysFromToday(3),
      languages: ["norsk"],
      norwegianLevel: "god",
      drivingLicence: true,
      facilitation: {
        workingTime: ["fleksibel"],
        physical: ["ergonomi"],
        everyday: ["mentor"],
        norwegian: ["muntlig"],
      },
      summary: "Rolig.",
      euseStage: 2,
    });
    const empty = toProfileInput(parsed());
    expect([empty.availableFrom, empty.norwegianLevel]).toEqual([null, null]);
  });

  it("gives the edit form every stored value, lists as lists and text joined", () => {
    expect(profileFormDefaults(profile)).toEqual({
      interests: ["lager"],
      strengths: ["noyaktig"],
      tags: "truck, lager",
      hoursMin: "10",
      hoursMax: "20",
      weekdays: ["mon"],
      timesOfDay: ["morning"],
      municipalityNumber: "5501",
      reachableMunicipalities: ["5401"],
      availableFrom: "2027-01-04",
      languages: "norsk, engelsk",
      norwegianLevel: "god",
      drivingLicence: "on",
      summary: "Rolig.",
      euseStage: "3",
      facilitationWorkingTime: ["fleksibel"],
      facilitationPhysical: ["ergonomi"],
      facilitationEveryday: ["mentor"],
      facilitationNorwegian: ["muntlig"],
    });
  });

  it("gives empty values where nothing is stored", () => {
    const defaults = profileFormDefaults({
      ...profile,
      available_from: null,
      norwegian_level: null,
      driving_licence: false,
      facilitation: {} as CandidateProfile["facilitation"],
    });
    expect(defaults).toMatchObject({
      availableFrom: "",
      norwegianLevel: "",
      drivingLicence: "",
      facilitationWorkingTime: [],
      facilitationPhysical: [],
      facilitationEveryday: [],
      facilitationNorwegian: [],
    });
    expect(
      profileFormDefaults({ ...profile, facilitation: null as unknown as CandidateProfile["facilitation"] }),
    ).toMatchObject({ facilitationWorkingTime: [] });
  });
});
