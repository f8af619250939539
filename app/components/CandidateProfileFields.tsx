import { dateInputProps } from "~/components/field-values";
import { getInputProps, getSelectProps, getTextareaProps } from "~/forms/field-props";
import type { FieldMetadata } from "@conform-to/react";
import { BodyShort, Checkbox, CheckboxGroup, Fieldset, Label, Select, TextField, Textarea } from "@navikt/ds-react";
import { MunicipalityOptions } from "~/components/MunicipalityOptions";
import { MunicipalitySelect } from "~/components/MunicipalitySelect";
import { VocabularyOptions } from "~/components/VocabularyOptions";
import type { ProfileFieldName } from "~/candidates/profile-schema";
import * as texts from "~/texts";

const t = texts.candidateForm;
const v = texts.vocabulary;

/** The profile part of the candidate forms (register and edit): the same fields, labels and help. */
export function CandidateProfileFields({
  fields,
  municipalities,
}: {
  fields: Record<ProfileFieldName, FieldMetadata<any>>;
  municipalities: Array<{ number: string; name: string }>;
}) {
  const values = (name: ProfileFieldName) => {
    const value = fields[name].initialValue;
    return Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : [];
  };
  const error = (name: ProfileFieldName) => fields[name].errors?.join(" ");
  return (
    <>
      <Fieldset legend={t.profile} className="stack">
        <CheckboxGroup
          key={fields.interests.key}
          legend={t.interests}
          name={fields.interests.name}
          defaultValue={values("interests")}
          error={error("interests")}
        >
          <VocabularyOptions name={fields.interests.name} vocabulary={v.interests} />
        </CheckboxGroup>
        <CheckboxGroup
          key={fields.strengths.key}
          legend={t.strengths}
          name={fields.strengths.name}
          defaultValue={values("strengths")}
          error={error("strengths")}
        >
          <VocabularyOptions name={fields.strengths.name} vocabulary={v.strengths} />
        </CheckboxGroup>
        <TextField
          {...getInputProps(fields.tags, { type: "text" })}
          key={fields.tags.key}
          label={t.tags}
          description={t.tagsHelp}
          error={error("tags")}
        />
        <div className="row-fields">
          <TextField
            {...getInputProps(fields.hoursMin, { type: "number" })}
            key={fields.hoursMin.key}
            label={t.hoursMin}
            min={1}
            max={40}
            error={error("hoursMin")}
          />
          <TextField
            {...getInputProps(fields.hoursMax, { type: "number" })}
            key={fields.hoursMax.key}
            label={t.hoursMax}
            min={1}
            max={40}
            error={error("hoursMax")}
          />
        </div>
        <CheckboxGroup
          key={fields.weekdays.key}
          legend={t.weekdays}
          name={fields.weekdays.name}
          defaultValue={values("weekdays")}
          error={error("weekdays")}
        >
          <VocabularyOptions name={fields.weekdays.name} vocabulary={v.weekdays} />
        </CheckboxGroup>
        <CheckboxGroup
          key={fields.timesOfDay.key}
          legend={t.timesOfDay}
          name={fields.timesOfDay.name}
          defaultValue={values("timesOfDay")}
          error={error("timesOfDay")}
        >
          <VocabularyOptions name={fields.timesOfDay.name} vocabulary={v.timesOfDay} />
        </CheckboxGroup>
        <MunicipalitySelect
          key={fields.municipalityNumber.key}
          id={fields.municipalityNumber.id}
          name={fields.municipalityNumber.name}
          defaultValue={values("municipalityNumber")[0]}
          label={t.municipality}
          error={error("municipalityNumber")}
          municipalities={municipalities}
          placeholder={texts.register.chooseMunicipality}
        />
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
        <TextField
          {...dateInputProps(fields.availableFrom)}
          key={fields.availableFrom.key}
          label={t.availableFrom}
          description={texts.form.dateFormat}
          error={error("availableFrom")}
        />
        <TextField
          {...getInputProps(fields.languages, { type: "text" })}
          key={fields.languages.key}
          label={t.languages}
          error={error("languages")}
        />
        <Select
          {...getSelectProps(fields.norwegianLevel)}
          key={fields.norwegianLevel.key}
          label={t.norwegianLevel}
          error={error("norwegianLevel")}
        >
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
        <Textarea
          {...getTextareaProps(fields.summary)}
          key={fields.summary.key}
          label={t.summary}
          description={t.summaryHelp}
          maxLength={1000}
          error={error("summary")}
        />
        <Select {...getSelectProps(fields.euseStage)} key={fields.euseStage.key} label={t.euseStage}>
          {Object.entries(v.euseStages).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </Fieldset>
      <Fieldset legend={t.facilitation} className="stack">
        <CheckboxGroup
          key={fields.facilitationWorkingTime.key}
          legend={v.facilitationGroups.workingTime}
          name={fields.facilitationWorkingTime.name}
          defaultValue={values("facilitationWorkingTime")}
        >
          <VocabularyOptions name={fields.facilitationWorkingTime.name} vocabulary={v.facilitation.workingTime} />
        </CheckboxGroup>
        <CheckboxGroup
          key={fields.facilitationPhysical.key}
          legend={v.facilitationGroups.physical}
          name={fields.facilitationPhysical.name}
          defaultValue={values("facilitationPhysical")}
        >
          <VocabularyOptions name={fields.facilitationPhysical.name} vocabulary={v.facilitation.physical} />
        </CheckboxGroup>
        <CheckboxGroup
          key={fields.facilitationEveryday.key}
          legend={v.facilitationGroups.everyday}
          name={fields.facilitationEveryday.name}
          defaultValue={values("facilitationEveryday")}
        >
          <VocabularyOptions name={fields.facilitationEveryday.name} vocabulary={v.facilitation.everyday} />
        </CheckboxGroup>
        <CheckboxGroup
          key={fields.facilitationNorwegian.key}
          legend={v.facilitationGroups.norwegian}
          name={fields.facilitationNorwegian.name}
          defaultValue={values("facilitationNorwegian")}
        >
          <VocabularyOptions name={fields.facilitationNorwegian.name} vocabulary={v.facilitation.norwegian} />
        </CheckboxGroup>
      </Fieldset>
    </>
  );
}
