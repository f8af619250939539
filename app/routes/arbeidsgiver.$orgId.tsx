import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Radio, RadioGroup, Table, Tag, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { inviteColleague } from "~/accounts/invitations.server";
import { audit, isUuid, requireOrganisationMember } from "~/auth/access.server";
import { FormErrors } from "~/components/FormErrors";
import { getDb } from "~/services.server";
import { texts } from "~/texts";
import { municipalityName } from "../../db/data/places";
import { addMember, findOrganisation, listMembers } from "../../db/repositories/organisations";

const t = texts.organisation;

const inviteSchema = z.object({
  email: z.string({ message: texts.signIn.emailRequired }).trim().toLowerCase().email(texts.signIn.emailInvalid),
  role: z.enum(["member", "admin"]).default("member"),
});

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? ""} – Arbeidsbro` }];

function organisationId(params: { orgId?: string }): string {
  if (!isUuid(params.orgId)) throw new Response("Not found", { status: 404 });
  return params.orgId;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = organisationId(params);
  const { role } = await requireOrganisationMember(request, context, id);
  const db = getDb();
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw new Response("Not found", { status: 404 });
  return {
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
  const formData = await request.formData();

  if (formData.get("intent") === "approve") {
    const userId = String(formData.get("userId") ?? "");
    const pending = (await listMembers(db, id)).find((m) => m.userId === userId && m.status === "pending");
    if (!pending) throw new Response("Not found", { status: 404 });
    await addMember(db, { organisationId: id, userId, role: pending.role, status: "active" });
    await audit(context, user, { action: "organisation.member_approved", subjectType: "user", subjectId: userId, organisationId: id });
    return data({ intent: "approve" as const, notice: t.approved, result: undefined }, { status: 200 });
  }

  const submission = parseWithZod(formData, { schema: inviteSchema });
  if (submission.status !== "success") return data({ intent: "invite" as const, notice: null, result: submission.reply() }, { status: 400 });
  const members = await listMembers(db, id);
  if (members.some((m) => m.email === submission.value.email && m.status === "active")) {
    return data(
      { intent: "invite" as const, notice: null, result: submission.reply({ fieldErrors: { email: [t.alreadyMember] } }) },
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
  return data({ intent: "invite" as const, notice: t.invited(submission.value.email), result: submission.reply({ resetForm: true }) });
}

export default function OrganisationPage() {
  const { organisation, members, isAdmin } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.intent === "invite" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onBlur",
    defaultValue: { role: "member" },
  });

  return (
    <div className="stack">
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
      {actionData?.notice ? (
        <Alert variant="success" role="status">
          {actionData.notice}
        </Alert>
      ) : null}
      <section aria-labelledby="members-heading" className="stack">
        <Heading level="2" size="large" id="members-heading">
          {t.members}
        </Heading>
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
      </section>
      {isAdmin ? (
        <section aria-labelledby="invite-heading" className="stack narrow">
          <Heading level="2" size="large" id="invite-heading">
            {t.inviteHeading}
          </Heading>
          <Form method="post" className="stack" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="invite" />
            <FormErrors errors={form.errors} />
            <TextField {...getInputProps(fields.email, { type: "email" })} key={fields.email.key} label={t.inviteEmail} error={fields.email.errors?.[0]} />
            <RadioGroup key={fields.role.key} legend={t.inviteRole} name={fields.role.name} defaultValue={fields.role.initialValue ?? "member"} error={fields.role.errors?.[0]}>
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
