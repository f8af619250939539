// Guided, step-by-step forms that work without JavaScript: every step posts the whole form (the
// other steps' answers ride along as hidden fields), the server validates the current step and
// answers with the next one, or with the same step and its errors. Nothing typed is lost.

import * as texts from "~/texts";

export type FormValues = Record<string, string | string[]>;

/** The raw values of the named fields, as typed: lists stay lists, everything else a string. */
export function readFormValues(
  formData: FormData,
  fields: readonly string[],
  listFields: readonly string[],
): FormValues {
  const values: FormValues = {};
  for (const name of fields) {
    if (listFields.includes(name)) values[name] = formData.getAll(name).map(String);
    else {
      const value = formData.get(name);
      if (typeof value === "string") values[name] = value;
    }
  }
  return values;
}

export type WizardIntent =
  | { kind: "next" }
  | { kind: "back" }
  | { kind: "goto"; step: number }
  | { kind: "submit"; variant: string };

/**
 * Every field of a wizard's form as the user has it now (the current step's fields and the other
 * steps' hidden ones; not `step` or `intent`): the live values its preview is drawn from.
 * A list field is an array, empty when nothing is checked.
 */
export function wizardValuesFromForm(formData: FormData, listFields: readonly string[]): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key === "step" || key === "intent") continue;
    values[key] = listFields.includes(key) ? formData.getAll(key).map(String) : String(formData.get(key));
  }
  for (const key of listFields) values[key] ??= [];
  return values;
}

/** Which button was pressed and on which step (0-based), from the form's hidden `step` and the button's `intent`. */
export function readWizardIntent(formData: FormData, stepCount: number): { step: number; intent: WizardIntent } {
  const raw = Number(formData.get("step"));
  const step = Number.isInteger(raw) && raw >= 0 && raw < stepCount ? raw : 0;
  const intent = String(formData.get("intent") ?? "next");
  if (intent === "back") return { step, intent: { kind: "back" } };
  if (intent.startsWith("goto:")) {
    const target = Number(intent.slice(5));
    return {
      step,
      intent: { kind: "goto", step: Number.isInteger(target) && target >= 0 && target < stepCount ? target : step },
    };
  }
  if (intent.startsWith("submit")) return { step, intent: { kind: "submit", variant: intent.slice(7) || "default" } };
  return { step, intent: { kind: "next" } };
}

/** The first step holding a field with an error: where to send the user back to. */
export function firstStepWithError(steps: readonly (readonly string[])[], errorFields: readonly string[]): number {
  const index = steps.findIndex((names) => names.some((n) => errorFields.includes(n)));
  return index === -1 ? steps.length - 1 : index;
}

/** The fields with an error in a server's answer (conform's reply), in the order the form shows them. */
export function fieldsWithErrors(
  error: Record<string, string[] | null | undefined> | undefined,
  order: readonly string[],
): string[] {
  const named = Object.keys(error ?? {}).filter((k) => k !== "" && (error?.[k]?.length ?? 0) > 0);
  return [...named].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
  });
}

/** The page title of a step: names the step, and starts with "Feil:" when the step has errors. */
export function wizardPageTitle(
  base: string,
  stepLabels: readonly string[],
  step: number,
  error?: Record<string, string[] | null | undefined>,
): string {
  const errorCount = Object.values(error ?? {}).filter((e) => (e?.length ?? 0) > 0).length;
  return texts.wizardTitle.page(
    base,
    texts.wizard.stepOf(step + 1, stepLabels.length),
    stepLabels[step] ?? "",
    errorCount,
  );
}
