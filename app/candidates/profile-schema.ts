// The specialist's "register a candidate" form: identity, profile and consent, validated by zod
// on server and client, in Norwegian. The privacy guard on free text runs on the server (it
// needs the names typed in the same form, and it must not be skippable).
import { idnr } from "@navikt/fnrvalidator";
import { z } from "zod";
import { isIsoDate, todayInOslo } from "~/domain/dates";
import { guardFreeText } from "~/domain/free-text-guard";
import { interestIds, norwegianLevelIds, strengthIds, timeOfDayIds, weekdayIds } from "~/domain/vocabulary";
import * as texts from "~/texts";
import type { ProfileInput } from "../../db/repositories/candidates";
import type { CandidateProfile, Facilitation } from "../../db/schema";
import { blankToUndefined, dateField, optionalDateField } from "~/forms/fields";

const m = texts.candidateForm.errors;
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
// Checkbox groups arrive as nothing, one string or several: always make a list of them.
const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const list = <T extends string>(values: readonly T[], message: string) =>
  z.preprocess(asList, z.array(z.enum(values as [T, ...T[]], { message })).max(values.length));
// Facilitation needs are chosen from NAV's vocabulary only (the form offers nothing else): free
// text here would reach employers and the index unguarded.
const facilitationList = (group: keyof typeof texts.vocabulary.facilitation) =>
  list(Object.keys(texts.vocabulary.facilitation[group]), texts.privacyGuard.facilitationUnknown);
const csv = z
  .string()
  .max(300)
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean),
  );

const identityFields = {
  name: z.string({ message: m.name }).trim().min(2, m.name).max(200, texts.fieldLimits.tooLong(200)),
  nationalId: optionalText(11).refine(
    (v) => v === undefined || (/^\d{11}$/.test(v) && idnr(v).status === "valid"),
    m.nationalId,
  ),
  birthDate: dateField(m.birthDate).refine((v) => v <= todayInOslo(), m.birthDateFuture),
  phone: optionalText(30),
  email: optionalText(200).refine(
    (v) => v === undefined || z.string().email().safeParse(v).success,
    texts.signIn.emailInvalid,
  ),
  address: optionalText(300),
};

/** The anonymous profile: shared by "register" and "edit profile". */
export const profileFields = {
  interests: list(interestIds, m.interests).refine((v) => v.length > 0, m.interests),
  strengths: list(strengthIds, m.strengths),
  tags: csv,
  hoursMin: z.coerce.number({ message: m.hours }).int(m.hours).min(1, m.hours).max(40, m.hours),
  hoursMax: z.coerce.number({ message: m.hours }).int(m.hours).min(1, m.hours).max(40, m.hours),
  weekdays: list(weekdayIds, m.weekdays).refine((v) => v.length > 0, m.weekdays),
  timesOfDay: list(timeOfDayIds, m.timesOfDay).refine((v) => v.length > 0, m.timesOfDay),
  municipalityNumber: z.string({ message: m.municipality }).regex(/^\d{4}$/, m.municipality),
  reachableMunicipalities: z.preprocess(asList, z.array(z.string().regex(/^\d{4}$/, m.municipality)).max(20)),
  availableFrom: optionalDateField(m.date),
  languages: csv,
  norwegianLevel: z.enum(norwegianLevelIds as [string, ...string[]]).optional(),
  drivingLicence: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  summary: optionalText(1000).transform((v) => v ?? ""),
  euseStage: z.coerce.number().int().min(1).max(5).default(1),
  facilitationWorkingTime: facilitationList("workingTime"),
  facilitationPhysical: facilitationList("physical"),
  facilitationEveryday: facilitationList("everyday"),
  facilitationNorwegian: facilitationList("norwegian"),
};

const consentFields = {
  consentSearch: z.preprocess((v) => v === "on", z.boolean()),
  consentEmployerView: z.preprocess((v) => v === "on", z.boolean()),
  consentMethod: z.enum(["meeting", "signed"], { message: m.consentMethod }),
};

type ProfileValues = z.infer<z.ZodObject<typeof profileFields>>;
export type ProfileFieldName = keyof typeof profileFields;

/**
 * Rules across fields, and the privacy guard. `names` are the candidate's own names: typed in
 * the register form, read from the identity when editing.
 */
export function checkProfile(value: ProfileValues, ctx: z.RefinementCtx, names: string[]): void {
  // zod runs this only when every field was read as its type (hours 0 or 41 do reach it, as numbers).
  const { hoursMin, hoursMax } = value;
  if (typeof hoursMin === "number" && typeof hoursMax === "number" && hoursMin > hoursMax) {
    ctx.addIssue({ code: "custom", path: ["hoursMax"], message: m.hoursOrder });
  }
  // The guard: no identifying text in any free text that will be indexed and shown anonymously.
  for (const field of ["summary", "tags", "languages"] as const) guardFreeText(ctx, field, value[field], names);
  if (
    typeof value.availableFrom === "string" &&
    isIsoDate(value.availableFrom) &&
    value.availableFrom < todayInOslo()
  ) {
    ctx.addIssue({ code: "custom", path: ["availableFrom"], message: m.pastDate });
  }
}

export const candidateFormSchema = z
  .object({ ...identityFields, ...profileFields, ...consentFields })
  .superRefine((value, ctx) => checkProfile(value, ctx, [value.name]));

/** Editing the profile of an existing candidate, whose names the server adds to the guard. */
export function profileFormSchema(names: string[] = []) {
  return z.object(profileFields).superRefine((value, ctx) => checkProfile(value, ctx, names));
}

export type CandidateForm = z.infer<typeof candidateFormSchema>;

/** Form values → what the repository stores. */
export function toProfileInput(f: ProfileValues): ProfileInput {
  return {
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
  };
}

/** What the repository stores → the edit form's starting values (lists stay lists, text joins). */
export function profileFormDefaults(p: CandidateProfile): Record<ProfileFieldName, string | string[]> {
  const facilitation = (p.facilitation ?? {}) as Facilitation;
  return {
    interests: p.interests,
    strengths: p.strengths,
    tags: p.tags.join(", "),
    hoursMin: String(p.hours_min),
    hoursMax: String(p.hours_max),
    weekdays: p.weekdays,
    timesOfDay: p.times_of_day,
    municipalityNumber: p.municipality_number,
    reachableMunicipalities: p.reachable_municipalities,
    availableFrom: p.available_from ?? "",
    languages: p.languages.join(", "),
    norwegianLevel: p.norwegian_level ?? "",
    drivingLicence: p.driving_licence ? "on" : "",
    summary: p.summary,
    euseStage: String(p.euse_stage),
    facilitationWorkingTime: facilitation.workingTime ?? [],
    facilitationPhysical: facilitation.physical ?? [],
    facilitationEveryday: facilitation.everyday ?? [],
    facilitationNorwegian: facilitation.norwegian ?? [],
  };
}
