// A few demo matches in different stages, so the inbox, the pipeline board and the follow-up plan
// have something to show: proposed, interested, and one hire (temporary) with overdue follow-ups.
import type { Kysely } from "kysely";
import { fitScore, toFitCandidate, toFitJob } from "../../app/matching/fit-score";
import { type JobForIndex, loadJobForIndex } from "../repositories/jobs";
import { createApplication, submitApplication } from "../repositories/grants";
import { createProposal, moveProposal } from "../repositories/matching";
import type { Database } from "../schema";

export async function seedDemoMatches(
  db: Kysely<Database>,
  options: { employerOrgName: string; officeName: string },
): Promise<number> {
  const office = await db
    .selectFrom("nav_offices")
    .select("id")
    .where("name", "=", options.officeName)
    .executeTakeFirst();
  const specialist = office
    ? await db
        .selectFrom("users")
        .select("id")
        .where("nav_office_id", "=", office.id)
        .where("role", "=", "specialist")
        .executeTakeFirst()
    : undefined;
  const org = await db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", options.employerOrgName)
    .executeTakeFirst();
  const employer = org
    ? await db
        .selectFrom("organisation_members")
        .select("user_id")
        .where("organisation_id", "=", org.id)
        .executeTakeFirst()
    : undefined;
  if (!office || !specialist || !org || !employer) return 0;
  const jobRow = await db
    .selectFrom("carved_jobs")
    .select("id")
    .where("organisation_id", "=", org.id)
    .where("status", "=", "open")
    .executeTakeFirst();
  const job: JobForIndex | undefined = jobRow ? await loadJobForIndex(db, jobRow.id) : undefined;
  if (!job) return 0;
  // Candidates of the office who consent to search and to being shown to employers.
  const candidates = await db
    .selectFrom("candidates")
    .innerJoin("candidate_profiles as p", "p.candidate_id", "candidates.id")
    .selectAll("p")
    .select("candidates.code")
    .where("candidates.office_id", "=", office.id)
    .where("candidates.user_id", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("consents as c")
          .select("c.id")
          .whereRef("c.candidate_id", "=", "candidates.id")
          .where("c.scope", "=", "employer_view")
          .where("c.withdrawn_at", "is", null)
          .where("c.expires_at", ">", new Date()),
      ),
    )
    .orderBy("candidates.code")
    .execute();
  const today = new Date().toISOString().slice(0, 10);
  // The demo proposes the three who fit the job best, as a specialist would.
  const best = candidates
    .map((c) => ({ c, score: fitScore(toFitCandidate(c), toFitJob(job), today).score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((x) => x.c);
  const plan: Array<Array<"interested" | "meeting" | "work_trial" | "hired">> = [
    [],
    ["interested"],
    ["interested", "meeting", "work_trial", "hired"],
  ];
  let count = 0;
  for (const [i, c] of best.entries()) {
    const fit = fitScore(toFitCandidate(c), toFitJob(job), today);
    const id = await createProposal(
      db,
      {
        candidateId: c.candidate_id,
        organisationId: org.id,
        carvedJobId: job.id,
        taskNeedId: null,
        jobTitle: job.title,
        specialistId: specialist.id,
        note: "Stabil og punktlig, trives med faste rutiner.",
        fit,
      },
      () => ({
        kind: "proposal",
        text: `Ny kandidat foreslått til «${job.title}»`,
        link: `/arbeidsgiver/${org.id}/forslag`,
      }),
    );
    for (const to of plan[i] ?? []) {
      const actor =
        to === "interested"
          ? { userId: employer.user_id, role: "employer" as const }
          : { userId: specialist.id, role: "specialist" as const };
      // The demo hire started 30 days ago, so its first follow-ups show as overdue.
      const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      const details =
        to === "interested"
          ? { answerReason: "good-fit" }
          : to === "hired"
            ? { hireForm: "temporary" as const, hireHours: job.hoursPerWeek, hireStart: start }
            : {};
      await moveProposal(db, id, to, actor, details, () => null);
    }
    // The hire comes with a mentor grant application waiting for the specialist's decision.
    if ((plan[i] ?? []).includes("hired"))
      await seedMentorApplication(db, {
        organisationId: org.id,
        proposalId: id,
        candidateId: c.candidate_id,
        employerId: employer.user_id,
      });
    count++;
  }
  return count;
}

/** The demo mentortilskudd answers (also the approved demo agreement in db/seed/refunds.ts). */
export function demoMentorAnswers(start: string, end: string) {
  return {
    contactName: "Kari Nilsen",
    contactPhone: "91234567",
    contactEmail: "kari.arbeidsgiver@demo.arbeidsbro.no",
    mentorName: "Tor Hansen",
    mentorPhone: "92345678",
    mentorTasks: "Lærer opp i kjøkkenrutinene, har en fast prat hver fredag og er den man spør.",
    familyTie: "no",
    familyTieExplanation: "",
    confidentiality: "on",
    startDate: start,
    endDate: end,
    extended: "no",
    extendedReason: "",
    followUp: "Ukentlig samtale med mentor, månedlig møte med jobbspesialist.",
    adaptation: "",
    hoursPerMonth: "20",
    payType: "monthly",
    payAmount: "48750",
    positionPercent: "100",
    holidayPayPercent: "12",
    otpPercent: "2",
    taxZone: "1",
    accountNumber: "12345678903",
  };
}

async function seedMentorApplication(
  db: Kysely<Database>,
  a: { organisationId: string; proposalId: string; candidateId: string; employerId: string },
) {
  const start = new Date().toISOString().slice(0, 10);
  const end = new Date(Date.now() + 150 * 86_400_000).toISOString().slice(0, 10);
  const answers = demoMentorAnswers(start, end);
  const id = await createApplication(db, { kind: "mentor", ...a, createdBy: a.employerId, answers });
  await submitApplication(db, id, { answers }, Number(start.slice(0, 4)));
}
