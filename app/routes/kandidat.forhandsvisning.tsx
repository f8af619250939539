import { Alert, BodyShort, Heading } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { hireDetails } from "~/afterhire/hires.server";
import { requireRole } from "~/auth/access.server";
import { employerProfileView } from "~/candidates/profile-view";
import { CheckIns, FollowUpPlan } from "~/components/HireDetails";
import { ProfileFacts } from "~/components/ProfileFacts";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listCandidateHires } from "../../db/repositories/after-hire";
import { findCandidateByUser, getCandidateFull } from "../../db/repositories/candidates";

const t = texts.employerPreview;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const db = getDb();
  const own = await findCandidateByUser(db, user.id);
  const candidate = own ? await getCandidateFull(db, own.id) : undefined;
  if (!candidate) return { profile: null, shown: false, hires: [] };
  const now = new Date();
  const live = (scope: string) =>
    candidate.consents.some((c) => c.scope === scope && !c.withdrawn_at && c.expires_at > now);
  const hires = await listCandidateHires(db, candidate.id);
  return {
    // The same function and component an employer's proposal page uses: exactly what they see.
    profile: employerProfileView(candidate.profile, candidate.identity.birth_date, now),
    shown: live("employer_view") && live("search"),
    hires: await Promise.all(
      hires.map(async (h) => {
        const details = await hireDetails(h);
        return {
          id: h.id,
          job: t.jobAt(h.job_title, h.organisation_name),
          start: h.hire_start ? t.startedOn(formatDate(h.hire_start)) : "",
          plan: details.plan,
          // The candidate sees the dates and how each stands, not what the others wrote.
          checkIns: details.checkIns.map((c) => ({
            ...c,
            employerView: null,
            employerViewBy: null,
            summary: null,
            doneBy: null,
          })),
        };
      }),
    ),
  };
}

export default function EmployerPreview() {
  const { profile, shown, hires } = useLoaderData<typeof loader>();
  return (
    <div className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {profile ? (
        <section aria-labelledby="preview-heading" className="stack">
          <Heading level="2" size="large" id="preview-heading">
            {t.profileHeading}
          </Heading>
          <BodyShort>{t.intro}</BodyShort>
          {shown ? null : (
            <Alert variant="info" size="small">
              {t.notShown}
            </Alert>
          )}
          <div>
            <ProfileFacts profile={profile} />
          </div>
        </section>
      ) : (
        <BodyShort>{t.noProfile}</BodyShort>
      )}
      <section aria-labelledby="followup-heading" className="stack">
        <Heading level="2" size="large" id="followup-heading">
          {t.followUpHeading}
        </Heading>
        {hires.length === 0 ? <BodyShort>{t.followUpNone}</BodyShort> : null}
        {hires.map((h) => (
          <div key={h.id} className="stack">
            <BodyShort weight="semibold">{h.job}</BodyShort>
            <BodyShort>{h.start}</BodyShort>
            <CheckIns checkIns={h.checkIns} level="3" />
            <FollowUpPlan plan={h.plan} level="3" />
          </div>
        ))}
      </section>
    </div>
  );
}
