import { BodyShort, Heading, Link } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CandidateMatching } from "~/components/CandidateMatching";
import { loadCandidateMatching } from "~/matching/candidate-matching.server";
import { completeFollowUp, setStage } from "../../db/repositories/matching";
import { audit, isUuid, requireCandidateAccess, requireRole } from "~/auth/access.server";
import { consentViews, withdrawConsentAs } from "~/candidates/consent.server";
import { profileView } from "~/candidates/profile-view";
import { ConsentList } from "~/components/ConsentList";
import { ProfileFacts } from "~/components/ProfileFacts";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { getCandidateFull } from "../../db/repositories/candidates";
import { readForm } from "~/forms/read-form.server";
import { FollowupEnd } from "~/components/FollowupEnd";
import { followupEndAction, loadFollowupEnd } from "~/candidates/followup-end.server";

const t = texts.specialistCandidate;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.code ?? "") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, "specialist");
  const { user, candidate } = await requireCandidateAccess(request, context, params.id);
  const full = await getCandidateFull(getDb(), candidate.id);
  if (!full) throw new Response("Not found", { status: 404 });
  // Every look at a full profile (identity included) is in the audit trail; the candidate sees it.
  await audit(context, user, { action: "candidate.profile_viewed", subjectType: "candidate", subjectId: candidate.id });
  const url = new URL(request.url);
  return {
    code: full.code,
    identity: {
      name: full.identity.name,
      birthDate: formatDate(full.identity.birth_date),
      phone: full.identity.phone,
      email: full.identity.email,
      address: full.identity.address,
    },
    profile: profileView(full.profile, full.identity.birth_date),
    consents: consentViews(full.consents, new Map()),
    confirmId: url.searchParams.get("trekk"),
    notice: url.searchParams.has("trukket")
      ? texts.consent.withdrawnNotice
      : url.searchParams.has("ny")
        ? t.created(full.code)
        : url.searchParams.has("oppdatert")
          ? texts.editProfile.saved
          : url.searchParams.has("fase")
            ? texts.pipeline.stageSaved
            : url.searchParams.has("oppfolging")
              ? texts.pipeline.followUpDone
              : url.searchParams.has("avsluttet")
                ? texts.followupEnd.endedNotice
                : url.searchParams.has("gjenopptatt")
                  ? texts.followupEnd.reopenedNotice
                  : null,
    id: full.id,
    matching: await loadCandidateMatching(full.id, full.profile.euse_stage),
    followup: await loadFollowupEnd(full.id),
  };
}

const stageSchema = z.object({
  stage: z.coerce.number().int().min(1).max(5),
  reason: z
    .string({ message: texts.pipeline.stageReasonRequired })
    .trim()
    .min(3, texts.pipeline.stageReasonRequired)
    .max(300, texts.fieldLimits.tooLong(300)),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  await requireRole(request, context, "specialist");
  const { user, candidate } = await requireCandidateAccess(request, context, params.id);
  const form = await readForm(request);
  if (form.get("intent") === "stage") {
    const parsed = stageSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success)
      return data(
        { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined> },
        { status: 400 },
      );
    await setStage(getDb(), candidate.id, parsed.data.stage, user.id, parsed.data.reason);
    return redirect(`/spesialist/kandidater/${candidate.id}?fase=1`);
  }
  if (form.get("intent") === "followup") {
    const followUpId = String(form.get("followUpId") ?? "");
    if (!isUuid(followUpId) || !(await completeFollowUp(getDb(), candidate.id, followUpId, user.id, ""))) {
      throw new Response("Not found", { status: 404 });
    }
    return redirect(`/spesialist/kandidater/${candidate.id}?oppfolging=1`);
  }
  const followupResult = await followupEndAction(form, user, candidate.id);
  if (followupResult) return followupResult;
  if (form.get("intent") !== "withdraw") throw new Response("Bad request", { status: 400 });
  // Recorded on the candidate's behalf: the audit row names the specialist who did it.
  if (!(await withdrawConsentAs(context, user, candidate.id, String(form.get("consentId") ?? "")))) {
    throw new Response("Not found", { status: 404 });
  }
  return redirect(`/spesialist/kandidater/${candidate.id}?trukket=1`);
}

export default function CandidatePage() {
  const { id, code, identity, profile, consents, confirmId, notice, matching, followup } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading(code, identity.name)}
      </Heading>
      <section aria-labelledby="identity-heading" className="stack">
        <Heading level="2" size="large" id="identity-heading">
          {t.identity}
        </Heading>
        <BodyShort size="small">{t.identityNotice}</BodyShort>
        <dl className="facts">
          <dt>{t.name}</dt>
          <dd>{identity.name}</dd>
          <dt>{t.birthDate}</dt>
          <dd>{identity.birthDate}</dd>
          {identity.phone ? (
            <>
              <dt>{t.phone}</dt>
              <dd>{identity.phone}</dd>
            </>
          ) : null}
          {identity.email ? (
            <>
              <dt>{t.email}</dt>
              <dd>{identity.email}</dd>
            </>
          ) : null}
          {identity.address ? (
            <>
              <dt>{t.address}</dt>
              <dd>{identity.address}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="profile-heading" className="stack">
        <Heading level="2" size="large" id="profile-heading">
          {t.profileHeading}
        </Heading>
        <ProfileFacts profile={profile} />
        <Link href={`/spesialist/kandidater/${id}/profil`}>{texts.editProfile.link}</Link>
        <Link href={`/spesialist/kandidater/${id}/innsatsbehov`}>{texts.needs.link}</Link>
      </section>
      <CandidateMatching
        candidateId={id}
        data={matching}
        errors={actionData && "errors" in actionData ? actionData.errors : undefined}
      />
      <FollowupEnd
        followup={followup}
        errors={actionData && "followupErrors" in actionData ? actionData.followupErrors : undefined}
        values={actionData && "followupValues" in actionData ? actionData.followupValues : undefined}
      />
      <ConsentList consents={consents} confirmId={confirmId} notice={notice} reader="specialist" />
    </div>
  );
}
