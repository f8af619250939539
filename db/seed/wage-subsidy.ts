// Demo lønnstilskudd: the hired demo candidate's need is recorded (situasjonsbestemt innsats), and
// a midlertidig lønnstilskudd at 40 % for the hire is approved with its period plan stored; it
// steps down to 30 % six months after the start, inside the period.
import type { Kysely } from "kysely";
import { addDays, addMonths } from "../../app/grants/periods";
import { sumOfCosts, wagePlan } from "../../app/grants/wage-subsidy";
import { createApplication, decideApplication, submitApplication } from "../repositories/grants";
import { recordNeed, setDecidedPercent, storePeriodPlan } from "../repositories/wage-subsidy";
import type { Database } from "../schema";

/** The organisation's first demo hire (its candidate's specialist) and an employer member, or null. */
export async function demoHireOf(db: Kysely<Database>, employerOrgName: string) {
  const hire = await db
    .selectFrom("proposals as p")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .innerJoin("candidates as c", "c.id", "p.candidate_id")
    .select(["p.id", "p.candidate_id", "p.organisation_id", "p.job_title", "c.specialist_id"])
    .where("o.name", "=", employerOrgName)
    .where("p.status", "=", "hired")
    .orderBy("p.created_at")
    .executeTakeFirst();
  const employer = await db
    .selectFrom("organisation_members as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select("m.user_id")
    .where("o.name", "=", employerOrgName)
    .executeTakeFirst();
  return hire && employer && hire.specialist_id
    ? { hire: { ...hire, specialist_id: hire.specialist_id }, employer }
    : null;
}

export async function seedDemoWageSubsidy(db: Kysely<Database>, options: { employerOrgName: string }): Promise<void> {
  const found = await demoHireOf(db, options.employerOrgName);
  if (!found) return;
  const { hire, employer } = found;
  await recordNeed(db, hire.candidate_id, "situasjonsbestemt", hire.specialist_id);
  // Started 30 days ago, like the hire; 12 months, the longest for situasjonsbestemt innsats.
  const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const end = addDays(addMonths(start, 12), -1);
  const answers = {
    wageKind: "midlertidig",
    startDate: start,
    endDate: end,
    jobTitle: hire.job_title,
    tasks: "Oppvask, klargjøring av grønnsaker og påfyll i kantina.",
    positionPercent: "60",
    daysPerWeek: "3",
    employmentType: "temporary",
    familyTie: "no",
    familyTieExplanation: "",
    monthlyWage: "24000",
    holidayPayPercent: "12",
    otpPercent: "2",
    taxZone: "1",
    purpose: "Gi tid til opplæring og tilrettelegging i de første månedene i jobb.",
    accountNumber: "12345678903",
  };
  const costs = sumOfCosts({ monthlyWageKr: 24_000, holidayPayPercent: 12, otpPercent: 2, employerTaxPercent: 14.1 });
  const plan = wagePlan("midlertidig", start, end, 40, costs.costsKr);
  const id = await createApplication(db, {
    kind: "wage",
    organisationId: hire.organisation_id,
    proposalId: hire.id,
    candidateId: hire.candidate_id,
    createdBy: employer.user_id,
    answers,
  });
  await submitApplication(
    db,
    id,
    { answers, figures: { costs, monthlyKr: plan.monthlyKr } },
    Number(start.slice(0, 4)),
  );
  await decideApplication(db, id, {
    status: "approved",
    by: hire.specialist_id,
    reason: "Lønnstilskuddet gir tid til opplæring. Det trappes ned til 30 % etter seks måneder.",
    comments: {},
  });
  await setDecidedPercent(db, id, 40);
  await storePeriodPlan(db, id, plan.periods);
}
