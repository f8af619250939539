// What a candidate looks like in the search index: a pseudonym, the profile and derived bands.
// Nothing identifying: the zod schema is strict, so an unexpected field (a name, a phone) makes
// building the document fail instead of leaking into the index.
import { z } from "zod";
import { identifyingFields } from "../app/domain/free-text-guard";

export const candidateDocumentSchema = z.strictObject({
  id: z.string().uuid(),
  code: z.string().regex(/^K-[0-9A-Z]{4,6}$/),
  officeId: z.string().uuid(),
  interests: z.array(z.string()),
  strengths: z.array(z.string()),
  tags: z.array(z.string()),
  summary: z.string(),
  hoursMin: z.number().int(),
  hoursMax: z.number().int(),
  weekdays: z.array(z.string()),
  timesOfDay: z.array(z.string()),
  municipalityNumber: z.string(),
  municipalityName: z.string(),
  reachableMunicipalities: z.array(z.string()),
  region: z.string(),
  availableFrom: z.number().int(), // YYYYMMDD, 0 when available now: filterable as a number
  drivingLicence: z.boolean(),
  languages: z.array(z.string()),
  norwegianLevel: z.string().nullable(),
  facilitation: z.array(z.string()),
  euseStage: z.number().int().min(1).max(5),
  ageBand: z.string(),
  employerVisible: z.boolean(),
  updatedAt: z.number().int(),
});
export type CandidateDocument = z.infer<typeof candidateDocumentSchema>;

/** The document's fields that hold text someone typed (the rest are ids, numbers and bands). */
export const candidateFreeTextFields = ["summary", "tags", "languages", "facilitation"] as const;

/**
 * The second wall behind the forms' guard: a document whose free text holds a fødselsnummer, a
 * phone number, an e-mail address or the candidate's own names is refused, whatever let it into
 * the database (an old row, a bulk import, a form that forgot the guard). The error names the
 * fields and kinds only, never the text, so logs stay clean.
 */
export class IdentifyingTextError extends Error {
  override name = "IdentifyingTextError";
  constructor(
    readonly documentId: string,
    readonly found: Record<string, string[]>,
  ) {
    super(
      `Candidate ${documentId} was not indexed: identifying text in ${Object.entries(found)
        .map(([field, kinds]) => `${field} (${kinds.join(", ")})`)
        .join("; ")}.`,
    );
  }
}

export function assertNothingIdentifying(document: CandidateDocument, names: string[]): void {
  const fields = Object.fromEntries(candidateFreeTextFields.map((f) => [f, document[f]]));
  const found = identifyingFields(fields, names);
  if (Object.keys(found).length > 0) throw new IdentifyingTextError(document.id, found);
}

const AGE_BANDS: Array<[number, number, string]> = [
  [0, 17, "under 18"],
  [18, 24, "18–24"],
  [25, 29, "25–29"],
  [30, 39, "30–39"],
  [40, 49, "40–49"],
  [50, 59, "50–59"],
  [60, 66, "60–66"],
  [67, 200, "67+"],
];

export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const age = on.getUTCFullYear() - y;
  const beforeBirthday = on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  return beforeBirthday ? age - 1 : age;
}

/** An age band, never the age or the birth date: "25–29". */
export function ageBand(birthDate: string, on: Date): string {
  const age = ageOn(birthDate, on);
  return AGE_BANDS.find(([lo, hi]) => age >= lo && age <= hi)?.[2] ?? "ukjent";
}

export function dateNumber(date: string | null): number {
  return date ? Number(date.replaceAll("-", "")) : 0;
}

/** A carved job or a single task need in the jobs index. Ids are "job-<uuid>" and "task-<uuid>". */
export const jobDocumentSchema = z.strictObject({
  id: z.string().regex(/^(job|task)-[0-9a-f-]{36}$/),
  kind: z.enum(["job", "task"]),
  entityId: z.string().uuid(),
  title: z.string(),
  description: z.string(),
  tasks: z.array(z.string()),
  categories: z.array(z.string()),
  categoryLabels: z.array(z.string()),
  strengths: z.array(z.string()),
  tags: z.array(z.string()),
  hoursPerWeek: z.number(),
  positionPercent: z.number(),
  slots: z.array(z.string()),
  weekdays: z.array(z.string()),
  timesOfDay: z.array(z.string()),
  municipalityNumber: z.string(),
  municipalityName: z.string(),
  region: z.string(),
  mentorAvailable: z.boolean(),
  startDate: z.number().int(), // YYYYMMDD, 0 when as soon as possible
  employmentForm: z.string().nullable(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  updatedAt: z.number().int(),
});
export type JobDocument = z.infer<typeof jobDocumentSchema>;

export function jobDocumentId(kind: "job" | "task", id: string): string {
  return `${kind}-${id}`;
}
