import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { BodyLong, BodyShort, Button, Checkbox, CheckboxGroup, Fieldset, Heading, Label, Radio, RadioGroup, Select, TextField, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { candidateFormSchema } from "~/candidates/profile-schema";
import { FormErrors } from "~/components/FormErrors";
import { MunicipalityOptions } from "~/components/MunicipalityOptions";
import { getDb } from "~/services.server";
import { texts } from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { type ConsentInput, createCandidate } from "../../db/repositories/candidates";

const t = texts.candidateForm;
const v = texts.vocabulary;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, "specialist");
  return { municipalities: municipalityChoices() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  if (!user.navOfficeId) throw new Response("Forbidden", { status: 403 });
  const submission = parseWithZod(await request.formData(), { schema: candidateFormSchema });
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
    profile: {
      interests: f.interests,
      strengths: f.strengths,
      tags: f.tags,
      hoursMin: f.hoursMin,
      hoursMax: f.hoursMax,
      weekdays: f.weekdays,
      timesOfDay: f.timesOfDay,
      municipalityNumber: f.municipalityNumber,
      reachableMunicipalities: f.reachableMunicipalities.filter((n) => n !== f.municipalityNumber),
      availableFrom: f.availableFrom ?? null,
      languages: f.languages,
      norwegianLevel: f.norwegianLevel ?? null,
      drivingLicence: f.drivingLicence,
      facilitation: {
        workingTime: f.facilitationWorkingTime,
        physical: f.facilitationPhysical,
        everyday: f.facilitationEveryday,
        norwegian: f.facilitationNorwegian,
      },
      summary: f.summary,
      euseStage: f.euseStage,
    },
    consents,
    recordedBy: user.id,
  });
  return redirect(`/spesialist/kandidater/${created.id}?ny=1`);
}

// Aksel's CheckboxGroup does not give its checkboxes a name: each one needs it for the form to post.
function Options({ name, vocabulary }: { name: string; vocabulary: Record<string, string> }) {
  return (
    <>
      {Object.entries(vocabulary).map(([id, label]) => (
        <Checkbox key={id} name={name} value={id}>
          {label}
        </Checkbox>
      ))}
    </>
  );
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
  const values = (name: keyof typeof fields) => {
    const value = fields[name].initialValue;
    return Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : [];
  };
  const error = (name: keyof typeof fields) => fields[name].errors?.join(" ");

  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <Form method="post" className="stack narrow-wide" {...getFormProps(form)}>
        <FormErrors errors={form.errors} />
        <Fieldset legend={t.identity} className="stack">
          <TextField {...getInputProps(fields.name, { type: "text" })} key={fields.name.key} label={t.name} error={error("name")} />
          <TextField {...getInputProps(fields.birthDate, { type: "text" })} key={fields.birthDate.key} label={t.birthDate} description={t.dateFormat} error={error("birthDate")} />
          <TextField {...getInputProps(fields.nationalId, { type: "text" })} key={fields.nationalId.key} label={t.nationalId} inputMode="numeric" error={error("nationalId")} />
          <TextField {...getInputProps(fields.phone, { type: "tel" })} key={fields.phone.key} label={t.phone} error={error("phone")} />
          <TextField {...getInputProps(fields.email, { type: "email" })} key={fields.email.key} label={t.email} error={error("email")} />
          <TextField {...getInputProps(fields.address, { type: "text" })} key={fields.address.key} label={t.address} error={error("address")} />
        </Fieldset>
        <Fieldset legend={t.profile} className="stack">
          <CheckboxGroup key={fields.interests.key} legend={t.interests} name={fields.interests.name} defaultValue={values("interests")} error={error("interests")}>
            <Options name={fields.interests.name} vocabulary={v.interests} />
          </CheckboxGroup>
          <CheckboxGroup key={fields.strengths.key} legend={t.strengths} name={fields.strengths.name} defaultValue={values("strengths")} error={error("strengths")}>
            <Options name={fields.strengths.name} vocabulary={v.strengths} />
          </CheckboxGroup>
          <TextField {...getInputProps(fields.tags, { type: "text" })} key={fields.tags.key} label={t.tags} description={t.tagsHelp} error={error("tags")} />
          <div className="row-fields">
            <TextField {...getInputProps(fields.hoursMin, { type: "number" })} key={fields.hoursMin.key} label={t.hoursMin} min={1} max={40} error={error("hoursMin")} />
            <TextField {...getInputProps(fields.hoursMax, { type: "number" })} key={fields.hoursMax.key} label={t.hoursMax} min={1} max={40} error={error("hoursMax")} />
          </div>
          <CheckboxGroup key={fields.weekdays.key} legend={t.weekdays} name={fields.weekdays.name} defaultValue={values("weekdays")} error={error("weekdays")}>
            <Options name={fields.weekdays.name} vocabulary={v.weekdays} />
          </CheckboxGroup>
          <CheckboxGroup key={fields.timesOfDay.key} legend={t.timesOfDay} name={fields.timesOfDay.name} defaultValue={values("timesOfDay")} error={error("timesOfDay")}>
            <Options name={fields.timesOfDay.name} vocabulary={v.timesOfDay} />
          </CheckboxGroup>
          <Select {...getSelectProps(fields.municipalityNumber)} key={fields.municipalityNumber.key} label={t.municipality} error={error("municipalityNumber")}>
            <MunicipalityOptions municipalities={municipalities} placeholder={texts.register.chooseMunicipality} />
          </Select>
          {/* Aksel's Select has no multiple choice; a native one is keyboard- and screen-reader-friendly. */}
          <div className="native-field">
            <Label htmlFor={fields.reachableMunicipalities.id}>{t.reachable}</Label>
            <BodyShort id={`${fields.reachableMunicipalities.id}-help`} size="small" className="native-field__help">
              {t.reachableHelp}
            </BodyShort>
            <select
              key={fields.reachableMunicipalities.key}
              id={fields.reachableMunicipalities.id}
              name={fields.reachableMunicipalities.name}
              aria-describedby={`${fields.reachableMunicipalities.id}-help`}
              multiple
              size={6}
              defaultValue={values("reachableMunicipalities")}
              className="native-field__select"
            >
              <MunicipalityOptions municipalities={municipalities} />
            </select>
          </div>
          <TextField {...getInputProps(fields.availableFrom, { type: "text" })} key={fields.availableFrom.key} label={t.availableFrom} description={t.dateFormat} error={error("availableFrom")} />
          <TextField {...getInputProps(fields.languages, { type: "text" })} key={fields.languages.key} label={t.languages} error={error("languages")} />
          <Select {...getSelectProps(fields.norwegianLevel)} key={fields.norwegianLevel.key} label={t.norwegianLevel} error={error("norwegianLevel")}>
            <option value="">{t.chooseLevel}</option>
            {Object.entries(v.norwegianLevels).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
          <Checkbox {...getInputProps(fields.drivingLicence, { type: "checkbox" })} key={fields.drivingLicence.key}>
            {t.drivingLicence}
          </Checkbox>
          <Textarea {...getTextareaProps(fields.summary)} key={fields.summary.key} label={t.summary} description={t.summaryHelp} maxLength={1000} error={error("summary")} />
          <Select {...getSelectProps(fields.euseStage)} key={fields.euseStage.key} label={t.euseStage}>
            {Object.entries(v.euseStages).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
        </Fieldset>
        <Fieldset legend={t.facilitation} className="stack">
          <CheckboxGroup key={fields.facilitationWorkingTime.key} legend={v.facilitationGroups.workingTime} name={fields.facilitationWorkingTime.name} defaultValue={values("facilitationWorkingTime")}>
            <Options name={fields.facilitationWorkingTime.name} vocabulary={v.facilitation.workingTime} />
          </CheckboxGroup>
          <CheckboxGroup key={fields.facilitationPhysical.key} legend={v.facilitationGroups.physical} name={fields.facilitationPhysical.name} defaultValue={values("facilitationPhysical")}>
            <Options name={fields.facilitationPhysical.name} vocabulary={v.facilitation.physical} />
          </CheckboxGroup>
          <CheckboxGroup key={fields.facilitationEveryday.key} legend={v.facilitationGroups.everyday} name={fields.facilitationEveryday.name} defaultValue={values("facilitationEveryday")}>
            <Options name={fields.facilitationEveryday.name} vocabulary={v.facilitation.everyday} />
          </CheckboxGroup>
          <CheckboxGroup key={fields.facilitationNorwegian.key} legend={v.facilitationGroups.norwegian} name={fields.facilitationNorwegian.name} defaultValue={values("facilitationNorwegian")}>
            <Options name={fields.facilitationNorwegian.name} vocabulary={v.facilitation.norwegian} />
          </CheckboxGroup>
        </Fieldset>
        <Fieldset legend={t.consent} description={t.consentValidity} className="stack">
          <Checkbox {...getInputProps(fields.consentSearch, { type: "checkbox" })} key={fields.consentSearch.key}>
            {t.consentSearch}
          </Checkbox>
          <Checkbox {...getInputProps(fields.consentEmployerView, { type: "checkbox" })} key={fields.consentEmployerView.key}>
            {t.consentEmployerView}
          </Checkbox>
          <RadioGroup key={fields.consentMethod.key} legend={t.consentMethod} name={fields.consentMethod.name} defaultValue={String(fields.consentMethod.initialValue ?? "meeting")} error={error("consentMethod")}>
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
