import { emailField } from "~/forms/fields";
import { EmployerNav } from "~/components/EmployerNav";
import { groupRepeated } from "~/domain/group-repeated";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import { getFormProps, useForm } from "@conform-to/react";
import { getInputProps } from "~/forms/field-props";
import { parseForm } from "~/forms/echo";
import { Alert, BodyShort, Button, Heading, Link, Radio, RadioGroup, Tag, TextField } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { Explain } from "~/components/Explain";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { inviteColleague } from "~/accounts/invitations.server";
import { audit, isUuid, requireOrganisationMember } from "~/auth/access.server";
import { FormErrors } from "~/components/FormErrors";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { municipalityName } from "../../db/data/places";
import { addMember, findOrganisation, listMembers } from "../../db/repositories/organisations";
import { changesSince, listCarvedJobs, listTaskNeeds, touchHomeSeen } from "../../db/repositories/jobs";
import { listNotifications, listOrganisationProposals, markNotificationsRead } from "../../db/repositories/matching";
import { daysInWords } from "~/components/JobFacts";
import { formatDate } from "~/format";
import { readForm } from "~/forms/read-form.server";
import { TableScroll } from "~/components/TableScroll";
import { serverRendered } from "~/page-scripts";

const t = texts.organisation;

const inviteSchema = z.object({
  email: emailField(),
  role: z.enum(["member", "admin"]).default("member"),
});

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.organisation.name ?? ""} – Arbeidsbro` },
];

function organisationId(params: { orgId?: string }): string {
  if (!isUuid(params.orgId)) throw new Response("Not found", { status: 404 });
  return params.orgId;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = organisationId(params);
  const { role, user } = await requireOrganisationMember(request, context, id);
  const db = getDb();
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw new Response("Not found", { status: 404 });
  const lastSeen = await touchHomeSeen(db, id, user.id);
  const [tasks, jobs, changes, proposals, notifications, navCounts] = await Promise.all([
    listTaskNeeds(db, id),
    listCarvedJobs(db, id),
    changesSince(db, id, user.id, lastSeen),
    listOrganisationProposals(db, id),
    listNotifications(db, user.id, 10),
    employerNavCounts(db, id, user.id),
  ]);
  await markNotificationsRead(db, user.id);
  const saved = new URL(request.url).searchParams.get("lagret");
  return {
    organisationId: id,
    navCounts,
    firstVisit: lastSeen === null,
    changes,
    awaitingAnswer: proposals.filter((p) => p.status === "proposed").length,
    // The same message about the same thing is shown once, with how many times it came.
    notifications: groupRepeated(
      notifications.filter((n) => !n.read_at).map((n) => ({ id: n.id, text: n.text, link: n.link })),
    ),
    notice: saved === "oppgave" ? texts.taskForm.created : null,
    tasks: tasks.map((x) => ({
      id: x.id,
      title: x.title,
      hours: x.hours_per_week,
      days: daysInWords(x.slots),
      status: x.status,
      inJobs: x.inJobs,
      updatedAt: x.updated_at.toISOString(),
    })),
    jobs: jobs.map((x) => ({
      id: x.id,
      title: x.title,
      hours: x.hours_per_week,
      days: daysInWords(x.slots),
      status: x.status,
      updatedAt: x.updated_at.toISOString(),
    })),
    organisation: {
      name: organisation.name,
      orgNumber: organisation.org_number,
      address: organisation.address,
      municipality: municipalityName(organisation.municipality_number),
    },
    members: await listMembers(db, id),
    isAdmin: role === "admin",
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const id = organisationId(params);
  const { user } = await requireOrganisationMember(request, context, id, { admin: true });
  const db = getDb();
  const formData = await readForm(request);

  if (formData.get("intent") === "approve") {
    const userId = String(formData.get("userId") ?? "");
    const pending = (await listMembers(db, id)).find((m) => m.userId === userId && m.status === "pending");
    if (!pending) throw new Response("Not found", { status: 404 });
    await addMember(db, { organisationId: id, userId, role: pending.role, status: "active" });
    await audit(context, user, {
      action: "organisation.member_approved",
      subjectType: "user",
      subjectId: userId,
      organisationId: id,
    });
    return data({ intent: "approve" as const, notice: t.approved, result: undefined }, { status: 200 });
  }

  const submission = parseForm(formData, inviteSchema);
  if (submission.status !== "success")
    return data({ intent: "invite" as const, notice: null, result: submission.reply() }, { status: 400 });
  const members = await listMembers(db, id);
  if (members.some((m) => m.email === submission.value.email && m.status === "active")) {
    return data(
      {
        intent: "invite" as const,
        notice: null,
        result: submission.reply({ fieldErrors: { email: [t.alreadyMember] } }),
      },
      { status: 400 },
    );
  }
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw new Response("Not found", { status: 404 });
  await inviteColleague(db, {
    organisationId: id,
    organisationName: organisation.name,
    email: submission.value.email,
    role: submission.value.role,
    inviter: { id: user.id, name: user.name },
    baseUrl: new URL(request.url).origin,
    requestId: context.requestId,
  });
  return data({
    intent: "invite" as const,
    notice: t.invited(submission.value.email),
    result: submission.reply({ resetForm: true }),
  });
}

const h = texts.employerHome;

function Changes({
  firstVisit,
  changes,
  awaitingAnswer,
  notifications,
  inbox,
}: {
  firstVisit: boolean;
  changes: { tasks: number; jobs: number };
  awaitingAnswer: number;
  notifications: Array<{ id: string; text: string; link: string; times: number }>;
  inbox: string;
}) {
  const lines = [
    changes.tasks ? h.changedTasks(changes.tasks) : null,
    changes.jobs ? h.changedJobs(changes.jobs) : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="changes-heading" className="stack" id="varsler">
      <Heading level="2" size="medium" id="changes-heading">
        {h.changesHeading}
      </Heading>
      {firstVisit ? (
        <BodyShort>{h.firstVisit}</BodyShort>
      ) : lines.length === 0 ? (
        <BodyShort>{h.noChanges}</BodyShort>
      ) : null}
      {lines.length || notifications.length ? (
        <ul>
          {notifications.map((n) => (
            <li key={n.id}>
              <Link href={n.link}>{n.text}</Link>
              {n.times > 1 ? ` ${texts.employerNav.repeated(n.times)}` : null}
            </li>
          ))}
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <div className="row-actions">
        <Link href={inbox}>{awaitingAnswer ? texts.inbox.newProposals(awaitingAnswer) : texts.inbox.link}</Link>
        <Link href={inbox.replace(/forslag$/, "tilskudd")}>{texts.grants.link}</Link>
        <Link href={inbox.replace(/forslag$/, "ansatte")}>{texts.afterHire.link}</Link>
        <Link href={inbox.replace(/forslag$/, "samtaler")}>{texts.conversation.listHeading}</Link>
      </div>
    </section>
  );
}

function WorkTable({
  caption,
  rows,
  hrefOf,
  statusLabel,
}: {
  caption: string;
  rows: Array<{
    id: string;
    title: string;
    hours: number;
    days: string;
    status: string;
    updatedAt: string;
    inJobs?: string[];
  }>;
  hrefOf: (id: string) => string;
  statusLabel: (status: string) => string;
}) {
  return (
    <TableScroll>
      <Table size="small">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{h.colTitle}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{h.colHours}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{h.colWhen}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{h.colStatus}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{h.colUpdated}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.DataCell>
                <Link href={hrefOf(r.id)}>{r.title}</Link>
                {r.inJobs?.length ? <BodyShort size="small">{h.partOf(r.inJobs)}</BodyShort> : null}
              </Table.DataCell>
              <Table.DataCell>{r.hours.toLocaleString("nb-NO")}</Table.DataCell>
              <Table.DataCell>{r.days}</Table.DataCell>
              <Table.DataCell>{statusLabel(r.status)}</Table.DataCell>
              <Table.DataCell>{formatDate(r.updatedAt)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

export default function OrganisationPage() {
  const {
    organisation,
    members,
    isAdmin,
    organisationId,
    navCounts,
    firstVisit,
    changes,
    notice,
    tasks,
    jobs,
    awaitingAnswer,
    notifications,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof inviteSchema>>({
    // Validated on the server only: this page ships no zod to the browser (it is the employer's
    // most visited page; see the JavaScript weight in `npm run bench`).
    lastResult: actionData?.intent === "invite" ? actionData.result : undefined,
    defaultValue: { role: "member" },
  });

  return (
    <div className="stack">
      <EmployerNav organisationId={organisationId} counts={navCounts} current="work" />
      <Heading level="1" size="xlarge">
        {organisation.name}
      </Heading>
      <dl className="facts">
        <dt>{t.orgNumber}</dt>
        <dd>{organisation.orgNumber}</dd>
        <dt>{t.municipality}</dt>
        <dd>{organisation.municipality}</dd>
        {organisation.address ? (
          <>
            <dt>{t.address}</dt>
            <dd>{organisation.address}</dd>
          </>
        ) : null}
      </dl>
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      <Changes
        firstVisit={firstVisit}
        changes={changes}
        awaitingAnswer={awaitingAnswer}
        notifications={notifications}
        inbox={`/arbeidsgiver/${organisationId}/forslag`}
      />
      <section aria-labelledby="tasks-heading" className="stack">
        <div className="row-actions">
          <Heading level="2" size="large" id="tasks-heading">
            {h.tasksHeading}
          </Heading>
          <Link href={`/arbeidsgiver/${organisationId}/oppgaver/ny`}>{h.newTask}</Link>
        </div>
        {tasks.length === 0 ? (
          <BodyShort>{h.noTasks}</BodyShort>
        ) : (
          <WorkTable
            caption={h.tasksHeading}
            rows={tasks}
            hrefOf={(id) => `/arbeidsgiver/${organisationId}/oppgaver/${id}`}
            statusLabel={(s) => texts.vocabulary.taskStatuses[s as "open"]}
          />
        )}
      </section>
      <section aria-labelledby="jobs-heading" className="stack">
        <div className="row-actions">
          <Heading level="2" size="large" id="jobs-heading">
            {h.jobsHeading}
          </Heading>
          {tasks.some((x) => x.status === "open") ? (
            <>
              <Link href={`/arbeidsgiver/${organisationId}/jobber/ny`}>{h.newJob}</Link>
              <Explain title={texts.explain.carveTitle}>{texts.explain.carve}</Explain>
            </>
          ) : null}
        </div>
        {jobs.length === 0 ? (
          <BodyShort>{h.noJobs}</BodyShort>
        ) : (
          <WorkTable
            caption={h.jobsHeading}
            rows={jobs}
            hrefOf={(id) => `/arbeidsgiver/${organisationId}/jobber/${id}`}
            statusLabel={(s) => texts.vocabulary.jobStatuses[s as "open"]}
          />
        )}
      </section>
      {actionData?.notice ? (
        <Alert variant="success" role="status">
          {actionData.notice}
        </Alert>
      ) : null}
      <section aria-labelledby="members-heading" className="stack">
        <Heading level="2" size="large" id="members-heading">
          {t.members}
        </Heading>
        <TableScroll>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.memberName}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.memberEmail}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.memberRole}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.memberStatus}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.userId}>
                  <Table.DataCell>{m.name}</Table.DataCell>
                  <Table.DataCell>{m.email}</Table.DataCell>
                  <Table.DataCell>{m.role === "admin" ? texts.employer.admin : texts.employer.member}</Table.DataCell>
                  <Table.DataCell>
                    {m.status === "active" ? (
                      t.active
                    ) : (
                      <span className="row-actions">
                        <Tag variant="warning" size="small">
                          {t.pending}
                        </Tag>
                        {isAdmin ? (
                          <Form method="post">
                            <input type="hidden" name="intent" value="approve" />
                            <input type="hidden" name="userId" value={m.userId} />
                            <Button type="submit" size="small" variant="secondary">
                              {t.approve} <span className="visually-hidden">{m.name}</span>
                            </Button>
                          </Form>
                        ) : null}
                      </span>
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
      {isAdmin ? (
        <section aria-labelledby="invite-heading" className="stack narrow">
          <Heading level="2" size="large" id="invite-heading">
            {t.inviteHeading}
          </Heading>
          <Form method="post" className="stack" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="invite" />
            <FormErrors form={form} />
            <TextField
              {...getInputProps(fields.email, { type: "email" })}
              key={fields.email.key}
              label={t.inviteEmail}
              error={fields.email.errors?.[0]}
            />
            <RadioGroup
              key={fields.role.key}
              legend={t.inviteRole}
              name={fields.role.name}
              defaultValue={fields.role.initialValue ?? "member"}
              error={fields.role.errors?.[0]}
            >
              <Radio value="member">{t.inviteRoleMember}</Radio>
              <Radio value="admin">{t.inviteRoleAdmin}</Radio>
            </RadioGroup>
            <div>
              <Button type="submit">{t.inviteSubmit}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
