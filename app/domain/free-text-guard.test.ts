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
});
