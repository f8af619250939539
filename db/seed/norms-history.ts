// A realistic history for the norms dashboard: people starting with specialists, first employer
// contacts, hires (temporary or permanent, with or without lønnstilskudd and mentor), made
// permanent, ended. Made as the pure model of app/norms/figures.ts, then written to the event
// tables in a few bulk inserts. Used by the demo data and by tests/integration/norms.test.ts.
import type { Kysely } from "kysely";
import { type GrantKind, type NormHire, type NormPerson, addDays } from "../../app/norms/figures";
import { daysBetween } from "../../app/domain/retention";
import type { Database, FollowupEndReason, ProposalStatus } from "../schema";
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
  const span = daysBetween(options.from, options.asOf);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)] as T;
  const people: NormPerson[] = [];
  const hires: NormHire[] = [];
  const uuid = (n: number, kind: string) =>
    `${kind}${(options.idPrefix ?? "0").padStart(7, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}`;
  for (let i = 0; i < options.people; i++) {
    const startedOn = addDays(options.from, Math.floor(rnd() * span));
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
    // Follow-up ends (the specialist ends it; insertHistory anonymises some who never got work
    // instead): some who never got work leave after 18 months; most who are still in work are
    // followed for a year or so after the hire; two in three who left their job some months later
    // (chosen without a random draw, so everyone else's history stays as it was).
    const last = hires.at(-1);
    let end: string | null = null;
    if (last?.personId !== person.id) {
      if (rnd() < 0.75) end = addDays(startedOn, 240 + Math.floor(rnd() * 360));
    } else if (last.endedOn === null && rnd() < 0.85) {
      end = addDays(last.startOn, 150 + Math.floor(rnd() * 240));
    } else if (last.endedOn !== null && i % 3 !== 0) {
      end = addDays(last.endedOn, 60 + ((i * 37) % 240));
    }
    if (end !== null && end <= options.asOf) person.endedOn = end;
  }
  return { people, hires };
}

const at = (date: string) => `${date}T10:00:00Z`;

const otherReasons: FollowupEndReason[] = ["declined", "moved", "other_measure", "other"];

/**
 * How a person's follow-up ended in the database: mostly ended by the specialist, with a reason ("in
 * work" when a job is running on the day); one in four who never got work anonymised instead.
 * Either way figures.ts reads it as the person's endedOn.
 */
function followupEnd(
  p: NormPerson,
  own: NormHire[],
): { followup_ended_on: string | null; followup_end_reason: FollowupEndReason | null; anonymised_at: Date | null } {
  const n = Number.parseInt(p.id.slice(-6), 10);
  const none = { followup_ended_on: null, followup_end_reason: null, anonymised_at: null };
  if (p.endedOn === null) return none;
  const ended = p.endedOn;
  if (own.length === 0 && n % 4 === 0) return { ...none, anonymised_at: new Date(at(ended)) };
  const working = own.some((h) => h.startOn <= ended && (h.endedOn === null || h.endedOn > ended));
  return {
    followup_ended_on: ended,
    followup_end_reason: working ? "in_work" : (otherReasons[n % otherReasons.length] as FollowupEndReason),
    anonymised_at: null,
  };
}

/** Writes a history for one office and one employer organisation in a few bulk inserts. */
export async function insertHistory(
  db: Kysely<Database>,
  target: { officeId: string; organisationIds: string[]; codePrefix: string },
  history: History,
): Promise<void> {
  const chunks = <T>(rows: T[], size = 2000) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const hiresOf = new Map<string, NormHire[]>();
  for (const h of history.hires) hiresOf.set(h.personId, [...(hiresOf.get(h.personId) ?? []), h]);
  for (const rows of chunks(history.people)) {
    await db
      .insertInto("candidates")
      .values(
        rows.map((p) => ({
          id: p.id,
          code: `${target.codePrefix}-${p.id.slice(-6)}`,
          office_id: target.officeId,
          specialist_id: p.specialistId,
          started_on: p.startedOn,
          ...followupEnd(p, hiresOf.get(p.id) ?? []),
        })),
      )
      .execute();
  }
  // Spread over the employers given, the same one for a person's contact and first hire.
  const orgOf = (id: string) =>
    target.organisationIds[Number.parseInt(id.slice(-6), 10) % target.organisationIds.length] as string;
  // The first employer contact: a proposal the employer declined, unless it is the hire itself.
  const contacts = history.people
    .filter((p) => p.firstContactOn !== null)
    .map((p) => ({
      candidate_id: p.id,
      organisation_id: orgOf(p.id),
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
    organisation_id: orgOf(h.personId),
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
          organisation_id: orgOf(e.h.personId),
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
      organisation_id: orgOf(h.personId),
      proposal_id: h.id,
      candidate_id: h.personId,
      status: "approved" as const,
      decided_at: new Date(at(h.startOn)),
      created_at: new Date(at(h.startOn)),
    })),
  );
  for (const rows of chunks(grants)) await db.insertInto("grant_applications").values(rows).execute();
}

/**
 * Demo history (2¾ years) for NAV Tromsø (Per and three colleagues) and NAV Harstad (Siri and
 * one colleague), so the norms dashboard tells a story on the first `npm start`. The people are
 * registered now (so they never come first in "the oldest row" of anything) with their real start
 * in started_on, and without identity or profile: past cases, not people to match today. Their
 * employers are the offices' demo employers other than the two the demo users belong to.
 */
export async function seedDemoHistory(
  db: Kysely<Database>,
  options: {
    asOf: string;
    offices: Array<{
      name: string;
      specialistEmails: string[];
      colleagues: string[];
      seed: number;
      codePrefix: string;
    }>;
    skipOrganisations: string[];
  },
): Promise<void> {
  for (const office of options.offices) {
    const o = await db.selectFrom("nav_offices").select("id").where("name", "=", office.name).executeTakeFirstOrThrow();
    const colleagues = office.colleagues.length
      ? await db
          .insertInto("users")
          .values(
            office.colleagues.map((name) => ({
              email: `${name
                .toLowerCase()
                .replaceAll(" ", ".")
                .normalize("NFD")
                .replace(/[^a-z.]/g, "")}@demo.arbeidsbro.no`,
              name,
              role: "specialist" as const,
              nav_office_id: o.id,
            })),
          )
          .returning("id")
          .execute()
      : [];
    const named = await db.selectFrom("users").select("id").where("email", "in", office.specialistEmails).execute();
    const specialistIds = [...named, ...colleagues].map((u) => u.id);
    const organisations = await db
      .selectFrom("organisations")
      .select("id")
      .where("nav_office_id", "=", o.id)
      .where("name", "not in", options.skipOrganisations)
      .orderBy("name")
      .execute();
    if (organisations.length === 0 || specialistIds.length === 0) continue;
    const history = generateHistory({
      specialistIds,
      people: specialistIds.length * 38,
      from: addDays(options.asOf, -1000),
      asOf: options.asOf,
      seed: office.seed,
      idPrefix: String(office.seed),
    });
    await insertHistory(
      db,
      { officeId: o.id, organisationIds: organisations.map((x) => x.id), codePrefix: office.codePrefix },
      history,
    );
  }
}
