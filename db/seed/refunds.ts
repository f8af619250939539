// Demo refusjon (issue 16): for Polarkjøkken AS's demo hire, a midlertidig lønnstilskudd at 40 %
// that started six months ago with a claim in every state (paid; paid 0 with a negative result
// carried on; open with NAV-refunded absence, so 12 months to claim; expired; sent and waiting in
// the specialist's queue; sent back with a reason; not yet), and an approved mentortilskudd with
// periods paid and to be paid. The deadline job then runs once, so the overview is filled on the
// first `npm start`.
import type { Kysely } from "kysely";
import { ratesForYear } from "../../app/grants/calculation";
import { mentorFigures } from "../../app/grants/figures";
import { addDays, addMonths } from "../../app/grants/periods";
import { type WageLine, calculateRefund, claimDeadline } from "../../app/grants/refund";
import { sumOfCosts, wagePlan } from "../../app/grants/wage-subsidy";
import { demoMentorAnswers } from "./matching";
import { demoHireOf } from "./wage-subsidy";
import { createApplication, decideApplication, loadRates, submitApplication } from "../repositories/grants";
import { approveClaim, returnClaim, runRefundDeadlines, saveClaim, sendClaim } from "../repositories/refunds";
import { setDecidedPercent, storePeriodPlan } from "../repositories/wage-subsidy";
import type { Database } from "../schema";

const RATES = { holidayPayPercent: 10.2, otpPercent: 2, employerTaxPercent: 14.1, percent: 40 };

export async function seedDemoRefunds(db: Kysely<Database>, options: { employerOrgName: string }): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const found = await demoHireOf(db, options.employerOrgName);
  if (!found) return;
  const { hire, employer } = found;
  const specialistId = hire.specialist_id;
  const employerId = employer.user_id;
  const base = { organisationId: hire.organisation_id, proposalId: hire.id, candidateId: hire.candidate_id };

  // Lønnstilskudd from the first of the month six months ago, 12 months.
  const start = `${addMonths(today, -6).slice(0, 7)}-01`;
  const endDate = addDays(addMonths(start, 12), -1);
  const answers = {
    wageKind: "midlertidig",
    startDate: start,
    endDate,
    jobTitle: hire.job_title,
    tasks: "Oppvask, klargjøring av grønnsaker og påfyll i kantina.",
    positionPercent: "100",
    daysPerWeek: "5",
    employmentType: "temporary",
    familyTie: "no",
    familyTieExplanation: "",
    monthlyWage: "40000",
    holidayPayPercent: "10.2",
    otpPercent: "2",
    taxZone: "1",
    purpose: "Gi tid til opplæring i de første månedene i jobb.",
    accountNumber: "12345678903",
  };
  const costs = sumOfCosts({ monthlyWageKr: 40_000, holidayPayPercent: 10.2, otpPercent: 2, employerTaxPercent: 14.1 });
  const plan = wagePlan("midlertidig", start, endDate, 40, costs.costsKr);
  const wageId = await createApplication(db, { kind: "wage", ...base, createdBy: employer.user_id, answers });
  await submitApplication(
    db,
    wageId,
    { answers, figures: { costs, monthlyKr: plan.monthlyKr } },
    Number(start.slice(0, 4)),
  );
  await decideApplication(db, wageId, {
    status: "approved",
    by: specialistId,
    reason: "Lønnstilskuddet gir tid til opplæring.",
    comments: {},
  });
  await db.updateTable("grant_applications").set({ decided_at: start }).where("id", "=", wageId).execute();
  await setDecidedPercent(db, wageId, 40);
  await storePeriodPlan(db, wageId, plan.periods);

  // Mentortilskudd from the first of the month two months ago, four months: paid as agreed.
  const mentorStart = `${addMonths(today, -2).slice(0, 7)}-01`;
  const mentorEnd = addDays(addMonths(mentorStart, 4), -1);
  const mentorAnswers = demoMentorAnswers(mentorStart, mentorEnd);
  const rates = ratesForYear(Number(mentorStart.slice(0, 4)), await loadRates(db));
  const mentorPlan = mentorFigures(mentorAnswers, rates)?.plan;
  const mentorId = await createApplication(db, {
    kind: "mentor",
    ...base,
    createdBy: employer.user_id,
    answers: mentorAnswers,
  });
  await submitApplication(db, mentorId, { answers: mentorAnswers }, Number(mentorStart.slice(0, 4)));
  await decideApplication(db, mentorId, {
    status: "approved",
    by: specialistId,
    reason: "Mentor gir trygg opplæring.",
    comments: {},
  });
  if (mentorPlan) await storePeriodPlan(db, mentorId, mentorPlan.periods);

  // Every claim made (not yet), then the six finished periods taken through their states.
  await runRefundDeadlines(db, start);
  const claims = await db
    .selectFrom("refund_claims as r")
    .innerJoin("grant_periods as gp", (j) =>
      j.onRef("gp.application_id", "=", "r.application_id").onRef("gp.seq", "=", "r.period_seq"),
    )
    .select(["r.id", "gp.end_date", "gp.amount_ore"])
    .where("r.application_id", "=", wageId)
    .orderBy("r.period_seq")
    .execute();
  const [paid, carried, absence, expired, sent, returned] = claims;
  if (!paid || !carried || !absence || !expired || !sent || !returned) return;

  async function fill(
    claim: { id: string; end_date: string; amount_ore: number },
    form: { fixed: number; holidayDeduction?: number; absenceAmount?: number },
  ) {
    await db.updateTable("refund_claims").set({ state: "ready" }).where("id", "=", claim.id).execute();
    const row = await db
      .selectFrom("refund_claims")
      .select("carried_in_kr")
      .where("id", "=", claim.id)
      .executeTakeFirstOrThrow();
    const lines: WageLine[] = [{ kind: "fixed", amountKr: form.fixed }];
    const values = {
      fixed: form.fixed,
      hourly: 0,
      fixedSupplement: 0,
      irregularSupplement: 0,
      other: 0,
      holidayDeduction: form.holidayDeduction ?? 0,
      absence: form.absenceAmount ? "yes" : "no",
      absenceAmount: form.absenceAmount ?? 0,
    };
    const calculation = calculateRefund({
      ...RATES,
      lines,
      holidayDeductionKr: values.holidayDeduction,
      absenceRefundKr: values.absenceAmount,
      agreedKr: Math.round(Number(claim.amount_ore) / 100),
      carriedInKr: row.carried_in_kr,
      fiveGLeftKr: null,
    });
    const saved = {
      form: values,
      calculation: calculation as unknown as Record<string, unknown>,
      absenceReported: Boolean(form.absenceAmount),
      deadline: claimDeadline({
        periodEnd: claim.end_date,
        absenceReported: Boolean(form.absenceAmount),
        extended: false,
      }),
    };
    await saveClaim(db, claim.id, employerId, saved);
    return { ...saved, claimedKr: calculation.payableKr, carriedOutKr: calculation.carriedOutKr };
  }

  await sendClaim(db, paid.id, employer.user_id, await fill(paid, { fixed: 40_000 }));
  await approveClaim(db, paid.id, specialistId);
  // A holiday deduction larger than the wages: nothing paid, the negative result carried on.
  await sendClaim(db, carried.id, employer.user_id, await fill(carried, { fixed: 10_000, holidayDeduction: 15_000 }));
  await approveClaim(db, carried.id, specialistId);
  // Sick leave refunded by NAV: calculated, not sent yet; 12 months to claim.
  await fill(absence, { fixed: 40_000, absenceAmount: 8_000 });
  await sendClaim(db, sent.id, employer.user_id, await fill(sent, { fixed: 40_000 }));
  await sendClaim(db, returned.id, employer.user_id, await fill(returned, { fixed: 52_000 }));
  await returnClaim(
    db,
    returned.id,
    specialistId,
    "Lønnen er høyere enn i avtalen. Kontroller beløpet mot lønnsslippen og send på nytt.",
  );
  // `expired` is left alone: the job opens it and finds its deadline passed.
  await runRefundDeadlines(db, today);
}
