// A realistic history for the norms dashboard: people starting with specialists, first employer
// contacts, hires (temporary or permanent, with or without lønnstilskudd and mentor), made
// permanent, ended. Made as the pure model of app/norms/figures.ts, then written to the event
// tables in a few bulk inserts. Used by the demo data and by tests/integration/norms.test.ts.
import type { Kysely } from "kysely";
import { type GrantKind, type NormHire, type NormPerson, addDays, dayNumber } from "../../app/norms/figures";
import type { Database, ProposalStatus } from "../schema";
import { seededRandom } from "./candidates";

export interface History {
  people: NormPerson[];
  hires: NormHire[];
}

/**
 * `people` people spread over `specialistIds` starting between `from` and `asOf`; about 60 % get
 * a job, most within a year; a few are hired twice, some by another specialist of the office.
 */
export function generateHistory(options: {
  specialistIds: string[];
  people: number;
  from: string;
  asOf: string;
  seed: number;
  idPrefix?: string;
}): History {
  const rnd = seededRandom(options.seed);
  const span = dayNumber(options.asOf) - dayNumber(options.from);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)] as T;
  const people: NormPerson[] = [];
  const hires: NormHire[] = [];
  const uuid = (n: number, kind: string) =>
    `${kind}${(options.idPrefix ?? "0").padStart(7, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}`;
  for (let i = 0; i < options.people; i++) {
    const startedOn = addDays(options.from, Math.floor(rnd() * span));
    const left = dayNumber(options.asOf) - dayNumber(startedOn);
    const contactAfter = Math.floor(rnd() ** 2 * 90);
    const firstContactOn = rnd() < 0.9 ? addDays(startedOn, contactAfter) : null;
    const person: NormPerson = {
      id: uuid(i, "a"),
      specialistId: rnd() < 0.97 ? pick(options.specialistIds) : null,
      startedOn,
      endedOn: null,
      firstContactOn: firstContactOn && firstContactOn <= options.asOf ? firstContactOn : null,
    };
    people.push(person);
    let at = person.firstContactOn;
    for (let k = 0; at !== null && k < 2 && rnd() < (k === 0 ? 0.62 : 0.2); k++) {
      const startOn = addDays(at, 10 + Math.floor(rnd() ** 1.5 * 420));
      if (startOn > options.asOf) break;
      const grants: GrantKind[] = [];
      if (rnd() < 0.35) grants.push("wage");
      if (rnd() < 0.15) grants.push("mentor");
      if (rnd() < 0.1) grants.push("inclusion");
      const form = rnd() < 0.55 ? "temporary" : "permanent";
      const madeOn = form === "temporary" && rnd() < 0.45 ? addDays(startOn, 60 + Math.floor(rnd() * 300)) : null;
      const endOn = rnd() < 0.35 ? addDays(startOn, 14 + Math.floor(rnd() * 500)) : null;
      const hire: NormHire = {
        id: uuid(i * 10 + k, "b"),
        personId: person.id,
        specialistId: rnd() < 0.9 ? person.specialistId : rnd() < 0.5 ? null : pick(options.specialistIds),
        startOn,
        form,
        subsidised: grants.includes("wage"),
        mentor: grants.includes("mentor") || rnd() < 0.1,
        madePermanentOn: madeOn && madeOn <= options.asOf && (endOn === null || madeOn < endOn) ? madeOn : null,
        endedOn: endOn && endOn <= options.asOf ? endOn : null,
        grants,
      };
      hires.push(hire);
      if (hire.endedOn === null) break;
      at = addDays(hire.endedOn, 1);
    }
    // Some who never got work and left more than 18 months ago are anonymised.
    if (!hires.some((h) => h.personId === person.id) && left > 600 && rnd() < 0.5) {
      person.endedOn = addDays(startedOn, 540 + Math.floor(rnd() * 60));
    }
  }
  return { people, hires };
}

const at = (date: string) => `${date}T10:00:00Z`;

/** Writes a history for one office and one employer organisation in a few bulk inserts. */
export async function insertHistory(
  db: Kysely<Database>,
  target: { officeId: string; organisationId: string; codePrefix: string },
  history: History,
): Promise<void> {
  const chunks = <T>(rows: T[], size = 2000) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  for (const rows of chunks(history.people)) {
    await db
      .insertInto("candidates")
      .values(
        rows.map((p) => ({
          id: p.id,
          code: `${target.codePrefix}-${p.id.slice(-6)}`,
          office_id: target.officeId,
          specialist_id: p.specialistId,
          created_at: new Date(at(p.startedOn)),
          updated_at: new Date(at(p.startedOn)),
          anonymised_at: p.endedOn ? new Date(at(p.endedOn)) : null,
        })),
      )
      .execute();
  }
  const hiresOf = new Map<string, NormHire[]>();
  for (const h of history.hires) hiresOf.set(h.personId, [...(hiresOf.get(h.personId) ?? []), h]);
  // The first employer contact: a proposal the employer declined, unless it is the hire itself.
  const contacts = history.people
    .filter((p) => p.firstContactOn !== null)
    .map((p) => ({
      candidate_id: p.id,
      organisation_id: target.organisationId,
      job_title: "Forslag",
      specialist_id: p.specialistId,
      fit_score: 50,
      status: "declined" as ProposalStatus,
      created_at: new Date(at(p.firstContactOn as string)),
      updated_at: new Date(at(p.firstContactOn as string)),
    }));
  for (const rows of chunks(contacts)) await db.insertInto("proposals").values(rows).execute();
  const proposals = history.hires.map((h) => ({
    id: h.id,
    candidate_id: h.personId,
    organisation_id: target.organisationId,
    job_title: "Ansatt",
    specialist_id: h.specialistId,
    fit_score: 70,
    status: (h.endedOn ? "ended" : "hired") as ProposalStatus,
    hire_form: h.form,
    hire_hours: "20.0",
    hire_start: h.startOn,
    mentor_name: h.mentor && !h.grants.includes("mentor") ? "Mentor" : null,
    // At least 10 days after the first contact (see generateHistory), so that stays the first.
    created_at: new Date(at(addDays(h.startOn, -7))),
    updated_at: new Date(at(h.startOn)),
  }));
  for (const rows of chunks(proposals)) await db.insertInto("proposals").values(rows).execute();
  const events = history.hires.flatMap((h) => [
    ...(h.madePermanentOn ? [{ kind: "made_permanent", date: h.madePermanentOn, h }] : []),
    ...(h.endedOn ? [{ kind: "ended", date: h.endedOn, h }] : []),
  ]);
  for (const rows of chunks(events)) {
    await db
      .insertInto("job_events")
      .values(
        rows.map((e) => ({
          proposal_id: e.h.id,
          candidate_id: e.h.personId,
          organisation_id: target.organisationId,
          kind: e.kind as "made_permanent" | "ended",
          effective_date: e.date,
          end_reason: e.kind === "ended" ? ("contract_end" as const) : null,
          by_role: "specialist",
          at: new Date(at(e.date)),
        })),
      )
      .execute();
  }
  const grants = history.hires.flatMap((h) =>
    h.grants.map((kind) => ({
      kind,
      organisation_id: target.organisationId,
      proposal_id: h.id,
      candidate_id: h.personId,
      status: "approved" as const,
      decided_at: new Date(at(h.startOn)),
      created_at: new Date(at(h.startOn)),
    })),
  );
  for (const rows of chunks(grants)) await db.insertInto("grant_applications").values(rows).execute();
}
