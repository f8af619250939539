import { normaliseTypedDate } from "~/domain/dates";
import { dateFieldNames } from "./fields";

/**
 * The posted form of an action. A post without a form body (no Content-Type, JSON, a broken
 * multipart body) reads as an empty form, so the action answers it as it answers any form with
 * nothing filled in — a 400 with its own field messages — rather than a 500.
 * Dates typed the Norwegian way ("4.1.27") are read as YYYY-MM-DD here, once, so the rest of the
 * server (the wizard's saved answers, grant figures, rates by year) sees one form of date.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new FormData();
  }
  for (const name of dateFieldNames) {
    const value = form.get(name);
    if (typeof value === "string") form.set(name, normaliseTypedDate(value));
  }
  return form;
}
