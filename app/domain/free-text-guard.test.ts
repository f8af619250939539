import { describe, expect, it } from "vitest";
import { z } from "zod";
import { guardFreeText, identifyingFields } from "./free-text-guard";

describe("the privacy guard on fields", () => {
  it("finds identifying text in a string or in a list of short texts, per field, by kind only", () => {
    expect(
      identifyingFields(
        {
          summary: "Rolig og nøyaktig.",
          languages: ["norsk", "ring 98765432"],
          tags: ["kari@example.no"],
          note: "Fnr 01019012480",
          facilitation: ["everyday:mentor"],
        },
        ["Kari Olsen"],
      ),
    ).toEqual({ languages: ["phone"], tags: ["email"], note: ["fnr"] });
  });

  it("names count only when given; clean fields give nothing", () => {
    expect(identifyingFields({ summary: "Spør etter Olsen." })).toEqual({});
    expect(identifyingFields({ summary: "Spør etter Olsen." }, ["Kari Olsen"])).toEqual({ summary: ["name"] });
    expect(identifyingFields({ a: "", b: [], c: undefined })).toEqual({});
  });

  it("as a refinement, puts each finding's Norwegian message at the field", () => {
    const schema = z.object({ languages: z.array(z.string()) }).superRefine((v, ctx) => {
      guardFreeText(ctx, "languages", v.languages);
    });
    const result = schema.safeParse({ languages: ["norsk", "+47 987 65 432"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["languages"]);
    expect(result.error?.issues[0]?.message).toContain("telefonnummer");
  });

  it("reads only the texts of a list, each on its own, and nothing that is not text", () => {
    expect(identifyingFields({ tags: [98765432, "lager"] })).toEqual({});
    expect(identifyingFields({ tags: ["9876", "5432"] })).toEqual({});
    expect(identifyingFields({ hours: 98765432 })).toEqual({});
    expect(identifyingFields({ tags: ["lager", "98765432"] })).toEqual({ tags: ["phone"] });
  });

  it("names each kind once per field", () => {
    expect(identifyingFields({ summary: "ring 98765432 eller 41234567" })).toEqual({ summary: ["phone"] });
  });

  it("as a refinement, gives one issue per finding, the candidate's names included", () => {
    const schema = z.object({ summary: z.string() }).superRefine((v, ctx) => {
      guardFreeText(ctx, "summary", v.summary, ["Kari Olsen"]);
    });
    const issues = schema.safeParse({ summary: "Kari, ring 98765432" }).error?.issues ?? [];
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [["summary"], expect.stringContaining("telefonnummer («98765432»)")],
      [["summary"], expect.stringContaining("kandidatens navn («Kari»)")],
    ]);
    expect(
      z
        .object({ summary: z.string() })
        .superRefine((v, ctx) => guardFreeText(ctx, "summary", v.summary))
        .safeParse({ summary: "Kari liker lager" }).success,
    ).toBe(true);
  });
});
