import { emailField, personNameField } from "~/forms/fields";
import { type Submission, type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { getInputProps, getSelectProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseFormAsync } from "~/forms/echo";
import { Alert, BodyLong, BodyShort, Button, Fieldset, Heading, Select, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { LookupResult } from "~/accounts/enhetsregisteret";
import { lookupOrganisation } from "~/accounts/enhetsregisteret.server";
import { requestRegistration, throttleRegistration } from "~/accounts/registration.server";
import { getOptionalUser, homeFor } from "~/auth/access.server";
import { FormErrors } from "~/components/FormErrors";
import { MunicipalityOptions } from "~/components/MunicipalityOptions";
import { digitsOnly, isValidOrgNumber } from "~/domain/identifiers";
import { getEnv } from "~/env.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { isMunicipalityNumber, municipalityChoices } from "../../db/data/places";
import { findOrganisationByOrgNumber } from "../../db/repositories/organisations";
import { readForm } from "~/forms/read-form.server";

const t = texts.register;

const schema = z.object({
  name: personNameField(),
  email: emailField(),
  orgNumber: z
    .string({ message: t.orgNumberInvalid })
    .max(20, t.orgNumberInvalid)
    .transform(digitsOnly)
    .refine(isValidOrgNumber, t.orgNumberInvalid),
  orgName: z.string().trim().max(200).optional(),
  address: z.string().trim().max(300).optional(),
  municipalityNumber: z
    .string()
    .max(4, t.municipalityRequired)
    .optional()
    .refine((v) => v === undefined || isMunicipalityNumber(v), t.municipalityRequired),
});

/** What "Hent fra Enhetsregisteret" checks before it asks: only the number. */
const lookupSchema = z.object({ orgNumber: schema.shape.orgNumber });
const formFields = ["name", "email", "orgNumber", "orgName", "address", "municipalityNumber"] as const;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(homeFor[user.role]);
  return { municipalities: municipalityChoices(), sent: new URL(request.url).searchParams.has("sendt") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const db = getDb();
  const formData = await readForm(request);
  if (formData.get("intent") === "lookup") return lookup(formData);
  // The checks that need the database run inside the schema, so their messages land at the field.
  // None of them looks at the e-mail: whether it has an account is told only by mail.
  const submission = await parseFormAsync(
    formData,
    schema.superRefine(async (value, ctx) => {
      if (!(await findOrganisationByOrgNumber(db, value.orgNumber))) {
        if (!value.orgName) ctx.addIssue({ code: "custom", path: ["orgName"], message: t.orgNameRequired });
        if (!value.municipalityNumber)
          ctx.addIssue({ code: "custom", path: ["municipalityNumber"], message: t.municipalityRequired });
      }
    }),
  );
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // Each request sends a mail: slowed like sign-ins, the same for a known and an unknown e-mail.
  const throttle = await throttleRegistration(db, { email: submission.value.email, ip: context.clientIp });
  if (!throttle.ok) {
    return data(submission.reply({ formErrors: [texts.registration.wait(throttle.retryAfterSeconds)] }), {
      status: 429,
      headers: { "Retry-After": String(throttle.retryAfterSeconds) },
    });
  }

  await requestRegistration(db, submission.value, {
    baseUrl: new URL(request.url).origin,
    requestId: context.requestId,
  });
  return redirect("/registrer?sendt=1");
}

/**
 * "Hent fra Enhetsregisteret": looks the number up and answers with the form as typed, the name,
 * address and municipality filled in from the register when it was found. Nothing is saved.
 * Works as a plain submit without JavaScript; any miss leaves the employer to type the name.
 */
async function lookup(formData: FormData) {
  const values: Record<(typeof formFields)[number], string> = Object.fromEntries(
    formFields.map((f) => [f, String(formData.get(f) ?? "").slice(0, 300)]),
  ) as Record<(typeof formFields)[number], string>;
  const answer = (result: LookupResult | { kind: "invalid" }, status = 200) =>
    data({ lookup: { id: randomUUID(), result, values } }, { status });
  const number = lookupSchema.safeParse({ orgNumber: values.orgNumber });
  if (!number.success) return answer({ kind: "invalid" }, 400);
  const result = await lookupOrganisation(getEnv().ENHETSREGISTERET_URL, number.data.orgNumber);
  if (result.kind === "found") {
    const { name, address, municipalityNumber } = result.organisation;
    values.orgNumber = number.data.orgNumber;
    values.orgName = name;
    if (address) values.address = address;
    if (municipalityNumber && isMunicipalityNumber(municipalityNumber)) values.municipalityNumber = municipalityNumber;
  }
  return answer(result);
}

const lookupMessage = {
  "not-configured": texts.orgLookup.notConfigured,
  "not-found": texts.orgLookup.notFound,
  unreachable: texts.orgLookup.unreachable,
} as const;

export default function Register() {
  const actionData = useActionData<typeof action>();
  const lookup = actionData && "lookup" in actionData ? actionData.lookup : null;
  const lastResult = actionData && !("lookup" in actionData) ? actionData : undefined;
  // Each lookup answer starts the form afresh from its values (typed, or filled from the register).
  return <RegisterForm key={lookup?.id ?? "form"} lookup={lookup} lastResult={lastResult} />;
}

type LookupAnswer = {
  id: string;
  result: LookupResult | { kind: "invalid" };
  values: Record<(typeof formFields)[number], string>;
};

function RegisterForm({
  lookup,
  lastResult,
}: {
  lookup: LookupAnswer | null;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { municipalities, sent } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const [form, fields] = useForm<z.input<typeof schema>, z.output<typeof schema>>({
    lastResult,
    defaultValue: lookup?.values,
    // "Hent fra Enhetsregisteret" needs only the number; the rest is checked when the form is sent.
    onValidate: ({ formData, submitter }) => {
      const all: Submission<z.input<typeof schema>, string[], z.output<typeof schema>> = parseWithZod(formData, {
        schema,
      });
      if (submitter?.getAttribute("value") !== "lookup") return all;
      const number = parseWithZod(formData, { schema: lookupSchema });
      return number.status === "error" ? (number as unknown as typeof all) : ({ ...all, error: null } as typeof all);
    },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const looked = lookup?.result;

  return (
    <div className="stack narrow">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {sent ? (
        <Alert variant="success" role="status">
          <Heading level="2" size="small" spacing>
            {texts.registration.sentHeading}
          </Heading>
          <BodyLong>{texts.registration.sentBody}</BodyLong>
        </Alert>
      ) : null}
      <BodyLong>{t.intro}</BodyLong>
      <BodyLong>{texts.registration.howItWorks}</BodyLong>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormErrors form={form} />
        <Fieldset legend={t.aboutYou} className="stack">
          <TextField
            {...getInputProps(fields.name, { type: "text" })}
            key={fields.name.key}
            label={t.name}
            autoComplete="name"
            error={fields.name.errors?.[0]}
          />
          <TextField
            {...getInputProps(fields.email, { type: "email" })}
            key={fields.email.key}
            label={t.email}
            autoComplete="email"
            error={fields.email.errors?.[0]}
          />
        </Fieldset>
        <Fieldset legend={t.aboutOrg} className="stack">
          <TextField
            {...getInputProps(fields.orgNumber, { type: "text" })}
            key={fields.orgNumber.key}
            label={t.orgNumber}
            description={t.orgNumberHelp}
            inputMode="numeric"
            error={fields.orgNumber.errors?.[0] ?? (looked?.kind === "invalid" ? t.orgNumberInvalid : undefined)}
          />
          <div className="stack">
            <BodyShort size="small">{texts.orgLookup.hint}</BodyShort>
            <div>
              <Button type="submit" name="intent" value="lookup" variant="secondary" size="small" formNoValidate>
                {texts.orgLookup.button}
              </Button>
            </div>
            {looked?.kind === "found" ? (
              <Alert variant="success" role="status" size="small">
                {texts.orgLookup.found(looked.organisation.name)}
              </Alert>
            ) : looked && looked.kind !== "invalid" ? (
              <Alert variant="info" role="status" size="small">
                {lookupMessage[looked.kind]}
              </Alert>
            ) : null}
          </div>
          <TextField
            {...getInputProps(fields.orgName, { type: "text" })}
            key={fields.orgName.key}
            label={t.orgName}
            description={t.orgNameHelp}
            autoComplete="organization"
            error={fields.orgName.errors?.[0]}
          />
          <TextField
            {...getInputProps(fields.address, { type: "text" })}
            key={fields.address.key}
            label={t.address}
            autoComplete="street-address"
            error={fields.address.errors?.[0]}
          />
          <Select
            {...getSelectProps(fields.municipalityNumber)}
            key={fields.municipalityNumber.key}
            label={t.municipality}
            error={fields.municipalityNumber.errors?.[0]}
          >
            <MunicipalityOptions municipalities={municipalities} placeholder={t.chooseMunicipality} />
          </Select>
        </Fieldset>
        <div>
          <Button type="submit" loading={navigation.state === "submitting"}>
            {t.submit}
          </Button>
        </div>
      </Form>
    </div>
  );
}
