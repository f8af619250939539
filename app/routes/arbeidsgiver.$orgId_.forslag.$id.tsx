import { BodyShort, Button, Heading, Link, Radio, RadioGroup, Select, Tag, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { audit } from "~/auth/access.server";
import { employerProfileView } from "~/candidates/profile-view";
import { FitExplanation } from "~/components/FitExplanation";
import { ProfileFacts } from "~/components/ProfileFacts";
import { EndMatchForm, MoveAlerts } from "~/components/ProposalActions";
import { ProposalHistory, historyRows } from "~/components/ProposalHistory";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { allowedMoves } from "~/matching/pipeline";
import { identityForEmployer, move, proposalForOrganisation } from "~/matching/proposals.server";
import { getDb } from "~/services.server";
import { echoValues } from "~/forms/echo";
import * as texts from "~/texts";
import { listProposalEvents, setMaybeLater } from "../../db/repositories/matching";
import { latestShareRequest } from "../../db/repositories/sharing";
import { shareRequestView } from "~/candidates/share-requests.server";
import { isDeclineReason } from "~/matching/decline";
import { readForm } from "~/forms/read-form.server";
import { serverRendered } from "~/page-scripts";

const t = texts.proposal;
const reasonIds = Object.keys(t.reasons) as [string, ...string[]];

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: t.title(data?.code ?? "", data?.jobTitle ?? "") },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const proposal = await proposalForOrganisation(organisationId, idParam(params.id));
  if (!proposal) notFound();
  const db = getDb();
  const row = await db
    .selectFrom("candidate_profiles as p")
    .innerJoin("candidate_identities as i", "i.candidate_id", "p.candidate_id")
    .selectAll("p")
    .select("i.birth_date")
    .where("p.candidate_id", "=", proposal.candidate_id)
    .executeTakeFirstOrThrow();
  // The employer's look at the profile is in the trail the candidate can read.
  await audit(context, user, {
    action: "candidate.profile_viewed",
    subjectType: "candidate",
    subjectId: proposal.candidate_id,
    organisationId,
  });
  const identity = await identityForEmployer(context, user, proposal);
  return {
    code: proposal.code,
    jobTitle: proposal.job_title,
    status: proposal.status,
    note: proposal.note,
    fit: { score: proposal.fit_score, fits: proposal.fit_fits, misfits: proposal.fit_misfits },
    specialist: proposal.specialist_name,
    // An age band, never the birth date, and no EUSE stage; the identity only after consent.
    profile: employerProfileView(row, row.birth_date),
    identity,
    // Only the state: never who answered or why.
    shareState: shareRequestView(await latestShareRequest(db, proposal.id))?.state ?? null,
    declined: proposal.status === "declined",
    maybeLater: proposal.maybe_later,
    // A hire ends as a job end with a reason from the list, on the hire's own page.
    moves: allowedMoves(proposal.status, "employer").filter((m) => !(proposal.status === "hired" && m === "ended")),
    conversationLink: `/arbeidsgiver/${organisationId}/samtaler/${proposal.id}`,
    hireLink:
      proposal.status === "hired" || (proposal.status === "ended" && proposal.hire_start)
        ? `/arbeidsgiver/${organisationId}/ansatte/${proposal.id}`
        : null,
    grantsLink:
      proposal.status === "work_trial" || proposal.status === "hired"
        ? `/arbeidsgiver/${organisationId}/tilskudd`
        : null,
    history: historyRows(await listProposalEvents(db, proposal.id)),
  };
}

const answerSchema = z
  .object({
    answer: z.enum(["interested", "declined"], { message: t.answer }),
    reason: z.enum(reasonIds, { message: t.reasonRequired }),
    comment: z.string().trim().max(500).optional(),
  })
  // A no needs one of the reasons the candidate has a kind message for.
  .refine((a) => a.answer !== "declined" || isDeclineReason(a.reason), {
    path: ["reason"],
    message: texts.declines.declineReasonRequired,
  });
const endSchema = z.object({
  endReason: z
    .string({ message: t.endReasonRequired })
    .trim()
    .min(3, t.endReasonRequired)
    .max(500, texts.fieldLimits.tooLong(500)),
});

type Errors = Record<string, string[] | undefined>;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const proposal = await proposalForOrganisation(organisationId, idParam(params.id));
  if (!proposal) notFound();
  const form = Object.fromEntries(await readForm(request));
  // Sent back with an error or a refusal: each value no longer than its field allows.
  const echo = echoValues(form, answerSchema, endSchema);
  const origin = new URL(request.url).origin;
  const invalid = (errors: Errors) => data({ notice: null, refused: null, errors, values: echo }, { status: 400 });
  const outcome = (ok: boolean, notice: string) =>
    ok
      ? data({ notice, refused: null, errors: {} as Errors, values: {} })
      : data({ notice: null, refused: texts.form.conflict, errors: {} as Errors, values: echo }, { status: 409 });

  if (form.intent === "answer") {
    const parsed = answerSchema.safeParse(form);
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors as Errors);
    const { answer, reason, comment } = parsed.data;
    const label = t.reasons[reason as keyof typeof t.reasons];
    return outcome(
      await move(
        user,
        "employer",
        proposal,
        answer,
        { answerReason: reason, answerComment: comment, note: label },
        origin,
      ),
      t.answered,
    );
  }
  if (form.intent === "end") {
    const parsed = endSchema.safeParse(form);
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors as Errors);
    return outcome(await move(user, "employer", proposal, "ended", parsed.data, origin), t.moved);
  }
  if (form.intent === "maybe-later" || form.intent === "not-maybe-later") {
    const on = form.intent === "maybe-later";
    return outcome(
      await setMaybeLater(getDb(), organisationId, proposal.id, on),
      on ? texts.declines.maybeLaterSaved : texts.declines.maybeLaterRemoved,
    );
  }
  if (form.intent === "meeting") return outcome(await move(user, "employer", proposal, "meeting", {}, origin), t.moved);
  return invalid({ intent: [texts.errors.badRequestTitle] });
}

export default function EmployerProposal() {
  const p = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const values = (result?.values ?? {}) as Record<string, string>;
  const err = (name: string) => errors[name]?.join(" ");
  return (
    <div className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {t.heading(p.identity ? `${p.identity.name} (${p.code})` : p.code, p.jobTitle)}
      </Heading>
      <div>
        <Tag size="small" variant="info">
          {`${t.status}: ${t.statuses[p.status]}`}
        </Tag>
      </div>
      <MoveAlerts notice={result?.notice} refused={result?.refused} />
      {p.grantsLink ? <Link href={p.grantsLink}>{texts.grants.startMentor}</Link> : null}
      <Link href={p.conversationLink}>{texts.afterHire.conversationLink}</Link>
      {p.hireLink ? <Link href={p.hireLink}>{texts.afterHire.hireLink}</Link> : null}
      <section aria-labelledby="identity-heading" className="stack">
        <Heading level="2" size="medium" id="identity-heading">
          {t.identityHeading}
        </Heading>
        {p.identity ? (
          <>
            <BodyShort>{t.identityShared}</BodyShort>
            <dl className="facts">
              <dt>{t.name}</dt>
              <dd>{p.identity.name}</dd>
              {p.identity.phone ? (
                <>
                  <dt>{t.phone}</dt>
                  <dd>{p.identity.phone}</dd>
                </>
              ) : null}
              {p.identity.email ? (
                <>
                  <dt>{t.email}</dt>
                  <dd>{p.identity.email}</dd>
                </>
              ) : null}
            </dl>
          </>
        ) : (
          <BodyShort>
            {p.shareState === "pending"
              ? texts.sharing.waiting
              : p.shareState === "declined"
                ? texts.sharing.declinedForEmployer
                : p.shareState === "expired"
                  ? texts.sharing.expiredForEmployer
                  : t.identityHidden}
          </BodyShort>
        )}
      </section>
      {p.declined ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value={p.maybeLater ? "not-maybe-later" : "maybe-later"} />
          <BodyShort>{texts.declines.maybeLaterHelp}</BodyShort>
          <div>
            <Button type="submit" variant="secondary">
              {p.maybeLater ? texts.declines.maybeLaterRemove : texts.declines.maybeLater}
            </Button>
          </div>
        </Form>
      ) : null}
      <section aria-labelledby="fit-heading" className="stack">
        <Heading level="2" size="medium" id="fit-heading">
          {t.fitHeading}
        </Heading>
        <FitExplanation {...p.fit} />
        <BodyShort>
          <strong>{`${t.noteFromSpecialist}${p.specialist ? ` (${p.specialist})` : ""}:`}</strong> {p.note}
        </BodyShort>
      </section>
      <section aria-labelledby="profile-heading" className="stack">
        <Heading level="2" size="medium" id="profile-heading">
          {t.profileHeading}
        </Heading>
        <ProfileFacts profile={p.profile} />
      </section>
      {p.moves.includes("interested") ? (
        <Form method="post" className="stack narrow" aria-labelledby="answer-heading">
          <Heading level="2" size="medium" id="answer-heading">
            {t.answerHeading}
          </Heading>
          <input type="hidden" name="intent" value="answer" />
          <RadioGroup legend={t.answer} name="answer" error={err("answer")} defaultValue={values.answer}>
            <Radio value="interested">{t.answerInterested}</Radio>
            <Radio value="declined">{t.answerDeclined}</Radio>
          </RadioGroup>
          <Select label={t.reason} name="reason" error={err("reason")} defaultValue={values.reason ?? ""}>
            <option value="">{texts.form.choose}</option>
            {Object.entries(t.reasons).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
          <Textarea label={t.comment} name="comment" maxLength={500} defaultValue={values.comment} />
          <div>
            <Button type="submit">{t.sendAnswer}</Button>
          </div>
        </Form>
      ) : null}
      {p.moves.includes("meeting") ? (
        <Form method="post">
          <input type="hidden" name="intent" value="meeting" />
          <Button type="submit" variant="secondary">
            {t.toMeeting}
          </Button>
        </Form>
      ) : null}
      {p.moves.includes("ended") ? <EndMatchForm level="2" error={err("endReason")} value={values.endReason} /> : null}
      <ProposalHistory rows={p.history} />
    </div>
  );
}
