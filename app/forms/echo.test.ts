import "~/validation";
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { candidateFormSchema } from "~/candidates/profile-schema";
import { interestIds } from "~/domain/vocabulary";
import { taskNeedSchema } from "~/jobs/forms";
import {
  ECHO_FALLBACK_CHARS,
  ECHO_OTHER_CHARS,
  echoLimits,
  echoValues,
  limitValues,
  parseForm,
  parseFormAsync,
} from "./echo";

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
    const submission = parseForm(
      formData({ name: long, summary: "S".repeat(5000), junk: "J".repeat(50_000) }),
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
    const submission = parseForm(formData({ password: "kort" }), schema);
    expect(submission.reply({ hideFields: ["password"] }).initialValue?.password).toBeUndefined();
  });

  it("a schema with async checks added (superRefine) still echoes each field cut to its own limit", async () => {
    const schema = z.object({ name: z.string().max(200), email: z.string().max(254) });
    const submission = await parseFormAsync(
      formData({ name: "N".repeat(5000), email: "E".repeat(5000) }),
      schema.superRefine(async (_value, ctx) => {
        ctx.addIssue({ code: "custom", path: ["email"], message: "Finnes fra før." });
      }),
    );
    const reply = submission.reply();
    expect(reply.initialValue?.name).toBe("N".repeat(200));
    expect(reply.initialValue?.email).toBe("E".repeat(254));
    // The same as conform's own parse, apart from the cut.
    expect(parseWithZod(formData({ name: "kort" }), { schema }).status).toBe("error");
  });

  it("an id field is echoed no longer than an id", () => {
    expect(echoLimits(z.object({ id: z.string().uuid(), other: z.uuid() }))).toEqual({
      id: { chars: 36, items: 1 },
      other: { chars: 36, items: 1 },
    });
  });
});

describe("pages with several small forms echo each field to its own schema's limit", () => {
  const end = z.object({ endReason: z.string().trim().min(3).max(500) });
  const answer = z.object({ answer: z.enum(["yes", "no"]), comment: z.string().max(300).optional() });

  it("a 10 000-character reason allowed 500 is echoed as 500, not the longest field's 2000", () => {
    const echo = echoValues({ intent: "end", endReason: "R".repeat(10_000), comment: "C".repeat(900) }, end, answer);
    expect(echo.endReason).toBe("R".repeat(500));
    expect(echo.comment).toBe("C".repeat(300));
    // A field no schema reads (here the intent) is not echoed; nor is a file.
    expect(echo).not.toHaveProperty("intent");
    expect(echoValues({ endReason: new File(["x"], "x.txt") }, end)).toEqual({});
  });

  it("only the named fields are echoed, not what a catchall lets through; without a schema nothing is", () => {
    const decision = z.object({ reason: z.string().max(2000), comment0: z.string().max(1000) }).catchall(z.string());
    const echo = echoValues({ reason: "R".repeat(5000), comment0: "K".repeat(5000), junk: "J" }, decision);
    expect(echo).toEqual({ reason: "R".repeat(2000), comment0: "K".repeat(1000) });
    expect(echoValues({ reason: "R".repeat(5000) })).toEqual({});
  });
});
