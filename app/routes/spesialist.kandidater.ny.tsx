import { dateInputProps } from "~/components/field-values";
import { getFormProps, useForm } from "@conform-to/react";
import { getInputProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseForm } from "~/forms/echo";
import { BodyLong, Button, Checkbox, Fieldset, Heading, Radio, RadioGroup, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { candidateFormSchema, toProfileInput } from "~/candidates/profile-schema";
import { CandidateProfileFields } from "~/components/CandidateProfileFields";
import { FormErrors } from "~/components/FormErrors";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { type ConsentInput, createCandidate } from "../../db/repositories/candidates";
import { readForm } from "~/forms/read-form.server";

const t = texts.candidateForm;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, "specialist");
  return { municipalities: municipalityChoices() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  if (!user.navOfficeId) throw new Response("Forbidden", { status: 403 });
  const submission = parseForm(await readForm(request), candidateFormSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const f = submission.value;
  const consents: ConsentInput[] = [];
  if (f.consentSearch) consents.push({ scope: "search", method: f.consentMethod });
  if (f.consentEmployerView) consents.push({ scope: "employer_view", method: f.consentMethod });
  const created = await createCandidate(getDb(), {
    officeId: user.navOfficeId,
    specialistId: user.id,
    identity: {
      name: f.name,
      nationalId: f.nationalId ?? null,
      birthDate: f.birthDate,
      phone: f.phone ?? null,
      email: f.email ?? null,
      address: f.address ?? null,
    },
    profile: toProfileInput(f),
    consents,
    recordedBy: user.id,
  });
  return redirect(`/spesialist/kandidater/${created.id}?ny=1`);
}

export default function NewCandidate() {
  const { municipalities } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: candidateFormSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { consentSearch: "on", consentMethod: "meeting", euseStage: "2" },
  });
  const error = (name: keyof typeof fields) => fields[name].errors?.join(" ");

  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <Form method="post" className="stack narrow-wide" {...getFormProps(form)}>
        <FormErrors form={form} />
        <Fieldset legend={t.identity} className="stack">
          <TextField
            {...getInputProps(fields.name, { type: "text" })}
            key={fields.name.key}
            label={t.name}
            error={error("name")}
          />
          <TextField
            {...dateInputProps(fields.birthDate)}
            key={fields.birthDate.key}
            label={t.birthDate}
            description={t.birthDateFormat}
            error={error("birthDate")}
          />
          <TextField
            {...getInputProps(fields.nationalId, { type: "text" })}
            key={fields.nationalId.key}
            label={t.nationalId}
            inputMode="numeric"
            error={error("nationalId")}
          />
          <TextField
            {...getInputProps(fields.phone, { type: "tel" })}
            key={fields.phone.key}
            label={t.phone}
            error={error("phone")}
          />
          <TextField
            {...getInputProps(fields.email, { type: "email" })}
            key={fields.email.key}
            label={t.email}
            error={error("email")}
          />
          <TextField
            {...getInputProps(fields.address, { type: "text" })}
            key={fields.address.key}
            label={t.address}
            error={error("address")}
          />
        </Fieldset>
        <CandidateProfileFields fields={fields} municipalities={municipalities} />
        <Fieldset legend={t.consent} description={t.consentValidity} className="stack">
          <Checkbox {...getInputProps(fields.consentSearch, { type: "checkbox" })} key={fields.consentSearch.key}>
            {t.consentSearch}
          </Checkbox>
          <Checkbox
            {...getInputProps(fields.consentEmployerView, { type: "checkbox" })}
            key={fields.consentEmployerView.key}
          >
            {t.consentEmployerView}
          </Checkbox>
          <RadioGroup
            key={fields.consentMethod.key}
            legend={t.consentMethod}
            name={fields.consentMethod.name}
            defaultValue={String(fields.consentMethod.initialValue ?? "meeting")}
            error={error("consentMethod")}
          >
            <Radio value="meeting">{texts.consent.methods.meeting}</Radio>
            <Radio value="signed">{texts.consent.methods.signed}</Radio>
          </RadioGroup>
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
