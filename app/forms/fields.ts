// Field types several forms share, so each kind of value is read and answered the same everywhere.
import { z } from "zod";
import { isIsoDate } from "~/domain/dates";
import * as texts from "~/texts";

/** An empty or blank field is no answer (for optional fields: `undefined`, not ""). */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * A date typed as YYYY-MM-DD. Two different mistakes get two different answers: the wrong shape
 * ("17.05.1990") is told the format, a date not on the calendar ("1995-02-30") is told so.
 */
export function dateField(formatMessage: string) {
  return z
    .string({ message: formatMessage })
    .trim()
    .max(10, { message: formatMessage, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: formatMessage, abort: true })
    .refine(isIsoDate, { message: texts.form.noSuchDate, abort: true });
}

/** The same date, when the field may be left empty. */
export function optionalDateField(formatMessage: string) {
  return z.preprocess(blankToUndefined, dateField(formatMessage).optional());
}
