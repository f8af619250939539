import { Alert } from "@navikt/ds-react";

/**
 * Errors that belong to the whole form (e.g. "e-post eller passord er feil"), announced to screen
 * readers. It carries the form's `errorId`, the id conform's `getFormProps` points the form's
 * `aria-describedby` at while the form has such errors.
 */
export function FormErrors({ form }: { form: { errors?: string[]; errorId: string } }) {
  if (!form.errors?.length) return null;
  return (
    <Alert variant="error" role="alert" id={form.errorId}>
      {form.errors.map((e) => (
        <div key={e}>{e}</div>
      ))}
    </Alert>
  );
}
