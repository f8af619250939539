import { Alert, BodyLong, BodyShort, Button, Heading, Link, Tag } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { Form } from "@remix-run/react";
import * as texts from "~/texts";
import { TableScroll } from "~/components/TableScroll";

const t = texts.consent;

export interface ConsentView {
  id: string;
  scope: keyof typeof texts.consent.scopes;
  organisationName: string | null;
  method: keyof typeof texts.consent.methods;
  recordedAt: string;
  expiresAt: string;
  state: "active" | "withdrawn" | "expired";
  /** Set when a specialist recorded the answer for the candidate: always shown with it. */
  onBehalfReason?: string | null;
}

/**
 * The consents with a withdraw button each. Withdrawing asks first, in plain words, on the page
 * itself (`?trekk=<id>`), so it works without JavaScript. On a page that cannot withdraw (the
 * readable copy of the candidate's data), `readOnly` leaves the withdraw links out. `reader`
 * picks the wording: to the candidate, or about them for the specialist.
 */
export function ConsentList({
  consents,
  confirmId,
  notice,
  readOnly = false,
  reader = "candidate",
}: {
  consents: ConsentView[];
  confirmId: string | null;
  notice: string | null;
  readOnly?: boolean;
  /** Who reads the list: the candidate is spoken to ("du"); a specialist reads about the candidate. */
  reader?: "candidate" | "specialist";
}) {
  const w = reader === "specialist" ? { ...t, ...texts.consentForSpecialist } : t;
  const confirming = consents.find((c) => c.id === confirmId && c.state === "active");
  return (
    <section aria-labelledby="consents-heading" className="stack">
      <Heading level="2" size="large" id="consents-heading">
        {t.heading}
      </Heading>
      <BodyLong>{w.intro}</BodyLong>
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {confirming ? (
        <Alert variant="warning">
          <Heading level="3" size="small" spacing>
            {w.confirmHeading}
          </Heading>
          <BodyLong spacing>{confirming.scope === "search" ? w.confirmSearch : w.confirmOther}</BodyLong>
          <Form method="post" className="row-actions">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="consentId" value={confirming.id} />
            <Button type="submit" variant="danger" size="small">
              {t.confirmYes}
            </Button>
            <Link href="?">{t.confirmNo}</Link>
          </Form>
        </Alert>
      ) : null}
      {consents.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <TableScroll>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.scope}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.recorded}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.expires}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                {readOnly ? null : (
                  <Table.HeaderCell scope="col">
                    <span className="visually-hidden">{t.withdraw}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {consents.map((c) => (
                <Table.Row key={c.id}>
                  <Table.DataCell>
                    {t.scopes[c.scope]}
                    {c.organisationName ? ` (${c.organisationName})` : ""}
                    {c.onBehalfReason ? (
                      <BodyShort size="small">{texts.sharing.onBehalfMark(c.onBehalfReason)}</BodyShort>
                    ) : null}
                  </Table.DataCell>
                  <Table.DataCell>
                    {c.recordedAt} ({t.methods[c.method].toLowerCase()})
                  </Table.DataCell>
                  <Table.DataCell>{c.expiresAt}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="small" variant={c.state === "active" ? "success" : "neutral"}>
                      {c.state === "active" ? t.active : c.state === "withdrawn" ? t.withdrawn : t.expired}
                    </Tag>
                  </Table.DataCell>
                  {readOnly ? null : (
                    <Table.DataCell>
                      {c.state === "active" ? (
                        <Link href={`?trekk=${c.id}`}>
                          {t.withdraw}
                          <span className="visually-hidden">: {t.scopes[c.scope]}</span>
                        </Link>
                      ) : null}
                    </Table.DataCell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
