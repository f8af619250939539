import type { FieldMetadata } from "@conform-to/react";
import { getInputProps } from "~/forms/field-props";
import { formatDateForField } from "~/format";

/** A list field's values as the form was given them (checkboxes: the checked ones). */
export function listValue(field: FieldMetadata<any> | undefined): string[] {
  const value = field?.initialValue;
  return Array.isArray(value) ? (value as string[]) : typeof value === "string" && value ? [value] : [];
}

/** A field's errors as one sentence for Aksel's `error` prop, or nothing. */
export function fieldError(field: FieldMetadata<any> | undefined): string | undefined {
  return field?.errors?.join(" ") || undefined;
}

/** A date field's input: shows a saved date (YYYY-MM-DD) as it is typed, 04.01.2027; anything typed stays as typed. */
export function dateInputProps(field: FieldMetadata<any>) {
  return {
    ...getInputProps(field, { type: "text" }),
    defaultValue: formatDateForField(typeof field.initialValue === "string" ? field.initialValue : ""),
    autoComplete: "off",
  };
}
