import { BodyLong, Heading, Link } from "@navikt/ds-react";
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { isSearchOutage } from "~/search-outage";
import * as texts from "~/texts";

/**
 * The one error view. Thrown Responses (404, 403, 400) get their Norwegian explanation;
 * anything else is a 500 with a generic message — no stack traces reach the user.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return <ErrorView title={texts.errors.notFoundTitle} body={texts.errors.notFoundBody} />;
    if (error.status === 403)
      return <ErrorView title={texts.errors.forbiddenTitle} body={texts.errors.forbiddenBody} />;
    if (isSearchOutage(error)) return <ErrorView title={texts.outage.searchTitle} body={texts.outage.searchBody} />;
    if (error.status < 500) {
      const body = typeof error.data === "string" && error.data ? error.data : texts.errors.notFoundBody;
      return <ErrorView title={texts.errors.badRequestTitle} body={body} />;
    }
  }
  if (typeof document === "undefined" || import.meta.env.DEV) console.error(error);
  return <ErrorView title={texts.errors.serverErrorTitle} body={texts.errors.serverErrorBody} />;
}

function ErrorView({ title, body }: { title: string; body: string }) {
  return (
    <section className="page-section" aria-labelledby="error-heading">
      <Heading level="1" size="large" id="error-heading" spacing>
        {title}
      </Heading>
      <BodyLong spacing>{body}</BodyLong>
      <Link href="/">{texts.errors.backHome}</Link>
    </section>
  );
}
