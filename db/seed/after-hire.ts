// Demo hires at different points in their first year, so "Våre ansatte med oppfølging", the
// specialist's hire list and the conversations have something to show a newcomer: one started
// about four months ago (check-ins done, tapering, made permanent, a mentor named), one about
// seven months ago (hours changed, one check-in overdue), one that ended after five months (back
// to job finding), and a message each way on the first demo hire.
import type { Kysely } from "kysely";
import { addMessage, listCheckIns, markTapering, recordCheckIn, recordJobChange } from "../repositories/after-hire";
import { createProposal, moveProposal } from "../repositories/matching";
import { answerShareRequest, createShareRequest } from "../repositories/sharing";
import type { Database } from "../schema";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoHires(
  db: Kysely<Database>,
  options: { employerOrgName: string; officeName: string },
): Promise<number> {
  const org = await db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", options.employerOrgName)
    .executeTakeFirst();
  const office = await db
    .selectFrom("nav_offices")
    .select("id")
    .where("name", "=", options.officeName)
    .executeTakeFirst();
  if (!org || !office) return 0;
  const specialist = await db
    .selectFrom("users")
    .select("id")
    .where("nav_office_id", "=", office.id)
    .where("role", "=", "specialist")
    .executeTakeFirst();
  const employer = await db
    .selectFrom("organisation_members")
    .select("user_id")
    .where("organisation_id", "=", org.id)
    .executeTakeFirst();
  const job = await db
    .selectFrom("carved_jobs")
    .select(["id", "title", "hours_per_week"])
    .where("organisation_id", "=", org.id)
    .orderBy("created_at")
    .executeTakeFirst();
  if (!specialist || !employer || !job) return 0;
  // Consenting candidates of the office not proposed anywhere yet.
  const candidates = await db
    .selectFrom("candidates as c")
    .select("c.id")
    .where("c.office_id", "=", office.id)
    .where("c.user_id", "is", null)
    .where(({ exists, selectFrom, not }) =>
      not(exists(selectFrom("proposals as p").select("p.id").whereRef("p.candidate_id", "=", "c.id"))),
    )
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("consents as k")
          .select("k.id")
          .whereRef("k.candidate_id", "=", "c.id")
          .where("k.scope", "=", "employer_view")
          .where("k.withdrawn_at", "is", null),
      ),
    )
    .orderBy("c.code", "desc")
    .limit(3)
    .execute();
  const asSpecialist = { userId: specialist.id, role: "specialist" as const };
  const asEmployer = { userId: employer.user_id, role: "employer" as const };
  const hours = Number(job.hours_per_week);

  const plans = [
    { startedDaysAgo: 125, mentorName: "Tor Hansen" },
    { startedDaysAgo: 215, mentorName: undefined },
    { startedDaysAgo: 290, mentorName: undefined },
  ];
  let count = 0;
  for (const [i, c] of candidates.entries()) {
    const plan = plans[i];
    if (!plan) break;
    const id = await createProposal(
      db,
      {
        candidateId: c.id,
        organisationId: org.id,
        carvedJobId: job.id,
        taskNeedId: null,
        jobTitle: job.title,
        specialistId: specialist.id,
        note: "Stabil og punktlig, trives med faste rutiner.",
        fit: { score: 80, fits: ["timer", "arbeidsdager"], misfits: [] },
      },
      () => ({
        kind: "proposal",
        text: `Ny kandidat foreslått til «${job.title}»`,
        link: `/arbeidsgiver/${org.id}/forslag`,
      }),
    );
    await moveProposal(db, id, "interested", asEmployer, { answerReason: "good-fit" }, () => null);
    await moveProposal(db, id, "meeting", asSpecialist, {}, () => null);
    await moveProposal(
      db,
      id,
      "hired",
      asSpecialist,
      { hireForm: "temporary", hireHours: hours, hireStart: daysAgo(plan.startedDaysAgo), mentorName: plan.mentorName },
      () => null,
    );
    // The candidate agreed to let the employer know who they are.
    // The candidate said yes to sharing their name with this employer, in a meeting.
    const requestId = await createShareRequest(db, {
      proposalId: id,
      candidateId: c.id,
      organisationId: org.id,
      requestedBy: specialist.id,
    });
    await answerShareRequest(db, {
      requestId,
      candidateId: c.id,
      accept: true,
      answeredBy: specialist.id,
      onBehalfReason: "Svarte ja i oppfølgingsmøtet.",
    });
    const checkIns = await listCheckIns(db, id);
    const past = checkIns.filter((k) => k.due_date < daysAgo(0));
    if (i === 0) {
      for (const k of past) await recordCheckIn(db, id, k.id, specialist.id, "Trives godt; fortsetter som avtalt.");
      await recordJobChange(db, id, { kind: "made_permanent", date: daysAgo(20) }, asEmployer);
      await markTapering(db, id);
    } else if (i === 1) {
      // The last check-in is left undone: it shows as overdue to both.
      for (const k of past.slice(0, -1)) await recordCheckIn(db, id, k.id, specialist.id, "Går bra.");
      await recordJobChange(
        db,
        id,
        { kind: "hours_changed", date: daysAgo(60), hours: Math.min(40, hours + 5) },
        asEmployer,
      );
    } else {
      for (const k of past.slice(0, 2)) await recordCheckIn(db, id, k.id, specialist.id, "Krevende periode.");
      await moveProposal(
        db,
        id,
        "ended",
        asSpecialist,
        { jobEnd: { reason: "contract_end", date: daysAgo(140) }, endReason: "Kontrakten løp ut" },
        () => null,
      );
    }
    count++;
  }

  // A message each way on the first demo hire (the one the README describes).
  const demoHire = await db
    .selectFrom("proposals")
    .select("id")
    .where("organisation_id", "=", org.id)
    .where("status", "=", "hired")
    .orderBy("created_at")
    .executeTakeFirst();
  if (demoHire) {
    const notice = {
      kind: "message",
      text: `Ny melding om «${job.title}»`,
      link: `/arbeidsgiver/${org.id}/samtaler/${demoHire.id}`,
    };
    await addMessage(
      db,
      {
        proposalId: demoHire.id,
        authorId: specialist.id,
        role: "specialist",
        body: "Hei! Hvordan har første måneden gått? Jeg kommer gjerne innom neste uke.",
      },
      [employer.user_id],
      notice,
    );
    await addMessage(
      db,
      {
        proposalId: demoHire.id,
        authorId: employer.user_id,
        role: "employer",
        body: "Det går fint. Tirsdag formiddag passer godt for oss.",
      },
      [specialist.id],
      notice,
    );
  }
  return count;
}
