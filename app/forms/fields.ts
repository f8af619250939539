// Field types several forms share, so each kind of value is read and answered the same everywhere.
import { z } from "zod";
import { readTypedDate } from "~/domain/dates";
import * as texts from "~/texts";

/** An empty or blank field is no answer (for optional fields: `undefined`, not ""). */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * A date as people type it (13.01.2027, 13.1.27 or 2027-01-13), read as YYYY-MM-DD. Two different
 * mistakes get two different answers: the wrong shape ("i morgen") is told the format, a date not
 * on the calendar ("30.02.2027") is told so.
 */
export function dateField(formatMessage: string) {
  return z
    .string({ message: formatMessage })
    .trim()
    .max(10, { message: formatMessage, abort: true })
    .transform((typed, ctx) => {
      const read = readTypedDate(typed);
      if ("iso" in read) return read.iso;
      ctx.addIssue({ code: "custom", message: read.problem === "calendar" ? texts.form.noSuchDate : formatMessage });
      return z.NEVER;
    });
}

/** The same date, when the field may be left empty. */
export function optionalDateField(formatMessage: string) {
  return z.preprocess(blankToUndefined, dateField(formatMessage).optional());
}

/** The names every date field in every form uses: their typed values are read as YYYY-MM-DD by readForm. */
export const dateFieldNames = [
  "startDate",
  "endDate",
  "birthDate",
  "availableFrom",
  "earliestStart",
  "hireStart",
] as const;

/** An e-mail address for an account (sign-in, registration, invitations): trimmed, lower case, at most 254 characters. */
export function emailField() {
  return z
    .string({ message: texts.signIn.emailRequired })
    .trim()
    .toLowerCase()
    .max(254, texts.fieldLimits.tooLong(254))
    .email(texts.signIn.emailInvalid);
}

/** A password being chosen: 10 to 200 characters. */
export function newPasswordField() {
  return z
    .string({ message: texts.register.passwordTooShort })
    .min(10, texts.register.passwordTooShort)
    .max(200, texts.register.passwordTooLong);
}

/** A person's full name on an account. */
export function personNameField() {
  return z
    .string({ message: texts.register.nameRequired })
    .trim()
    .min(1, texts.register.nameRequired)
    .max(200, texts.fieldLimits.tooLong(200));
}
