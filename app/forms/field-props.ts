// conform's props for a field, without its aria attributes. Aksel's fields set `aria-invalid`
// themselves when given an `error`, and point `aria-describedby` at the message they show;
// conform would also point it at "<form>-<field>-error", an id no element has. Every form field
// takes its props from here, not from @conform-to/react.
import {
  type FieldMetadata,
  getInputProps as conformInputProps,
  getSelectProps as conformSelectProps,
  getTextareaProps as conformTextareaProps,
} from "@conform-to/react";

type InputOptions = Parameters<typeof conformInputProps>[1];
type SelectOptions = NonNullable<Parameters<typeof conformSelectProps>[1]>;
type TextareaOptions = NonNullable<Parameters<typeof conformTextareaProps>[1]>;

export function getInputProps<Schema, Options extends InputOptions>(
  metadata: FieldMetadata<Schema, any, any>,
  options: Options,
) {
  return conformInputProps(metadata, { ...options, ariaAttributes: false });
}

export function getSelectProps<Schema>(metadata: FieldMetadata<Schema, any, any>, options?: SelectOptions) {
  return conformSelectProps(metadata, { ...options, ariaAttributes: false });
}

export function getTextareaProps<Schema>(metadata: FieldMetadata<Schema, any, any>, options?: TextareaOptions) {
  return conformTextareaProps(metadata, { ...options, ariaAttributes: false });
}
