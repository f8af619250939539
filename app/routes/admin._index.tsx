import { emailField, newPasswordField, personNameField } from "~/forms/fields";
import { getFormProps, useForm } from "@conform-to/react";
import { getInputProps, getSelectProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseFormAsync } from "~/forms/echo";
import { Alert, Button, Heading, Select, TextField } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { audit, isUuid, requireRole } from "~/auth/access.server";
import { hashPassword } from "~/auth/password.server";
import { FormErrors } from "~/components/FormErrors";
import { MunicipalitySelect } from "~/components/MunicipalitySelect";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { isMunicipalityNumber, municipalityChoices, municipalityName } from "../../db/data/places";
import { createUser, emailIsTaken } from "../../db/repositories/users";
import { readForm } from "~/forms/read-form.server";
import { TableScroll } from "~/components/TableScroll";

const t = texts.admin;

const officeSchema = z.object({
  name: z
    .string({ message: t.officeNameRequired })
    .trim()
    .min(2, t.officeNameRequired)
    .max(200, texts.fieldLimits.tooLong(200)),
  municipalityNumber: z
    .string({ message: texts.register.municipalityRequired })
    .refine((v) => isMunicipalityNumber(v), texts.register.municipalityRequired),
});

const specialistSchema = z.object({
  name: personNameField(),
  email: emailField(),
  officeId: z.string({ message: t.officeRequired }).uuid(t.officeRequired),
  password: newPasswordField(),
  // The same form makes an office leader (leder), who sees the office's norms dashboard.
  role: z.enum(["specialist", "leader"], { message: texts.norms.adminRoleInvalid }).default("specialist"),
});

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, "admin");
  const db = getDb();
  const offices = await db
    .selectFrom("nav_offices")
    .select(["id", "name", "municipality_number"])
    .orderBy("name")
    .execute();
  const specialists = await db
    .selectFrom("users")
    .leftJoin("nav_offices", "nav_offices.id", "users.nav_office_id")
    .select(["users.id", "users.name", "users.email", "users.role", "nav_offices.name as office"])
    .where("users.role", "in", ["specialist", "leader"])
    .orderBy("users.name")
    .execute();
  return {
    offices: offices.map((o) => ({ id: o.id, name: o.name, municipality: municipalityName(o.municipality_number) })),
    specialists,
    municipalities: municipalityChoices(),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "admin");
  const db = getDb();
  const formData = await readForm(request);
  if (formData.get("intent") === "office") {
    const submission = await parseFormAsync(
      formData,
      officeSchema.superRefine(async (value, ctx) => {
        const exists = await db
          .selectFrom("nav_offices")
          .select("id")
          .where("name", "=", value.name)
          .executeTakeFirst();
        if (exists) ctx.addIssue({ code: "custom", path: ["name"], message: t.officeExists });
      }),
    );
    if (submission.status !== "success")
      return data({ intent: "office" as const, result: submission.reply(), notice: null }, { status: 400 });
    const office = await db
      .insertInto("nav_offices")
      .values({ name: submission.value.name, municipality_number: submission.value.municipalityNumber })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(context, user, { action: "admin.office_created", subjectType: "office", subjectId: office.id });
    return data({ intent: "office" as const, result: submission.reply({ resetForm: true }), notice: t.officeCreated });
  }

  const submission = await parseFormAsync(
    formData,
    specialistSchema.superRefine(async (value, ctx) => {
      if (await emailIsTaken(db, value.email))
        ctx.addIssue({ code: "custom", path: ["email"], message: texts.register.emailTaken });
      const office =
        isUuid(value.officeId) &&
        (await db.selectFrom("nav_offices").select("id").where("id", "=", value.officeId).executeTakeFirst());
      if (!office) ctx.addIssue({ code: "custom", path: ["officeId"], message: t.officeRequired });
    }),
  );
  if (submission.status !== "success") {
    return data(
      { intent: "specialist" as const, result: submission.reply({ hideFields: ["password"] }), notice: null },
      { status: 400 },
    );
  }
  const created = await createUser(db, {
    email: submission.value.email,
    name: submission.value.name,
    role: submission.value.role,
    navOfficeId: submission.value.officeId,
    passwordHash: await hashPassword(submission.value.password),
  });
  await audit(context, user, {
    action: "admin.specialist_created",
    subjectType: "user",
    subjectId: created.id,
    details: { role: submission.value.role },
  });
  return data({
    intent: "specialist" as const,
    result: submission.reply({ resetForm: true }),
    notice: submission.value.role === "leader" ? texts.norms.leaderCreated : t.specialistCreated,
  });
}

export default function AdminHome() {
  const { offices, specialists, municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [officeForm, officeFields] = useForm({
    id: "office",
    lastResult: actionData?.intent === "office" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: officeSchema }),
    shouldValidate: "onBlur",
  });
  const [specialistForm, specialistFields] = useForm({
    id: "specialist",
    lastResult: actionData?.intent === "specialist" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: specialistSchema }),
    shouldValidate: "onBlur",
  });

  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {actionData?.notice ? (
        <Alert variant="success" role="status">
          {actionData.notice}
        </Alert>
      ) : null}
      <section aria-labelledby="offices-heading" className="stack">
        <Heading level="2" size="large" id="offices-heading">
          {t.offices}
        </Heading>
        <TableScroll>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.officeName}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.officeMunicipality}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {offices.map((o) => (
                <Table.Row key={o.id}>
                  <Table.DataCell>{o.name}</Table.DataCell>
                  <Table.DataCell>{o.municipality}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
        <Form method="post" className="stack narrow" {...getFormProps(officeForm)}>
          <input type="hidden" name="intent" value="office" />
          <FormErrors form={officeForm} />
          <TextField
            {...getInputProps(officeFields.name, { type: "text" })}
            key={officeFields.name.key}
            label={t.officeName}
            error={officeFields.name.errors?.[0]}
          />
          <MunicipalitySelect
            key={officeFields.municipalityNumber.key}
            id={officeFields.municipalityNumber.id}
            name={officeFields.municipalityNumber.name}
            defaultValue={
              typeof officeFields.municipalityNumber.initialValue === "string"
                ? officeFields.municipalityNumber.initialValue
                : ""
            }
            label={t.officeMunicipality}
            error={officeFields.municipalityNumber.errors?.[0]}
            municipalities={municipalities}
            placeholder={texts.register.chooseMunicipality}
          />
          <div>
            <Button type="submit">{t.createOffice}</Button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="specialists-heading" className="stack">
        <Heading level="2" size="large" id="specialists-heading">
          {t.specialists}
        </Heading>
        <TableScroll>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.specialistName}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.specialistEmail}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.specialistOffice}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {specialists.map((s) => (
                <Table.Row key={s.id}>
                  <Table.DataCell>
                    {s.name}
                    {s.role === "leader" ? ` (${texts.nav.roles.leader})` : ""}
                  </Table.DataCell>
                  <Table.DataCell>{s.email}</Table.DataCell>
                  <Table.DataCell>{s.office}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
        <Form method="post" className="stack narrow" {...getFormProps(specialistForm)}>
          <input type="hidden" name="intent" value="specialist" />
          <FormErrors form={specialistForm} />
          <TextField
            {...getInputProps(specialistFields.name, { type: "text" })}
            key={specialistFields.name.key}
            label={t.specialistName}
            error={specialistFields.name.errors?.[0]}
          />
          <TextField
            {...getInputProps(specialistFields.email, { type: "email" })}
            key={specialistFields.email.key}
            label={t.specialistEmail}
            error={specialistFields.email.errors?.[0]}
          />
          <Select
            {...getSelectProps(specialistFields.officeId)}
            key={specialistFields.officeId.key}
            label={t.specialistOffice}
            error={specialistFields.officeId.errors?.[0]}
          >
            <option value="">{t.chooseOffice}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          <Select
            {...getSelectProps(specialistFields.role)}
            key={specialistFields.role.key}
            label={texts.norms.adminRole}
            error={specialistFields.role.errors?.[0]}
          >
            <option value="specialist">{texts.norms.adminRoleSpecialist}</option>
            <option value="leader">{texts.norms.adminRoleLeader}</option>
          </Select>
          <TextField
            {...getInputProps(specialistFields.password, { type: "password" })}
            key={specialistFields.password.key}
            label={t.specialistPassword}
            description={texts.register.passwordHelp}
            autoComplete="new-password"
            error={specialistFields.password.errors?.[0]}
          />
          <div>
            <Button type="submit">{t.createSpecialist}</Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
