import { Alert, Button, Heading, Textarea } from "@navikt/ds-react";
import { Form } from "@remix-run/react";
import * as texts from "~/texts";

const t = texts.proposal;

/** What the last move did: a confirmation, or why it was refused. */
export function MoveAlerts({ notice, refused }: { notice?: string | null; refused?: string | null }) {
  return (
    <>
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {refused ? (
        <Alert variant="error" role="alert">
          {refused}
        </Alert>
      ) : null}
    </>
  );
}

/** Ending a match, with the reason required (either side may end it). */
export function EndMatchForm({ level, error, value }: { level: "2" | "3"; error?: string; value?: string }) {
  return (
    <Form method="post" className="stack narrow" aria-labelledby="end-heading">
      <Heading level={level} size={level === "2" ? "medium" : "small"} id="end-heading">
        {t.toEnded}
      </Heading>
      <input type="hidden" name="intent" value="end" />
      <Textarea label={t.endReason} name="endReason" maxLength={500} error={error} defaultValue={value} />
      <div>
        <Button type="submit" variant="secondary">
          {t.toEnded}
        </Button>
      </div>
    </Form>
  );
}
