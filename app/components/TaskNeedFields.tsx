import type { FieldMetadata } from "@conform-to/react";
import { getInputProps, getSelectProps, getTextareaProps } from "~/forms/field-props";
import { Fragment } from "react";
import { Checkbox, CheckboxGroup, RadioGroup, Radio, Select, TextField, Textarea } from "@navikt/ds-react";
import { MunicipalityOptions } from "~/components/MunicipalityOptions";
import { ScheduleGrid } from "~/components/ScheduleGrid";
import { VocabularyOptions } from "~/components/VocabularyOptions";
import type { TaskNeedField } from "~/jobs/form-layout";
import { fieldError, listValue, dateInputProps } from "~/components/field-values";
import * as texts from "~/texts";

const t = texts.taskForm;
const v = texts.vocabulary;

/** The task need's fields; `names` chooses which (one step of the guided flow, or all when editing). */
export function TaskNeedFields({
  names,
  fields,
  municipalities,
}: {
  names: readonly TaskNeedField[];
  fields: Record<string, FieldMetadata<any>>;
  municipalities: Array<{ number: string; name: string }>;
}) {
  const f = (name: TaskNeedField) => fields[name] as FieldMetadata<any>;
  const render: Record<TaskNeedField, () => JSX.Element> = {
    title: () => (
      <TextField
        {...getInputProps(f("title"), { type: "text" })}
        key={f("title").key}
        label={t.taskTitle}
        description={t.taskTitleHelp}
        error={fieldError(f("title"))}
      />
    ),
    description: () => (
      <Textarea
        {...getTextareaProps(f("description"))}
        key={f("description").key}
        label={t.description}
        description={t.descriptionHelp}
        maxLength={2000}
        error={fieldError(f("description"))}
      />
    ),
    category: () => (
      <Select
        {...getSelectProps(f("category"))}
        key={f("category").key}
        label={t.category}
        error={fieldError(f("category"))}
      >
        <option value="">{t.chooseCategory}</option>
        {Object.entries(v.interests).map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </Select>
    ),
    hoursPerWeek: () => (
      <TextField
        {...getInputProps(f("hoursPerWeek"), { type: "text" })}
        key={f("hoursPerWeek").key}
        inputMode="decimal"
        label={t.hoursPerWeek}
        description={t.hoursHelp}
        htmlSize={6}
        error={fieldError(f("hoursPerWeek"))}
      />
    ),
    slots: () => (
      <ScheduleGrid
        key={f("slots").key}
        name={f("slots").name}
        id={f("slots").id}
        selected={listValue(f("slots"))}
        error={fieldError(f("slots"))}
      />
    ),
    municipalityNumber: () => (
      <Select
        {...getSelectProps(f("municipalityNumber"))}
        key={f("municipalityNumber").key}
        label={t.municipality}
        error={fieldError(f("municipalityNumber"))}
      >
        <MunicipalityOptions municipalities={municipalities} placeholder={texts.register.chooseMunicipality} />
      </Select>
    ),
    address: () => (
      <TextField
        {...getInputProps(f("address"), { type: "text" })}
        key={f("address").key}
        label={t.address}
        autoComplete="street-address"
        error={fieldError(f("address"))}
      />
    ),
    earliestStart: () => (
      <TextField
        {...dateInputProps(f("earliestStart"))}
        key={f("earliestStart").key}
        label={t.earliestStart}
        description={texts.form.dateFormat}
        htmlSize={12}
        error={fieldError(f("earliestStart"))}
      />
    ),
    strengths: () => (
      <CheckboxGroup
        key={f("strengths").key}
        legend={t.strengths}
        name={f("strengths").name}
        defaultValue={listValue(f("strengths"))}
        error={fieldError(f("strengths"))}
      >
        <VocabularyOptions name={f("strengths").name} vocabulary={v.strengths} />
      </CheckboxGroup>
    ),
    tags: () => (
      <TextField
        {...getInputProps(f("tags"), { type: "text" })}
        key={f("tags").key}
        label={t.tags}
        description={t.tagsHelp}
        error={fieldError(f("tags"))}
      />
    ),
    physicalDemands: () => (
      <CheckboxGroup
        key={f("physicalDemands").key}
        legend={t.physicalDemands}
        name={f("physicalDemands").name}
        defaultValue={listValue(f("physicalDemands"))}
        error={fieldError(f("physicalDemands"))}
      >
        <VocabularyOptions name={f("physicalDemands").name} vocabulary={v.physicalDemands} />
      </CheckboxGroup>
    ),
    socialSetting: () => (
      <RadioGroup
        key={f("socialSetting").key}
        legend={t.socialSetting}
        name={f("socialSetting").name}
        defaultValue={listValue(f("socialSetting"))[0] ?? ""}
        error={fieldError(f("socialSetting"))}
      >
        {Object.entries(v.socialSettings).map(([id, label]) => (
          <Radio key={id} value={id}>
            {label}
          </Radio>
        ))}
      </RadioGroup>
    ),
    adaptations: () => (
      <Textarea
        {...getTextareaProps(f("adaptations"))}
        key={f("adaptations").key}
        label={t.adaptations}
        description={t.adaptationsHelp}
        maxLength={1000}
        error={fieldError(f("adaptations"))}
      />
    ),
    mentorPossible: () => (
      <Checkbox {...getInputProps(f("mentorPossible"), { type: "checkbox" })} key={f("mentorPossible").key}>
        {t.mentorPossible}
      </Checkbox>
    ),
  };
  return (
    <>
      {names.map((name) => (
        <Fragment key={name}>{render[name]()}</Fragment>
      ))}
    </>
  );
}
