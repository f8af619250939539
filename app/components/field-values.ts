import type { FieldMetadata } from "@conform-to/react";

/** A list field's values as the form was given them (checkboxes: the checked ones). */
export function listValue(field: FieldMetadata<any> | undefined): string[] {
  const value = field?.initialValue;
  return Array.isArray(value) ? (value as string[]) : typeof value === "string" && value ? [value] : [];
}

/** A field's errors as one sentence for Aksel's `error` prop, or nothing. */
export function fieldError(field: FieldMetadata<any> | undefined): string | undefined {
  return field?.errors?.join(" ") || undefined;
}
