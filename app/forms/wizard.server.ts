import type { SubmissionResult } from "@conform-to/react";
import { echoLimits, limitValues, parseForm } from "~/forms/echo";
import type { z } from "zod";
import { type FormValues, firstStepWithError, readFormValues, readWizardIntent } from "./wizard";

export type WizardOutcome<T> =
  | { kind: "render"; status: 200 | 400; step: number; values: FormValues; result?: SubmissionResult<string[]> }
  | { kind: "complete"; variant: string; value: T; values: FormValues };

/**
 * One post of a guided form: back and "change step" never validate; next validates the current
 * step; submit validates everything and, on an error, sends the user to the first step with one.
 */
export function handleWizardPost<S extends z.ZodType>(
  formData: FormData,
  config: {
    steps: readonly (readonly string[])[];
    listFields: readonly string[];
    stepSchema: (step: number) => z.ZodType;
    fullSchema: S;
  },
): WizardOutcome<z.output<S>> {
  const allFields = config.steps.flat();
  // The values travel back to the page (fields and hidden fields): never longer than a field allows.
  const values = limitValues(readFormValues(formData, allFields, config.listFields), echoLimits(config.fullSchema));
  const { step, intent } = readWizardIntent(formData, config.steps.length);
  if (intent.kind === "back") return { kind: "render", status: 200, step: Math.max(0, step - 1), values };
  if (intent.kind === "goto") return { kind: "render", status: 200, step: Math.min(intent.step, step), values };
  if (intent.kind === "next") {
    const schema = config.stepSchema(step);
    const submission = parseForm(formData, schema);
    if (submission.status !== "success")
      return { kind: "render", status: 400, step, values, result: submission.reply() };
    return { kind: "render", status: 200, step: Math.min(step + 1, config.steps.length - 1), values };
  }
  const submission = parseForm(formData, config.fullSchema);
  if (submission.status !== "success") {
    const reply = submission.reply();
    const errorFields = Object.keys(reply.error ?? {}).filter((k) => (reply.error?.[k]?.length ?? 0) > 0);
    return { kind: "render", status: 400, step: firstStepWithError(config.steps, errorFields), values, result: reply };
  }
  return { kind: "complete", variant: intent.variant, value: submission.value as z.output<S>, values };
}
