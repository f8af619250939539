// The privacy guard (privacy.ts: what counts as identifying) applied to fields: every free text
// that can reach the search index or an employer before identity consent goes through here —
// in the forms (a message at the field) and in the search document builder (a refusal).
import type { z } from "zod";
import { type FindingKind, findIdentifyingText } from "./privacy";

/** A text, or a list of short texts (tags, languages), as one string to check. */
const asText = (value: unknown): string =>
  typeof value === "string" ? value : Array.isArray(value) ? value.filter((v) => typeof v === "string").join(", ") : "";

/** Adds a zod issue at `path` for each identifying thing in `value` (a refinement helper). */
export function guardFreeText(ctx: z.RefinementCtx, path: string, value: unknown, names: string[] = []): void {
  for (const finding of findIdentifyingText(asText(value), names))
    ctx.addIssue({ code: "custom", path: [path], message: finding.message });
}

/** The kinds found in each field that holds something identifying; {} when all are clean. */
export function identifyingFields(
  fields: Record<string, unknown>,
  names: string[] = [],
): Record<string, FindingKind[]> {
  const found: Record<string, FindingKind[]> = {};
  for (const [field, value] of Object.entries(fields)) {
    const kinds = findIdentifyingText(asText(value), names).map((f) => f.kind);
    if (kinds.length > 0) found[field] = [...new Set(kinds)];
  }
  return found;
}
