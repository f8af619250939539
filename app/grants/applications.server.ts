// Grant applications as the routes use them: the year's rates, the wizard per kind, the computed
// amounts, who the application is about (name only after consent), and notifications.
import { todayInOslo } from "~/domain/dates";
import type { FormValues } from "~/forms/wizard";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { loadRates } from "../../db/repositories/grants";
import { getNeed } from "../../db/repositories/wage-subsidy";
import { activeMemberIds, hasIdentityConsent, notify } from "../../db/repositories/matching";
import type { GrantKind } from "../../db/schema";
import { type GrantRates, ratesForYear } from "./calculation";
import { knownPercent } from "./wage.server";

/** The rates of the year the period starts in (this year until a start date is given). */
export async function ratesFor(answers: FormValues): Promise<GrantRates> {
  const start =
    typeof answers.startDate === "string" && /^\d{4}/.test(answers.startDate)
      ? Number(answers.startDate.slice(0, 4))
      : Number(todayInOslo().slice(0, 4));
  return ratesForYear(start, await loadRates(getDb()));
}

/** The name when the candidate has agreed to share it with this employer, else the pseudonym. */
export async function participantLabel(candidateId: string, organisationId: string, code: string): Promise<string> {
  const db = getDb();
  if (!(await hasIdentityConsent(db, candidateId, organisationId))) return code;
  const identity = await db
    .selectFrom("candidate_identities")
    .select("name")
    .where("candidate_id", "=", candidateId)
    .executeTakeFirst();
  return identity?.name ?? code;
}

/** Work trials and hires of the organisation: what an application can be for. */
export async function eligibleMatches(organisationId: string) {
  const rows = await getDb()
    .selectFrom("proposals as p")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select(["p.id", "p.candidate_id", "p.job_title", "p.status", "p.carved_job_id", "c.code"])
    .where("p.organisation_id", "=", organisationId)
    .where("p.status", "in", ["work_trial", "hired"])
    .orderBy("p.updated_at", "desc")
    .execute();
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      candidateId: r.candidate_id,
      job: r.job_title,
      hired: r.status === "hired",
      carvedJobId: r.carved_job_id,
      who: await participantLabel(r.candidate_id, organisationId, r.code),
    })),
  );
}

export async function notifySpecialists(
  officeId: string,
  specialistId: string | null,
  kind: GrantKind,
  organisationName: string,
  link: string,
): Promise<void> {
  const db = getDb();
  const recipients = specialistId
    ? [specialistId]
    : (
        await db
          .selectFrom("users")
          .select("id")
          .where("nav_office_id", "=", officeId)
          .where("role", "=", "specialist")
          .execute()
      ).map((u) => u.id);
  const text = texts.review.notifySubmitted(texts.grants.kinds[kind], organisationName);
  await notify(db, recipients, {
    kind: "grant",
    text,
    link,
    mail: { subject: text, body: texts.proposal.mailBody(text, link) },
  });
}

export async function notifyEmployer(
  organisationId: string,
  kind: GrantKind,
  status: keyof typeof texts.grants.statuses,
  link: string,
): Promise<void> {
  const db = getDb();
  const text = texts.review.notifyDecided(texts.grants.kinds[kind], texts.grants.statuses[status]);
  await notify(db, await activeMemberIds(db, organisationId), {
    kind: "grant",
    text,
    link,
    mail: { subject: text, body: texts.proposal.mailBody(text, link) },
  });
}

export { inclusionFigures, mentorFigures } from "./figures";

/**
 * What an application's figures are computed with: the rates of its saved answers' year, and for
 * lønnstilskudd the percentage as far as the employer may know it (the need stays on the server).
 */
export async function calculationContext(application: {
  kind: GrantKind;
  answers: unknown;
  candidate_id: string;
  decided_percent: string | number | null;
}): Promise<{ rates: GrantRates; wagePercent: number | null; need: Awaited<ReturnType<typeof getNeed>> | null }> {
  const answers = application.answers as FormValues;
  const need = application.kind === "wage" ? await getNeed(getDb(), application.candidate_id) : null;
  return {
    rates: await ratesFor(answers),
    wagePercent: application.kind === "wage" ? knownPercent(answers, need, application.decided_percent) : null,
    need,
  };
}
