// The shape of the grant forms: their fields and steps, without the rules (those are in
// forms.ts, with zod). Pages lay the guided forms out from this module, so the browser gets no
// validator to download; the server validates every step (docs/decisions/009).
import * as texts from "~/texts";
import type { GrantKind } from "../../db/schema";
import { expenseTypes, readNumber } from "./calculation";
import { wageSteps } from "./wage-figures";

type Values = Record<string, unknown>;

const mentorFieldNames = [
  "contactName",
  "contactPhone",
  "contactEmail",
  "mentorName",
  "mentorPhone",
  "mentorTasks",
  "familyTie",
  "familyTieExplanation",
  "confidentiality",
  "startDate",
  "endDate",
  "extended",
  "extendedReason",
  "followUp",
  "adaptation",
  "hoursPerMonth",
  "payType",
  "payAmount",
  "positionPercent",
  "holidayPayPercent",
  "otpPercent",
  "taxZone",
  "accountNumber",
] as const;
export type MentorField = (typeof mentorFieldNames)[number];

export const mentorSteps: MentorField[][] = [
  ["contactName", "contactPhone", "contactEmail"],
  ["mentorName", "mentorPhone", "mentorTasks", "familyTie", "familyTieExplanation", "confidentiality"],
  ["startDate", "endDate", "extended", "extendedReason"],
  ["followUp", "adaptation"],
  ["hoursPerMonth", "payType", "payAmount", "positionPercent", "holidayPayPercent", "otpPercent", "taxZone"],
  ["accountNumber"],
  [],
];

export const EXPENSE_ROWS = expenseTypes.length;
export const rowFields = Array.from({ length: EXPENSE_ROWS }, (_, i) => [
  `expenseType${i}`,
  `expenseAmount${i}`,
  `expenseDescription${i}`,
]).flat();

export const inclusionSteps: string[][] = [["startDate", "endDate"], ["reason"], rowFields, ["notPurchased"], []];

interface ExpenseInput {
  type: string;
  amountKr: number;
  description: string;
}

/** The rows the employer filled in (a row with nothing in it is not a row). */
export function expenseRows(v: Values): Array<ExpenseInput & { index: number }> {
  const rows: Array<ExpenseInput & { index: number }> = [];
  for (let i = 0; i < EXPENSE_ROWS; i++) {
    const type = String(v[`expenseType${i}`] ?? "").trim();
    const amount = String(v[`expenseAmount${i}`] ?? "").trim();
    const description = String(v[`expenseDescription${i}`] ?? "").trim();
    if (!type && !amount && !description) continue;
    rows.push({ index: i, type, amountKr: readNumber(amount) ?? 0, description });
  }
  return rows;
}

/** The steps of one kind of grant's guided form; the last one (summary) has no fields. */
export function stepsFor(kind: GrantKind): string[][] {
  return kind === "mentor" ? mentorSteps : kind === "wage" ? wageSteps : inclusionSteps;
}

/** The names of those steps, in Norwegian: the step indicator, the page title, the summary. */
export function stepLabelsFor(kind: GrantKind): readonly string[] {
  return kind === "mentor"
    ? texts.grants.mentorSteps
    : kind === "wage"
      ? texts.wage.steps
      : texts.grants.inclusionSteps;
}
