import { type FieldMetadata, type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { Button, ErrorSummary, Heading, Stepper } from "@navikt/ds-react";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { FormErrors } from "~/components/FormErrors";
import { LivePreviewScript, livePreviewAttributes } from "~/components/LivePreview";
import { type FormValues, fieldsWithErrors, wizardValuesFromForm } from "~/forms/wizard";
import * as texts from "~/texts";

const t = texts.wizard;

function Hidden({ values, except }: { values: FormValues; except: readonly string[] }) {
  return (
    <>
      {Object.entries(values)
        .filter(([name]) => !except.includes(name))
        .flatMap(([name, value]) =>
          // Values of one list are distinct (checkbox values), so name + value is a stable key.
          (Array.isArray(value) ? value : [value]).map((v) => (
            <input key={`${name}=${v}`} type="hidden" name={name} value={v} />
          )),
        )}
    </>
  );
}

export interface SubmitButton {
  intent: string;
  label: string;
  variant?: "primary" | "secondary";
}

/**
 * A guided form: Aksel's stepper, one topic per step, a back button that never validates, and
 * the other steps' answers carried as hidden fields so the form works without JavaScript.
 * `children` renders the current step's fields; `aside` renders beside them with the live values:
 * under React from the form's state, and on a page sent without React from `liveUrl`, a
 * resource route that renders the same aside from the form's fields (app/browser/live-preview.js).
 */
export function Wizard({
  id,
  stepLabels,
  step,
  values,
  stepFields,
  listFields,
  lastResult,
  submitButtons,
  children,
  aside,
  liveUrl,
}: {
  id: string;
  stepLabels: readonly string[];
  step: number;
  values: FormValues;
  stepFields: readonly string[];
  listFields: readonly string[];
  lastResult: SubmissionResult<string[]> | undefined;
  submitButtons: SubmitButton[];
  children: (fields: Record<string, FieldMetadata<any>>, values: FormValues) => ReactNode;
  aside?: (values: FormValues) => ReactNode;
  liveUrl?: string;
}) {
  const navigation = useNavigation();
  const [live, setLive] = useState(values);
  const [form, fields] = useForm({
    id: `${id}-${step}`,
    lastResult,
    defaultValue: values,
    // No validator in the browser: every step posts to the server, which validates it with the
    // same zod schema and answers with the errors at the fields (docs/decisions/009).
  });
  const last = step === stepLabels.length - 1;
  const busy = navigation.state === "submitting";
  // After a post ("Neste", "Forrige", "Endre", or an error) the answer moves focus: to the error
  // summary when the step has errors, else to the step's heading. The server renders it with
  // autofocus (no JavaScript); with JavaScript the effect does it after each answer.
  const answer = useActionData();
  const posted = answer !== undefined;
  const errorFields = fieldsWithErrors(lastResult?.error, stepFields);
  const hasErrors = errorFields.length > 0;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Each answer from the server is a new object: focus moves once per answer.
    if (answer === undefined) return;
    (hasErrors ? summaryRef.current : headingRef.current)?.focus();
  }, [answer, hasErrors]);
  const stepper = (orientation: "horizontal" | "vertical") => (
    <Stepper
      aria-label={t.progress}
      activeStep={step + 1}
      interactive={false}
      orientation={orientation}
      className={`wizard-stepper wizard-stepper--${orientation}`}
    >
      {stepLabels.map((label, i) => (
        <Stepper.Step key={label} completed={i < step}>
          {label}
        </Stepper.Step>
      ))}
    </Stepper>
  );
  return (
    <div className="stack">
      {/* Across on wide screens, down on phones: CSS shows one of the two. */}
      {stepper("horizontal")}
      {stepper("vertical")}
      <Heading
        level="2"
        size="large"
        id={`${id}-step-heading`}
        ref={headingRef}
        tabIndex={-1}
        autoFocus={posted && !hasErrors}
        className="wizard-heading"
      >
        <span className="visually-hidden">{t.stepOf(step + 1, stepLabels.length)}: </span>
        {stepLabels[step]}
      </Heading>
      {hasErrors ? (
        <ErrorSummary ref={summaryRef} heading={texts.wizardTitle.errorSummaryHeading} autoFocus={posted}>
          {errorFields.map((name) => (
            <ErrorSummary.Item key={name} href={`#${fields[name]?.id ?? name}`}>
              {lastResult?.error?.[name]?.[0]}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      ) : null}
      <div className={aside ? "wizard-layout" : undefined}>
        <Form
          method="post"
          className="stack"
          {...getFormProps(form)}
          aria-labelledby={`${id}-step-heading`}
          onChange={(e) => setLive(wizardValuesFromForm(new FormData(e.currentTarget), listFields))}
          {...(aside && liveUrl ? livePreviewAttributes(liveUrl, `${id}-preview`) : {})}
        >
          <input type="hidden" name="step" value={step} />
          {last ? null : (
            // Enter in a text field presses the form's first submit button: make that "Neste",
            // not "Forrige" (out of the tab order and hidden from screen readers; the real one is below).
            <button
              type="submit"
              name="intent"
              value="next"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
            >
              {t.next}
            </button>
          )}
          <Hidden values={values} except={stepFields} />
          <FormErrors form={form} />
          {children(fields as Record<string, FieldMetadata<any>>, values)}
          <div className="row-actions">
            {step > 0 ? (
              <Button type="submit" name="intent" value="back" variant="tertiary" formNoValidate>
                {t.back}
              </Button>
            ) : null}
            {last ? (
              submitButtons.map((b) => (
                <Button
                  key={b.intent}
                  type="submit"
                  name="intent"
                  value={b.intent}
                  variant={b.variant ?? "primary"}
                  loading={busy}
                >
                  {b.label}
                </Button>
              ))
            ) : (
              <Button type="submit" name="intent" value="next" loading={busy}>
                {t.next}
              </Button>
            )}
          </div>
        </Form>
        {aside ? (
          <div className="wizard-aside" id={`${id}-preview`}>
            {aside(live)}
          </div>
        ) : null}
        {aside && liveUrl ? <LivePreviewScript /> : null}
      </div>
    </div>
  );
}

/** A button on the summary step that goes back to a step to change it (never validates). */
export function EditStepButton({ step, label }: { step: number; label: string }) {
  return (
    <Button type="submit" name="intent" value={`goto:${step}`} variant="tertiary" size="small" formNoValidate>
      {t.edit} <span className="visually-hidden">{label}</span>
    </Button>
  );
}
