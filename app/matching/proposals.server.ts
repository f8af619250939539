// Brokering, as the routes use it: who may propose whom for what, the messages each move sends,
// and the moves themselves (rules in pipeline.ts, writes in db/repositories/matching.ts).
import type { AppLoadContext } from "@remix-run/node";
import { audit, isUuid } from "~/auth/access.server";
import type { SessionUser } from "~/auth/session.server";
import { visibleToEmployers } from "~/candidates/consent-rules";
import { findIdentifyingText } from "~/domain/privacy";
import { todayInOslo } from "~/domain/dates";
import { notifyCandidate } from "~/notifications";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import {
  type MoveDetails,
  MoveRefusedError,
  type Notice,
  PlacementRefusedError,
  ProposalExistsError,
  createProposal,
  getProposal,
  hasIdentityConsent,
  moveProposal,
} from "../../db/repositories/matching";
import type { Proposal } from "../../db/schema";
import { fitScore } from "./fit-score";
import { loadOpenJob, parseJobKey, toFitCandidate, toFitJob } from "./match.server";
import type { Actor, ProposalStatus } from "./pipeline";

const t = texts.proposal;

function withMail(text: string, link: string, subject: string): Notice {
  return { kind: "proposal", text, link, mail: { subject, body: t.mailBody(text, link) } };
}

/** The candidate (of the specialist's own office, consenting to be shown to employers) and the open job. */
export async function loadProposalParts(officeId: string | null, candidateId: string | null, jobKey: string | null) {
  const key = parseJobKey(jobKey ?? undefined);
  if (!officeId || !candidateId || !isUuid(candidateId) || !key) return null;
  const db = getDb();
  const now = new Date();
  const candidate = await db
    .selectFrom("candidates")
    .innerJoin("candidate_profiles as p", "p.candidate_id", "candidates.id")
    .innerJoin("candidate_identities as i", "i.candidate_id", "candidates.id")
    .select(["candidates.id", "candidates.code", "candidates.office_id", "i.name", "i.birth_date"])
    .selectAll("p")
    .where("candidates.id", "=", candidateId)
    .where("candidates.office_id", "=", officeId)
    .executeTakeFirst();
  if (!candidate) return null;
  const consents = await db
    .selectFrom("consents")
    .select(["scope", "withdrawn_at", "expires_at"])
    .where("candidate_id", "=", candidateId)
    .execute();
  const employerVisible = visibleToEmployers(consents, now);
  const job = await loadOpenJob(key);
  const fit = job ? fitScore(toFitCandidate(candidate), toFitJob(job), todayInOslo(now)) : null;
  return { key, candidate, employerVisible, job, fit };
}

export type ProposeResult = { ok: true; id: string } | { ok: false; field: "note" | "form"; message: string };

export async function propose(
  user: SessionUser,
  parts: NonNullable<Awaited<ReturnType<typeof loadProposalParts>>>,
  note: string,
  origin: string,
): Promise<ProposeResult> {
  if (!parts.employerVisible) return { ok: false, field: "form", message: t.notConsented };
  if (!parts.job || !parts.fit) return { ok: false, field: "form", message: t.jobGone };
  const finding = findIdentifyingText(note, parts.candidate.name.split(/\s+/))[0];
  if (finding) return { ok: false, field: "note", message: finding.message };
  const job = parts.job;
  try {
    const id = await createProposal(
      getDb(),
      {
        candidateId: parts.candidate.id,
        organisationId: job.organisationId,
        carvedJobId: parts.key.kind === "job" ? job.id : null,
        taskNeedId: parts.key.kind === "task" ? job.id : null,
        jobTitle: job.title,
        specialistId: user.id,
        note,
        fit: { score: parts.fit.score, fits: parts.fit.fits, misfits: parts.fit.misfits },
      },
      (proposalId) =>
        withMail(
          t.notifyProposed(job.title),
          `${origin}/arbeidsgiver/${job.organisationId}/forslag/${proposalId}`,
          t.mailProposedSubject,
        ),
    );
    return { ok: true, id };
  } catch (error) {
    if (error instanceof ProposalExistsError) return { ok: false, field: "form", message: t.exists };
    if (error instanceof PlacementRefusedError)
      return { ok: false, field: "form", message: await placementRefusal(parts.candidate.id, "propose") };
    throw error;
  }
}

/** Why a candidate in a job was refused. The specialist follows the candidate, so they may be told where. */
async function placementRefusal(candidateId: string, when: "propose" | "hire"): Promise<string> {
  const hire = await getDb()
    .selectFrom("proposals as p")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select("o.name")
    .where("p.candidate_id", "=", candidateId)
    .where("p.status", "=", "hired")
    .executeTakeFirst();
  if (when === "hire") return texts.afterHire.hireRefused(hire?.name ?? texts.afterHire.anotherEmployer);
  return hire ? texts.afterHire.placementRefused(hire.name) : texts.afterHire.placementRefusedShort;
}

export type HireResult = { ok: true } | { ok: false; message: string; status: 409 };

/**
 * The specialist registers the hire. Refused, with the reason, when the rules do not allow the move
 * or the candidate has meanwhile been hired by another employer (one active placement at a time).
 */
export async function hire(
  user: SessionUser,
  proposal: { id: string; code: string; candidate_id: string },
  details: MoveDetails,
  origin: string,
): Promise<HireResult> {
  try {
    if (await move(user, "specialist", proposal, "hired", details, origin)) return { ok: true };
    return { ok: false, message: texts.form.conflict, status: 409 };
  } catch (error) {
    if (!(error instanceof PlacementRefusedError)) throw error;
    return { ok: false, message: await placementRefusal(proposal.candidate_id, "hire"), status: 409 };
  }
}

const candidateOutcomes: ProposalStatus[] = ["interested", "declined", "hired", "ended"];

/** One move of a match; tells the other side. Returns false when the rules refuse it. */
export async function move(
  user: SessionUser,
  actor: Actor,
  proposal: { id: string; code: string; candidate_id: string },
  to: ProposalStatus,
  details: MoveDetails,
  origin: string,
): Promise<boolean> {
  const label = (p: Proposal) => t.statuses[p.status];
  const code = proposal.code;
  try {
    await moveProposal(getDb(), proposal.id, to, { userId: user.id, role: actor }, details, (p) => {
      if (actor === "employer") {
        const text =
          to === "interested" || to === "declined" ? t.notifyAnswered(code, label(p)) : t.notifyMoved(code, label(p));
        return { to: "specialist", notice: withMail(text, `${origin}/spesialist/forslag/${p.id}`, text) };
      }
      const text = t.notifyMoved(code, label(p));
      return {
        to: "employer",
        notice: withMail(text, `${origin}/arbeidsgiver/${p.organisation_id}/forslag/${p.id}`, text),
      };
    });
    // The candidate hears that there is news (never what): on their channel, with a link.
    if (candidateOutcomes.includes(to))
      await notifyCandidate(getDb(), proposal.candidate_id, "proposal_outcome", {
        origin,
        dedupeKey: `proposal-outcome:${proposal.id}:${to}`,
      });
    return true;
  } catch (error) {
    if (error instanceof MoveRefusedError) return false;
    throw error;
  }
}

/** What the employer may see of the candidate: the name and contact only after consent; each such look is audit-logged. */
export async function identityForEmployer(
  context: AppLoadContext,
  user: SessionUser,
  proposal: { id: string; candidate_id: string; organisation_id: string },
) {
  const db = getDb();
  if (!(await hasIdentityConsent(db, proposal.candidate_id, proposal.organisation_id))) return null;
  const identity = await db
    .selectFrom("candidate_identities")
    .select(["name", "phone", "email"])
    .where("candidate_id", "=", proposal.candidate_id)
    .executeTakeFirst();
  if (!identity) return null;
  await audit(context, user, {
    action: "candidate.identity_revealed",
    subjectType: "candidate",
    subjectId: proposal.candidate_id,
    organisationId: proposal.organisation_id,
    details: { proposalId: proposal.id },
  });
  return identity;
}

export async function proposalForOrganisation(organisationId: string, id: string) {
  const proposal = await getProposal(getDb(), id);
  return proposal && proposal.organisation_id === organisationId ? proposal : undefined;
}

export async function proposalForOffice(officeId: string | null, id: string) {
  const proposal = await getProposal(getDb(), id);
  return proposal && proposal.office_id === officeId ? proposal : undefined;
}
