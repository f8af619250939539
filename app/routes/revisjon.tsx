import { BodyLong, BodyShort, Button, Heading, Select, Tag, TextField } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { audit, requireRole } from "~/auth/access.server";
import { formatDateTime } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { type AuditAction, listAudit } from "../../db/repositories/audit";
import { TableScroll } from "~/components/TableScroll";

const t = texts.audit;

// The filter's choices: every action the audit log knows, named in the text module (one list).
const names: Record<AuditAction, string> = texts.auditActionNames;
const actions = Object.keys(names) as AuditAction[];

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist", "admin");
  const url = new URL(request.url);
  const subject = url.searchParams.get("emne")?.trim() || undefined;
  const action = url.searchParams.get("handling") || undefined;
  // A specialist sees what was done from their own office; an admin sees everything.
  const rows = await listAudit(getDb(), {
    subjectId: subject,
    action: action && (actions as string[]).includes(action) ? action : undefined,
    actorOfficeId: user.role === "specialist" ? (user.navOfficeId ?? undefined) : undefined,
    limit: 200,
  });
  await audit(context, user, {
    action: "audit.viewed",
    subjectType: subject ? "subject" : undefined,
    subjectId: subject,
  });
  return {
    subject: subject ?? "",
    action: action ?? "",
    rows: rows.map((r) => ({
      id: r.id,
      at: formatDateTime(r.at),
      who: r.actor_name ?? "–",
      role: r.actor_role ?? "",
      action: r.action,
      subject: r.subject_type ? `${r.subject_type}: ${r.subject_id ?? ""}` : "",
      outcome: r.outcome,
    })),
  };
}

export default function AuditLog() {
  const { rows, subject, action } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <Form method="get" className="filter-row">
        <TextField name="emne" label={t.filterSubject} defaultValue={subject} />
        <Select name="handling" label={t.filterAction} defaultValue={action}>
          <option value="">{t.allActions}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {texts.auditActionName(a)}
            </option>
          ))}
        </Select>
        <div>
          <Button type="submit" variant="secondary">
            {t.filter}
          </Button>
        </div>
      </Form>
      {rows.length === 0 ? (
        <BodyShort>{t.none}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.when}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.who}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.action}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.subject}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.outcome}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.id}>
                  <Table.DataCell>{r.at}</Table.DataCell>
                  <Table.DataCell>
                    {r.who}
                    {r.role ? ` (${texts.nav.roles[r.role as keyof typeof texts.nav.roles] ?? r.role})` : ""}
                  </Table.DataCell>
                  <Table.DataCell>{texts.auditActionName(r.action)}</Table.DataCell>
                  <Table.DataCell>{r.subject}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="small" variant={r.outcome === "allowed" ? "success" : "error"}>
                      {r.outcome === "allowed" ? t.allowed : t.denied}
                    </Tag>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
