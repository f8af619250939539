import { Alert } from "@navikt/ds-react";

/** Errors that belong to the whole form (e.g. "e-post eller passord er feil"), announced to screen readers. */
export function FormErrors({ errors }: { errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <Alert variant="error" role="alert">
      {errors.map((e) => (
        <div key={e}>{e}</div>
      ))}
    </Alert>
  );
}
