import type { FieldMetadata } from "@conform-to/react";
import { getInputProps, getSelectProps, getTextareaProps } from "~/forms/field-props";
import {
  Alert,
  BodyShort,
  Checkbox,
  CheckboxGroup,
  Fieldset,
  Heading,
  Radio,
  RadioGroup,
  Select,
  TextField,
  Textarea,
} from "@navikt/ds-react";
import { Fragment, type ReactNode } from "react";
import { fieldError, listValue, dateInputProps } from "~/components/field-values";
import { type GrantRates, expenseTypes, payTypes } from "~/grants/calculation";
import { EXPENSE_ROWS } from "~/grants/form-layout";
import * as texts from "~/texts";
import { formatNumber } from "~/format";

const t = texts.grants;
type Fields = Record<string, FieldMetadata<any>>;

/** A one-line text field of a grant form. */
export function text(f: FieldMetadata<any>, label: string, description?: string, extra: Record<string, unknown> = {}) {
  return (
    <TextField
      {...getInputProps(f, { type: "text" })}
      key={f.key}
      label={label}
      description={description}
      error={fieldError(f)}
      {...extra}
    />
  );
}

/** A text area of a grant form, with its length limit. */
export function area(f: FieldMetadata<any>, label: string, description: string | undefined, max: number) {
  return (
    <Textarea
      {...getTextareaProps(f)}
      key={f.key}
      label={label}
      description={description}
      maxLength={max}
      error={fieldError(f)}
    />
  );
}

/** A date field of a grant form: a saved date is shown as typed in Norway, dd.mm.åååå. */
export function date(f: FieldMetadata<any>, label: string) {
  return text(f, label, texts.form.dateFormat, { htmlSize: 12, ...dateInputProps(f) });
}

/** One choice among radio buttons: [value, label, help?] each. */
export function choice(
  f: FieldMetadata<any>,
  legend: string,
  options: ReadonlyArray<readonly [string, string, string?]>,
  description?: ReactNode,
) {
  return (
    <RadioGroup
      key={f.key}
      legend={legend}
      description={description}
      name={f.name}
      defaultValue={listValue(f)[0] ?? ""}
      error={fieldError(f)}
    >
      {options.map(([value, label, help]) => (
        <Radio key={value} value={value} description={help}>
          {label}
        </Radio>
      ))}
    </RadioGroup>
  );
}

export function yesNo(f: FieldMetadata<any>, legend: string, description?: string) {
  return choice(
    f,
    legend,
    [
      ["yes", t.yes],
      ["no", t.no],
    ],
    description,
  );
}

/** The employer's tax zone, from the year's rates. */
export function taxZone(f: FieldMetadata<any>, rates: GrantRates) {
  return (
    <Select {...getSelectProps(f)} key={f.key} label={t.taxZone} error={fieldError(f)}>
      <option value="">{texts.form.choose}</option>
      {rates.employerTaxZones.map((z) => (
        <option key={z.id} value={z.id}>
          {t.taxZoneOption(z.id, formatNumber(z.percent))}
        </option>
      ))}
    </Select>
  );
}

/** NAV's comment on a step, when the application came back for changes. */
export function CommentFromNav({ comment }: { comment?: string }) {
  return comment ? (
    <Alert variant="warning">
      <BodyShort>
        <strong>{t.commentFromNav}:</strong> {comment}
      </BodyShort>
    </Alert>
  ) : null;
}

// A single required confirmation: Aksel shows a checkbox's error message on its group.
function confirm(f: FieldMetadata<any>, label: string, description: string) {
  return (
    <CheckboxGroup
      key={f.key}
      legend={label}
      hideLegend
      description={description}
      name={f.name}
      defaultValue={listValue(f)}
      error={fieldError(f)}
    >
      <Checkbox name={f.name} value="on">
        {label}
      </Checkbox>
    </CheckboxGroup>
  );
}

function mentorField(name: string, fields: Fields, rates: GrantRates): ReactNode {
  const f = fields[name] as FieldMetadata<any>;
  switch (name) {
    case "contactName":
      return text(f, t.contactName, t.contactHelp, { autoComplete: "name" });
    case "contactPhone":
      return text(f, t.contactPhone, undefined, { autoComplete: "tel", inputMode: "tel" });
    case "contactEmail":
      return text(f, t.contactEmail, undefined, { autoComplete: "email" });
    case "mentorName":
      return text(f, t.mentorName, t.mentorNameHelp);
    case "mentorPhone":
      return text(f, t.mentorPhone, undefined, { inputMode: "tel" });
    case "mentorTasks":
      return area(f, t.mentorTasks, t.mentorTasksHelp, 1000);
    case "familyTie":
      return yesNo(f, t.familyTie);
    case "familyTieExplanation":
      return area(f, t.familyTieExplanation, undefined, 500);
    case "confidentiality":
      return confirm(f, t.confidentiality, t.confidentialityHelp);
    case "startDate":
      return date(f, t.startDate);
    case "endDate":
      return date(f, t.endDate);
    case "extended":
      return yesNo(f, t.extended, t.extendedHelp);
    case "extendedReason":
      return area(f, t.extendedReason, undefined, 500);
    case "followUp":
      return area(f, t.followUp, t.followUpHelp, 1000);
    case "adaptation":
      return area(f, t.adaptation, undefined, 1000);
    case "hoursPerMonth":
      return text(f, t.hoursPerMonth, t.hoursPerMonthHelp, { inputMode: "numeric", htmlSize: 6 });
    case "payType":
      return choice(
        f,
        t.payType,
        payTypes.map((p) => [p, t.payTypes[p]] as const),
      );
    case "payAmount":
      return text(f, t.payAmount, undefined, { inputMode: "decimal", htmlSize: 10 });
    case "positionPercent":
      return text(f, t.positionPercent, undefined, { inputMode: "decimal", htmlSize: 6 });
    case "holidayPayPercent":
      return choice(
        f,
        t.holidayPayPercent,
        rates.holidayPayPercents.map((p) => [String(p), t.holidayPayOption(formatNumber(p))] as const),
      );
    case "otpPercent":
      return text(f, t.otpPercent, t.otpHelp(formatNumber(rates.otpMinimumPercent)), {
        inputMode: "decimal",
        htmlSize: 6,
      });
    case "taxZone":
      return taxZone(f, rates);
    case "accountNumber":
      return text(f, t.accountNumber, t.accountHelp, { inputMode: "numeric", htmlSize: 16 });
    default:
      return null;
  }
}

// The fixed row slots (one per expense type at most): stable names, so stable keys.
const expenseRowNames = Array.from({ length: EXPENSE_ROWS }, (_, i) => `expense-row-${i}`);

function ExpenseRows({ fields }: { fields: Fields }) {
  const total = fields.expenseTotal as FieldMetadata<any> | undefined;
  return (
    <Fieldset legend={t.expensesLegend} description={t.expensesHelp} className="stack" error={fieldError(total)}>
      {expenseRowNames.map((row, i) => {
        const type = fields[`expenseType${i}`] as FieldMetadata<any>;
        const amount = fields[`expenseAmount${i}`] as FieldMetadata<any>;
        const description = fields[`expenseDescription${i}`] as FieldMetadata<any>;
        return (
          <Fieldset key={row} legend={t.expenseRow(i + 1)} className="expense-row">
            <Select
              {...getSelectProps(type)}
              key={type.key}
              label={t.expenseType}
              error={fieldError(type)}
              size="small"
            >
              <option value="">{t.chooseType}</option>
              {expenseTypes.map((e) => (
                <option key={e} value={e}>
                  {t.expenseTypes[e]}
                </option>
              ))}
            </Select>
            <TextField
              {...getInputProps(amount, { type: "text" })}
              key={amount.key}
              label={t.expenseAmount}
              inputMode="numeric"
              htmlSize={10}
              size="small"
              error={fieldError(amount)}
            />
            <TextField
              {...getInputProps(description, { type: "text" })}
              key={description.key}
              label={t.expenseDescription}
              size="small"
              error={fieldError(description)}
            />
          </Fieldset>
        );
      })}
    </Fieldset>
  );
}

function inclusionField(name: string, fields: Fields): ReactNode {
  const f = fields[name] as FieldMetadata<any>;
  switch (name) {
    case "startDate":
      return date(f, t.startDate);
    case "endDate":
      return date(f, t.endDate);
    case "reason":
      return area(f, t.reason, t.reasonHelp, 1000);
    case "notPurchased":
      return confirm(f, t.notPurchased, t.notPurchasedHelp);
    default:
      return null;
  }
}

/** One step's fields of a grant form, with NAV's comment on that step when the application came back. */
export function GrantFields({
  kind,
  names,
  fields,
  rates,
  comment,
}: {
  kind: "mentor" | "inclusion";
  names: string[];
  fields: Fields;
  rates: GrantRates;
  comment?: string;
}) {
  const expenses = kind === "inclusion" && names.some((n) => n.startsWith("expense"));
  return (
    <>
      <CommentFromNav comment={comment} />
      {expenses ? <ExpenseRows fields={fields} /> : null}
      {names
        .filter((n) => !n.startsWith("expense"))
        .map((n) => (
          <Fragment key={n}>{kind === "mentor" ? mentorField(n, fields, rates) : inclusionField(n, fields)}</Fragment>
        ))}
    </>
  );
}

/** On the summary of an application worth 0 kr: a warning, and the box to tick to send it all the same. */
export function ZeroWorthConfirm({ field }: { field: FieldMetadata<any> }) {
  return (
    <div className="stack-tight">
      <Alert variant="warning">
        <Heading level="3" size="xsmall" spacing>
          {t.zeroWorthHeading}
        </Heading>
        <BodyShort>{t.zeroWorth}</BodyShort>
      </Alert>
      {confirm(field, t.confirmZero, t.zeroWorthHeading)}
    </div>
  );
}
