// Rows the refund specs make for themselves (never the shared demo claims, which other specs may
// change): an approved midlertidig lønnstilskudd at 40 % for the demo hire of Polarkjøkken AS
// (a NAV Tromsø candidate), with one period last calendar month and its claim open to send.
import { claimDeadline } from "../../app/grants/refund";
import { addDays, lastDayOfMonth } from "../../app/grants/periods";
import { inDays, queryOneE2e } from "./support";

export interface MadeClaim {
  claimId: string;
  applicationId: string;
  start: string;
  end: string;
}

export async function makeReadyClaim(organisationId: string, agreedKr = 30_000): Promise<MadeClaim> {
  const hire = await queryOneE2e<{ id: string; candidate_id: string }>(
    "select id, candidate_id from proposals where organisation_id = $1 and status = 'hired' order by created_at, id limit 1",
    [organisationId],
  );
  const today = inDays(0);
  const end = addDays(`${today.slice(0, 7)}-01`, -1);
  const start = `${end.slice(0, 7)}-01`;
  const answers = JSON.stringify({
    wageKind: "midlertidig",
    startDate: start,
    endDate: lastDayOfMonth(addDays(end, 200)),
    holidayPayPercent: "10.2",
    otpPercent: "2",
    taxZone: "1",
    monthlyWage: "40000",
  });
  const application = await queryOneE2e<{ id: string }>(
    `insert into grant_applications
       (kind, organisation_id, proposal_id, candidate_id, status, answers, submitted, rates_year,
        submitted_at, decided_at, decision_reason, decided_percent)
     values ('wage', $1, $2, $3, 'approved', $4::jsonb, jsonb_build_object('answers', $4::jsonb), $5,
        now() - interval '60 days', now() - interval '50 days', 'Innvilget for refusjonstesten.', 40)
     returning id`,
    [organisationId, hire.id, hire.candidate_id, answers, Number(start.slice(0, 4))],
  );
  await queryOneE2e(
    `insert into grant_periods (application_id, seq, start_date, end_date, percent, amount_ore)
     values ($1, 0, $2, $3, 40, $4) returning seq`,
    [application.id, start, end, agreedKr * 100],
  );
  const claim = await queryOneE2e<{ id: string }>(
    `insert into refund_claims (application_id, period_seq, kind, state, deadline)
     values ($1, 0, 'wage', 'ready', $2) returning id`,
    [application.id, claimDeadline({ periodEnd: end, absenceReported: false, extended: false })],
  );
  return { claimId: claim.id, applicationId: application.id, start, end };
}
