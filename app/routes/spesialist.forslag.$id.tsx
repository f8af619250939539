import { formatDateForField } from "~/format";
import { Alert, BodyShort, Button, Heading, Radio, RadioGroup, Tag, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { audit, requireRole } from "~/auth/access.server";
import { FitExplanation } from "~/components/FitExplanation";
import { EndMatchForm, MoveAlerts } from "~/components/ProposalActions";
import { ProposalHistory, historyRows } from "~/components/ProposalHistory";
import { idParam, notFound } from "~/jobs/access.server";
import { parseHours } from "~/jobs/rules";
import { allowedMoves, finalStatuses } from "~/matching/pipeline";
import { hire, move, proposalForOffice } from "~/matching/proposals.server";
import { getDb } from "~/services.server";
import { guardFreeText } from "~/domain/free-text-guard";
import { echoValues } from "~/forms/echo";
import * as texts from "~/texts";
import { hasIdentityConsent, listProposalEvents } from "../../db/repositories/matching";
import {
  ProposalClosedError,
  ShareRequestPendingError,
  createShareRequest,
  latestShareRequest,
  pendingShareRequest,
} from "../../db/repositories/sharing";
import { ShareRequestStatus } from "~/components/ShareRequestStatus";
import { answerShareRequestAs, shareRequestView } from "~/candidates/share-requests.server";
import { MAX_SHARE_REQUEST_DAYS, MIN_SHARE_REQUEST_DAYS, SHARE_REQUEST_DAYS } from "~/candidates/share-request-rules";
import { readForm } from "~/forms/read-form.server";
import { blankToUndefined, dateField } from "~/forms/fields";

const t = texts.proposal;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: t.title(data?.code ?? "", data?.jobTitle ?? "") },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const proposal = await proposalForOffice(user.navOfficeId, idParam(params.id));
  if (!proposal) notFound();
  const db = getDb();
  const identity = await db
    .selectFrom("candidate_identities")
    .select("name")
    .where("candidate_id", "=", proposal.candidate_id)
    .executeTakeFirstOrThrow();
  return {
    id: proposal.id,
    candidateId: proposal.candidate_id,
    code: proposal.code,
    name: identity.name,
    jobTitle: proposal.job_title,
    organisationName: proposal.organisation_name,
    status: proposal.status,
    note: proposal.note,
    fit: { score: proposal.fit_score, fits: proposal.fit_fits, misfits: proposal.fit_misfits },
    // The employer's answer (reason and comment); after a no it is shown once, with the way on.
    answer: proposal.answer_reason
      ? [t.reasons[proposal.answer_reason as keyof typeof t.reasons] ?? proposal.answer_reason, proposal.answer_comment]
          .filter(Boolean)
          .join(" – ")
      : null,
    declined: proposal.status === "declined",
    identityShared: await hasIdentityConsent(db, proposal.candidate_id, proposal.organisation_id),
    shareRequest: shareRequestView(await latestShareRequest(db, proposal.id)),
    // Nothing can be asked (or answered) for a closed proposal.
    closed: finalStatuses.includes(proposal.status),
    // A hire ends as a job end with a reason from the list, on the hire's own page.
    moves: allowedMoves(proposal.status, "specialist").filter((m) => !(proposal.status === "hired" && m === "ended")),
    hireLink: proposal.hire_start ? `/spesialist/ansettelser/${proposal.id}` : null,
    history: historyRows(await listProposalEvents(db, proposal.id)),
    created: new URL(request.url).searchParams.has("ny"),
  };
}

const hireSchema = z.object({
  hireForm: z.enum(["temporary", "permanent"], { message: texts.jobForm.errors.employmentForm }),
  hireHours: z.preprocess(
    (v) => parseHours(v),
    z
      .number({ message: texts.taskForm.errors.hours })
      .min(1, texts.taskForm.errors.hours)
      .max(40, texts.taskForm.errors.hours),
  ),
  hireStart: dateField(texts.taskForm.errors.date),
  mentorName: z.preprocess(blankToUndefined, z.string().trim().max(100, texts.afterHire.mentorNameTooLong).optional()),
});
// The reason is shown to the employer in the proposal's history: the privacy guard applies.
const endSchema = z
  .object({
    endReason: z
      .string({ message: t.endReasonRequired })
      .trim()
      .min(3, t.endReasonRequired)
      .max(500, texts.fieldLimits.tooLong(500)),
  })
  .superRefine((value, ctx) => guardFreeText(ctx, "endReason", value.endReason));
const s = texts.sharing;
const shareSchema = z.object({
  deadlineDays: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ message: s.deadlineError })
      .int(s.deadlineError)
      .min(MIN_SHARE_REQUEST_DAYS, s.deadlineError)
      .max(MAX_SHARE_REQUEST_DAYS, s.deadlineError),
  ),
});
const onBehalfSchema = z.object({
  answer: z.enum(["yes", "no"], { message: s.onBehalfAnswerRequired }),
  reason: z.string({ message: s.onBehalfReasonRequired }).trim().min(3, s.onBehalfReasonRequired).max(500),
});
const simpleMoves = z.enum(["meeting", "work_trial", "withdrawn"]);

type Errors = Record<string, string[] | undefined>;
const fieldErrors = (error: z.ZodError): Errors => z.flattenError(error).fieldErrors as Errors;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const proposal = await proposalForOffice(user.navOfficeId, idParam(params.id));
  if (!proposal) notFound();
  const form = Object.fromEntries(await readForm(request));
  // Sent back with an error or a refusal: each value no longer than its field allows.
  const echo = echoValues(form, shareSchema, onBehalfSchema, hireSchema, endSchema);
  const origin = new URL(request.url).origin;
  const refused = () =>
    data({ notice: null, refused: texts.form.conflict, errors: {} as Errors, values: echo }, { status: 409 });
  const done = (notice: string) => data({ notice, refused: null, errors: {} as Errors, values: {} });
  const invalid = (errors: Errors) => data({ notice: null, refused: null, errors, values: echo }, { status: 400 });

  if (form.intent === "share-request") {
    const parsed = shareSchema.safeParse(form);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    try {
      await createShareRequest(getDb(), {
        proposalId: proposal.id,
        candidateId: proposal.candidate_id,
        organisationId: proposal.organisation_id,
        requestedBy: user.id,
        days: parsed.data.deadlineDays,
        origin,
      });
    } catch (error) {
      const refused =
        error instanceof ShareRequestPendingError
          ? s.alreadyPending
          : error instanceof ProposalClosedError
            ? s.proposalClosed
            : null;
      if (!refused) throw error;
      return data({ notice: null, refused, errors: {} as Errors, values: echo }, { status: 409 });
    }
    await audit(context, user, {
      action: "consent.changed",
      subjectType: "candidate",
      subjectId: proposal.candidate_id,
      organisationId: proposal.organisation_id,
      details: { scope: "identity_share", change: "requested", proposalId: proposal.id },
    });
    return done(s.asked);
  }
  if (form.intent === "on-behalf") {
    const parsed = onBehalfSchema.safeParse(form);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const pending = await pendingShareRequest(getDb(), proposal.id);
    const answered =
      pending &&
      (await answerShareRequestAs(context, user, {
        requestId: pending.id,
        candidateId: proposal.candidate_id,
        accept: parsed.data.answer === "yes",
        onBehalfReason: parsed.data.reason,
        origin,
      }));
    if (!answered?.ok) {
      const refused = answered && answered.refusal === "closed" ? s.proposalClosed : s.noPending;
      return data({ notice: null, refused, errors: {} as Errors, values: echo }, { status: 409 });
    }
    return done(s.onBehalfSaved);
  }
  if (form.intent === "hire") {
    const parsed = hireSchema.safeParse(form);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const hired = await hire(user, proposal, parsed.data, origin);
    if (hired.ok) return done(t.moved);
    return data(
      // Told at the hire form, with what was typed kept.
      { notice: null, refused: null, errors: { hire: [hired.message] } as Errors, values: echo },
      { status: hired.status },
    );
  }
  if (form.intent === "end") {
    const parsed = endSchema.safeParse(form);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    return (await move(user, "specialist", proposal, "ended", parsed.data, origin)) ? done(t.moved) : refused();
  }
  const to = simpleMoves.safeParse(form.to);
  if (form.intent !== "move" || !to.success) return invalid({ to: [texts.errors.badRequestTitle] });
  return (await move(user, "specialist", proposal, to.data, {}, origin)) ? done(t.moved) : refused();
}

const moveLabels: Record<string, string> = {
  meeting: t.toMeeting,
  work_trial: t.toWorkTrial,
  withdrawn: t.toWithdrawn,
};

export default function SpecialistProposal() {
  const p = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const values = (result?.values ?? {}) as Record<string, string>;
  const err = (name: string) => errors[name]?.join(" ");
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading(`${p.name} (${p.code})`, p.jobTitle)}
      </Heading>
      <div className="row-actions">
        <Tag size="small" variant="info">
          {`${t.status}: ${t.statuses[p.status]}`}
        </Tag>
        <BodyShort>{p.organisationName}</BodyShort>
        <Link to={`/spesialist/kandidater/${p.candidateId}`}>{t.openCandidate}</Link>
        <Link to={`/spesialist/samtaler/${p.id}`}>{texts.afterHire.conversationLinkSpecialist}</Link>
        {p.hireLink ? <Link to={p.hireLink}>{texts.afterHire.hireLink}</Link> : null}
      </div>
      {p.created ? (
        <Alert variant="success" role="status">
          {t.created}
        </Alert>
      ) : null}
      <MoveAlerts notice={result?.notice} refused={result?.refused} />
      <FitExplanation {...p.fit} />
      <BodyShort>
        <strong>{t.noteFromSpecialist}:</strong> {p.note}
      </BodyShort>
      {p.declined && p.answer ? (
        <Alert variant="info">
          <BodyShort spacing>
            <strong>{texts.declines.reasonForSpecialist}:</strong> {p.answer}
          </BodyShort>
          <Link to={`/spesialist/kandidater/${p.candidateId}/jobber`}>{texts.declines.proposeElsewhere}</Link>
        </Alert>
      ) : p.answer ? (
        <BodyShort>
          <strong>{t.answerHeading}:</strong> {p.answer}
        </BodyShort>
      ) : null}

      <section aria-labelledby="consent-heading" className="stack narrow">
        <Heading level="2" size="medium" id="consent-heading">
          {s.heading}
        </Heading>
        {p.shareRequest ? <ShareRequestStatus request={p.shareRequest} /> : null}
        {p.identityShared ? (
          <BodyShort>{s.alreadyShared(p.organisationName)}</BodyShort>
        ) : p.shareRequest?.state === "pending" ? (
          <Form method="post" className="stack" aria-labelledby="on-behalf-heading">
            <Heading level="3" size="small" id="on-behalf-heading">
              {s.onBehalfHeading}
            </Heading>
            <BodyShort>{s.onBehalfIntro}</BodyShort>
            <input type="hidden" name="intent" value="on-behalf" />
            <RadioGroup legend={s.onBehalfAnswer} name="answer" error={err("answer")} defaultValue={values.answer}>
              <Radio value="yes">{s.onBehalfYes}</Radio>
              <Radio value="no">{s.onBehalfNo}</Radio>
            </RadioGroup>
            <TextField
              label={s.onBehalfReason}
              description={s.onBehalfReasonHelp}
              name="reason"
              maxLength={500}
              error={err("reason")}
              defaultValue={values.reason}
            />
            <div>
              <Button type="submit" variant="secondary">
                {s.onBehalfSubmit}
              </Button>
            </div>
          </Form>
        ) : p.closed ? (
          <BodyShort>{s.proposalClosed}</BodyShort>
        ) : (
          <Form method="post" className="stack">
            <BodyShort>{s.intro(p.organisationName)}</BodyShort>
            <input type="hidden" name="intent" value="share-request" />
            <TextField
              label={s.deadlineDays}
              description={s.deadlineHelp}
              name="deadlineDays"
              inputMode="numeric"
              htmlSize={4}
              error={err("deadlineDays")}
              defaultValue={values.deadlineDays ?? String(SHARE_REQUEST_DAYS)}
            />
            <div>
              <Button type="submit" variant="secondary">
                {s.ask}
              </Button>
            </div>
          </Form>
        )}
      </section>

      {p.moves.length ? (
        <section aria-labelledby="next-heading" className="stack narrow">
          <Heading level="2" size="medium" id="next-heading">
            {t.nextHeading}
          </Heading>
          <div className="row-actions">
            {p.moves
              .filter((m) => moveLabels[m])
              .map((m) => (
                <Form method="post" key={m}>
                  <input type="hidden" name="intent" value="move" />
                  <input type="hidden" name="to" value={m} />
                  <Button type="submit" size="small" variant={m === "withdrawn" ? "secondary" : "primary"}>
                    {moveLabels[m]}
                  </Button>
                </Form>
              ))}
          </div>
          {p.moves.includes("hired") ? (
            <Form method="post" className="stack" aria-labelledby="hire-heading">
              <Heading level="3" size="small" id="hire-heading">
                {t.toHired}
              </Heading>
              <input type="hidden" name="intent" value="hire" />
              {err("hire") ? (
                <Alert variant="error" size="small" role="alert">
                  {err("hire")}
                </Alert>
              ) : null}
              <RadioGroup legend={t.hireForm} name="hireForm" error={err("hireForm")} defaultValue={values.hireForm}>
                <Radio value="temporary">{t.hireTemporary}</Radio>
                <Radio value="permanent">{t.hirePermanent}</Radio>
              </RadioGroup>
              <TextField
                label={t.hireHours}
                name="hireHours"
                inputMode="decimal"
                htmlSize={6}
                error={err("hireHours")}
                defaultValue={values.hireHours}
              />
              <TextField
                label={t.hireStart}
                name="hireStart"
                description={texts.form.dateFormat}
                htmlSize={12}
                error={err("hireStart")}
                defaultValue={formatDateForField(values.hireStart ?? "")}
              />
              <TextField
                label={texts.afterHire.mentorNameLabel}
                description={texts.afterHire.mentorNameHelp}
                name="mentorName"
                error={err("mentorName")}
                defaultValue={values.mentorName}
              />
              <div>
                <Button type="submit">{t.toHired}</Button>
              </div>
            </Form>
          ) : null}
          {p.moves.includes("ended") ? (
            <EndMatchForm level="3" error={err("endReason")} value={values.endReason} />
          ) : null}
        </section>
      ) : null}
      <ProposalHistory rows={p.history} />
    </div>
  );
}
