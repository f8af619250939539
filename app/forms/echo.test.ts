import "~/validation";
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { candidateFormSchema } from "~/candidates/profile-schema";
import { interestIds } from "~/domain/vocabulary";
import { taskNeedSchema } from "~/jobs/forms";
import { ECHO_FALLBACK_CHARS, ECHO_OTHER_CHARS, bounded, echoLimits, limitValues } from "./echo";

function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("a form never echoes more than its fields allow", () => {
  it("reads each field's limit through optional, preprocess and transform steps", () => {
    const limits = echoLimits(candidateFormSchema);
    expect(limits.name).toEqual({ chars: 200, items: 1 });
    expect(limits.summary).toEqual({ chars: 1000, items: 1 });
    expect(limits.phone).toEqual({ chars: 30, items: 1 });
    expect(limits.tags).toEqual({ chars: 300, items: 1 });
    expect(limits.interests?.items).toBe(interestIds.length);
    expect(limits.birthDate).toEqual({ chars: 10, items: 1 });
    expect(limits.hoursMin).toEqual({ chars: ECHO_OTHER_CHARS, items: 1 });
    expect(echoLimits(taskNeedSchema).description).toEqual({ chars: 2000, items: 1 });
  });

  it("a text without a maximum falls back to the longest field's limit; a non-object schema has none", () => {
    expect(echoLimits(z.object({ free: z.string() })).free?.chars).toBe(ECHO_FALLBACK_CHARS);
    expect(echoLimits(z.string())).toEqual({});
  });

  it("a 10 000-character name is refused in Norwegian and echoed as its first 200 characters", () => {
    const long = "N".repeat(10_000);
    const submission = bounded(
      parseWithZod(formData({ name: long, summary: "S".repeat(5000), junk: "J".repeat(50_000) }), {
        schema: candidateFormSchema,
      }),
      candidateFormSchema,
    );
    expect(submission.status).toBe("error");
    const reply = submission.reply();
    expect(reply.error?.name).toEqual(["Teksten er for lang. Skriv høyst 200 tegn."]);
    expect(reply.initialValue?.name).toBe("N".repeat(200));
    expect(reply.initialValue?.summary).toBe("S".repeat(1000));
    expect(reply.initialValue).not.toHaveProperty("junk");
    expect(JSON.stringify(reply).length).toBeLessThan(5000);
  });

  it("without an object schema to read, every value is cut to the longest field's limit", () => {
    const cut = limitValues({ a: "x".repeat(10_000), b: ["y".repeat(5000)] }, {});
    expect(cut).toEqual({ a: "x".repeat(ECHO_FALLBACK_CHARS), b: ["y".repeat(ECHO_FALLBACK_CHARS)] });
  });

  it("list fields keep at most their number of choices", () => {
    const many = Array.from({ length: 500 }, () => "lager");
    const cut = limitValues({ interests: many }, echoLimits(candidateFormSchema));
    expect(cut.interests).toHaveLength(interestIds.length);
  });

  it("hideFields still hides the password", () => {
    const schema = z.object({ password: z.string().min(10).max(200) });
    const submission = bounded(parseWithZod(formData({ password: "kort" }), { schema }), schema);
    expect(submission.reply({ hideFields: ["password"] }).initialValue?.password).toBeUndefined();
  });
});
