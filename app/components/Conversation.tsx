import { Alert, BodyLong, BodyShort, Button, Checkbox, Heading, Link, Tag, Textarea } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { Form } from "@remix-run/react";
import { TableScroll } from "~/components/TableScroll";
import * as texts from "~/texts";

const t = texts.conversation;

export interface ConversationMessage {
  id: string;
  role: string;
  byline: string;
  body: string;
}

/** The messages, oldest first, and a plain form to write one (works without JavaScript). */
export function Conversation({
  messages,
  result,
}: {
  messages: ConversationMessage[];
  result?: { sent: boolean; error: string | null; confirmable: boolean; body: string };
}) {
  return (
    <div className="stack">
      <BodyShort>{t.intro}</BodyShort>
      {messages.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <ol className="stack-tight conversation" aria-label={t.listHeading}>
          {messages.map((m) => (
            <li key={m.id} className={`conversation__message conversation__message--${m.role}`}>
              <BodyShort size="small" weight="semibold">
                {m.byline}
              </BodyShort>
              <BodyLong className="conversation__body">{m.body}</BodyLong>
            </li>
          ))}
        </ol>
      )}
      {result?.sent ? (
        <Alert variant="success" role="status">
          {t.sent}
        </Alert>
      ) : null}
      <Form method="post" className="stack narrow" aria-labelledby="message-heading">
        <Heading level="2" size="small" id="message-heading">
          {t.message}
        </Heading>
        <Textarea
          label={t.message}
          hideLabel
          name="body"
          maxLength={2000}
          error={result?.error ?? undefined}
          defaultValue={result?.sent ? "" : result?.body}
          key={result?.sent ? "sent" : "draft"}
        />
        {result?.confirmable ? (
          <Checkbox name="confirm" value="on">
            {t.confirm}
          </Checkbox>
        ) : null}
        <div>
          <Button type="submit">{t.send}</Button>
        </div>
      </Form>
    </div>
  );
}

/** Conversations with their unread counts (the code, never a name, in a list). */
export function ConversationTable({
  rows,
}: {
  rows: Array<{ id: string; who: string; job: string; last: string; unread: number; href: string }>;
}) {
  if (rows.length === 0) return <BodyShort>{t.listNone}</BodyShort>;
  return (
    <TableScroll>
      <Table size="small">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{texts.afterHire.colWho}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{texts.afterHire.colJob}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{texts.afterHire.colStatus}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((c) => (
            <Table.Row key={c.id}>
              <Table.DataCell>
                <Link href={c.href}>{c.who}</Link>
              </Table.DataCell>
              <Table.DataCell>{c.job}</Table.DataCell>
              <Table.DataCell>
                {c.unread > 0 ? (
                  <Tag size="small" variant="warning">
                    {t.unreadBadge(c.unread)}
                  </Tag>
                ) : (
                  c.last
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
