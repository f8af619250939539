import type { FieldMetadata } from "@conform-to/react";
import { getInputProps, getTextareaProps } from "~/forms/field-props";
import { BodyShort, Checkbox, CheckboxGroup, Radio, RadioGroup, TextField, Textarea } from "@navikt/ds-react";
import { Fragment } from "react";
import { slotsInWords } from "~/components/JobFacts";
import { ScheduleGrid } from "~/components/ScheduleGrid";
import { fieldError, listValue, dateInputProps } from "~/components/field-values";
import type { CarvedJobField } from "~/jobs/form-layout";
import * as texts from "~/texts";

const t = texts.jobForm;

export interface TaskChoice {
  id: string;
  title: string;
  hours: number;
  slots: string[];
}

export function CarvedJobFields({
  names,
  fields,
  tasks,
  hoursSum,
}: {
  names: readonly CarvedJobField[];
  fields: Record<string, FieldMetadata<any>>;
  tasks: TaskChoice[];
  hoursSum: number;
}) {
  const f = (name: CarvedJobField) => fields[name] as FieldMetadata<any>;
  const render: Record<CarvedJobField, () => JSX.Element> = {
    taskIds: () =>
      tasks.length === 0 ? (
        <BodyShort>{t.noOpenTasks}</BodyShort>
      ) : (
        <CheckboxGroup
          key={f("taskIds").key}
          id={f("taskIds").id}
          legend={t.tasks}
          description={t.tasksHelp}
          name={f("taskIds").name}
          defaultValue={listValue(f("taskIds"))}
          error={fieldError(f("taskIds"))}
        >
          {tasks.map((task) => (
            <Checkbox key={task.id} name={f("taskIds").name} value={task.id} description={slotsInWords(task.slots)}>
              {t.taskOption(task.title, task.hours)}
            </Checkbox>
          ))}
        </CheckboxGroup>
      ),
    title: () => (
      <TextField
        {...getInputProps(f("title"), { type: "text" })}
        key={f("title").key}
        label={t.jobTitle}
        description={t.jobTitleHelp}
        error={fieldError(f("title"))}
      />
    ),
    description: () => (
      <Textarea
        {...getTextareaProps(f("description"))}
        key={f("description").key}
        label={t.description}
        maxLength={2000}
        error={fieldError(f("description"))}
      />
    ),
    hoursPerWeek: () => (
      <TextField
        {...getInputProps(f("hoursPerWeek"), { type: "text" })}
        key={f("hoursPerWeek").key}
        inputMode="decimal"
        label={t.hoursPerWeek}
        description={t.hoursHelp(hoursSum)}
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
    employmentForm: () => (
      <RadioGroup
        key={f("employmentForm").key}
        legend={t.employmentForm}
        name={f("employmentForm").name}
        defaultValue={listValue(f("employmentForm"))[0] ?? ""}
        error={fieldError(f("employmentForm"))}
      >
        {Object.entries(texts.vocabulary.employmentForms).map(([id, label]) => (
          <Radio key={id} value={id}>
            {label}
          </Radio>
        ))}
      </RadioGroup>
    ),
    wageSubsidyExpected: () => (
      <Checkbox {...getInputProps(f("wageSubsidyExpected"), { type: "checkbox" })} key={f("wageSubsidyExpected").key}>
        {t.wageSubsidy}
      </Checkbox>
    ),
    mentorName: () => (
      <TextField
        {...getInputProps(f("mentorName"), { type: "text" })}
        key={f("mentorName").key}
        label={t.mentorName}
        description={t.mentorHelp}
        error={fieldError(f("mentorName"))}
      />
    ),
    adaptations: () => (
      <Textarea
        {...getTextareaProps(f("adaptations"))}
        key={f("adaptations").key}
        label={t.adaptations}
        description={texts.taskForm.adaptationsHelp}
        maxLength={1000}
        error={fieldError(f("adaptations"))}
      />
    ),
    startDate: () => (
      <TextField
        {...dateInputProps(f("startDate"))}
        key={f("startDate").key}
        label={t.startDate}
        description={texts.form.dateFormat}
        htmlSize={12}
        error={fieldError(f("startDate"))}
      />
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
