// The search document builder is the second wall behind the forms' privacy guard (issue #19,
// finding 2): whatever put identifying text into a profile row, it does not reach the index.
import { describe, expect, it, vi } from "vitest";
import type { CandidateForIndex } from "../db/repositories/candidates";
import type { CandidateProfile } from "../db/schema";
import { IdentifyingTextError } from "./documents";
import { buildCandidateDocument, candidateDocumentOrRefusal } from "./sync";

const now = new Date("2026-12-02T12:00:00Z");

function candidate(profile: Partial<CandidateProfile> = {}): CandidateForIndex {
  return {
    id: "8f6f7a40-3d2b-4c1e-9a55-0d6f3a1b2c3d",
    code: "K-AB12",
    officeId: "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    birthDate: "1990-05-17",
    names: ["Synne Testesen"],
    searchable: true,
    employerVisible: true,
    profile: {
      candidate_id: "8f6f7a40-3d2b-4c1e-9a55-0d6f3a1b2c3d",
      interests: ["lager"],
      strengths: ["noyaktig"],
      tags: ["truck"],
      hours_min: 10,
      hours_max: 20,
      weekdays: ["mon"],
      times_of_day: ["morning"],
      municipality_number: "5501",
      reachable_municipalities: [],
      available_from: null,
      languages: ["norsk"],
      norwegian_level: "god",
      driving_licence: false,
      facilitation: { everyday: ["mentor"] },
      summary: "Rolig og nøyaktig.",
      euse_stage: 2,
      updated_at: now,
      ...profile,
    } as CandidateProfile,
  };
}

describe("the search document builder refuses identifying text", () => {
  it("a clean profile is built", () => {
    expect(buildCandidateDocument(candidate(), now).summary).toBe("Rolig og nøyaktig.");
  });

  it.each<[string, Partial<CandidateProfile>, string]>([
    ["a phone number in languages", { languages: ["norsk", "tlf 98765432"] }, "languages (phone)"],
    ["an e-mail in tags", { tags: ["synne@example.no"] }, "tags (email)"],
    ["a fødselsnummer in the summary", { summary: "Fnr 01019012480" }, "summary (fnr)"],
    ["the candidate's name in the summary", { summary: "Synne liker lager." }, "summary (name)"],
    [
      "a phone number as a facilitation value",
      { facilitation: { everyday: ["ring 98765432"] } },
      "facilitation (phone)",
    ],
  ])("%s", (_what, profile, named) => {
    let error: unknown;
    try {
      buildCandidateDocument(candidate(profile), now);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IdentifyingTextError);
    const message = (error as Error).message;
    expect(message).toContain(named);
    // The refusal names fields and kinds, never the text itself.
    expect(message).not.toMatch(/98765432|synne@|01019012480|Synne liker/);
  });

  it("the worker's and the reindex's one way through: no document, and a warning that names fields, not text", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(candidateDocumentOrRefusal(candidate({ summary: "Fnr 01019012480" }), now)).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain("summary (fnr)");
      expect(String(warn.mock.calls[0]?.[0])).not.toContain("01019012480");
      expect(candidateDocumentOrRefusal(candidate(), now)?.summary).toBe("Rolig og nøyaktig.");
    } finally {
      warn.mockRestore();
    }
  });
});
