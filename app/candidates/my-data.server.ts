// Everything the candidate's own pages show, from one place: /kandidat, the readable
// /kandidat/mine-data and its JSON download are all built from candidatePageData, so the
// download always holds what the pages show.
import { formatDate, formatDateTime } from "~/format";
import { candidateMessageFor } from "~/matching/decline";
import * as texts from "~/texts";
import { listAudit } from "../../db/repositories/audit";
import { getCandidateFull } from "../../db/repositories/candidates";
import { listCandidateProposals } from "../../db/repositories/matching";
import { listCandidateShareRequests } from "../../db/repositories/sharing";
import type { Database } from "../../db/schema";
import type { Kysely } from "kysely";
import { consentViews } from "./consent.server";
import { shareRequestView } from "./share-requests.server";
import type { ProposalStatus } from "~/matching/pipeline";

const outcomeOf: Record<ProposalStatus, keyof typeof texts.declines.status | "declined"> = {
  proposed: "waiting",
  interested: "going",
  meeting: "going",
  work_trial: "going",
  hired: "hired",
  declined: "declined",
  withdrawn: "stopped",
  ended: "stopped",
};

export async function candidatePageData(db: Kysely<Database>, candidateId: string, now = new Date()) {
  const candidate = await getCandidateFull(db, candidateId);
  if (!candidate) return null;
  // Who opened this candidate's full profile, from the audit trail.
  const views = await listAudit(db, {
    subjectType: "candidate",
    subjectId: candidate.id,
    action: "candidate.profile_viewed",
    limit: 100,
  });
  const orgIds = [...new Set(candidate.consents.map((c) => c.organisation_id).filter((id): id is string => !!id))];
  const orgs = orgIds.length
    ? await db.selectFrom("organisations").select(["id", "name"]).where("id", "in", orgIds).execute()
    : [];
  const requests = await listCandidateShareRequests(db, candidateId);
  const proposals = await listCandidateProposals(db, candidateId);
  return {
    id: candidate.id,
    code: candidate.code,
    channel: candidate.notifyChannel,
    identity: {
      name: candidate.identity.name,
      birthDate: candidate.identity.birth_date,
      phone: candidate.identity.phone,
      email: candidate.identity.email,
      address: candidate.identity.address,
    },
    profile: candidate.profile,
    consents: consentViews(candidate.consents, new Map(orgs.map((o) => [o.id, o.name])), now),
    requests: requests.map((r) => ({
      ...(shareRequestView(r, now) as NonNullable<ReturnType<typeof shareRequestView>>),
      organisationName: r.organisation_name,
      jobTitle: r.job_title,
      shares: r.shares,
    })),
    views: views.map((v) => ({
      id: v.id,
      who: v.actor_name ?? "",
      role: v.actor_role ?? "",
      at: formatDateTime(v.at),
    })),
    proposals: proposals.map((p) => {
      const outcome = outcomeOf[p.status];
      return {
        id: p.id,
        organisationName: p.organisation_name,
        jobTitle: p.job_title,
        proposedAt: formatDate(p.created_at),
        status: p.status,
        // After a no, the kind message for the employer's reason, never their own words.
        outcome: outcome === "declined" ? candidateMessageFor(p.answer_reason) : texts.declines.status[outcome],
      };
    }),
  };
}

export type CandidatePageData = NonNullable<Awaited<ReturnType<typeof candidatePageData>>>;
