// Share requests: a specialist asks, the candidate (or, with a reason, the specialist for them)
// answers yes or no before the deadline; a yes becomes the identity_share consent that
// hasIdentityConsent (db/repositories/matching.ts) reads. Unanswered requests expire.
import type { Kysely, Transaction } from "kysely";
import { answerRefusal, shareDeadline, sharedFields } from "../../app/candidates/share-request-rules";
import { finalStatuses } from "../../app/matching/pipeline";
import { notifyCandidate } from "../../app/notifications";
import * as texts from "../../app/texts";
import type { Database, ShareRequest } from "../schema";
import { DEFAULT_CONSENT_MONTHS, addMonths } from "./candidates";
import { activeMemberIds, notify } from "./matching";

type Db = Kysely<Database> | Transaction<Database>;

export class ShareRequestPendingError extends Error {
  constructor() {
    super("The proposal already has a pending share request");
  }
}

/** The proposal has closed (declined, withdrawn, ended): nothing can be asked or answered for it. */
export class ProposalClosedError extends Error {
  constructor() {
    super("The proposal is closed");
  }
}

export async function createShareRequest(
  db: Kysely<Database>,
  input: {
    proposalId: string;
    candidateId: string;
    organisationId: string;
    requestedBy: string;
    days?: number;
    origin?: string;
    now?: Date;
  },
): Promise<string> {
  const now = input.now ?? new Date();
  try {
    return await db.transaction().execute(async (trx) => {
      // Locked, so the proposal cannot close between this check and the insert.
      const proposal = await trx
        .selectFrom("proposals")
        .select("status")
        .where("id", "=", input.proposalId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (finalStatuses.includes(proposal.status)) throw new ProposalClosedError();
      const { id } = await trx
        .insertInto("share_requests")
        .values({
          proposal_id: input.proposalId,
          candidate_id: input.candidateId,
          organisation_id: input.organisationId,
          requested_by: input.requestedBy,
          shares: [...sharedFields],
          created_at: now,
          deadline: shareDeadline(now, input.days),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await notifyCandidate(trx, input.candidateId, "share_request", {
        origin: input.origin,
        dedupeKey: `share-request:${id}`,
      });
      return id;
    });
  } catch (error) {
    if ((error as { constraint?: string }).constraint === "share_requests_one_pending")
      throw new ShareRequestPendingError();
    throw error;
  }
}

export interface ShareAnswer {
  requestId: string;
  candidateId: string;
  accept: boolean;
  answeredBy: string;
  /** Set only when a specialist answers for the candidate. */
  onBehalfReason?: string;
  origin?: string;
  now?: Date;
}

/**
 * Answers a pending request before its deadline; undefined when it cannot be answered (any more),
 * ProposalClosedError when its proposal has closed (the employer said no, or the match is over).
 */
export async function answerShareRequest(db: Kysely<Database>, a: ShareAnswer): Promise<ShareRequest | undefined> {
  const now = a.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    // The proposal row is locked first (the order moveProposal closes them in), then the request.
    const proposalStatus = await trx
      .selectFrom("proposals as p")
      .innerJoin("share_requests as r", "r.proposal_id", "p.id")
      .select("p.status")
      .where("r.id", "=", a.requestId)
      .where("r.candidate_id", "=", a.candidateId)
      .forUpdate("p")
      .executeTakeFirst();
    const request = await trx
      .selectFrom("share_requests")
      .selectAll()
      .where("id", "=", a.requestId)
      .where("candidate_id", "=", a.candidateId)
      .forUpdate()
      .executeTakeFirst();
    if (!request || !proposalStatus) return undefined;
    const refusal = answerRefusal(request, proposalStatus.status, now);
    if (refusal === "closed") throw new ProposalClosedError();
    if (refusal) return undefined;
    const updated = await trx
      .updateTable("share_requests")
      .set({
        status: a.accept ? "accepted" : "declined",
        answered_at: now,
        answered_by: a.answeredBy,
        on_behalf_reason: a.onBehalfReason ?? null,
      })
      .where("id", "=", request.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (a.accept) {
      // One live identity consent per employer: a new yes replaces the old.
      await trx
        .updateTable("consents")
        .set({ withdrawn_at: now, withdrawn_by: a.answeredBy })
        .where("candidate_id", "=", request.candidate_id)
        .where("scope", "=", "identity_share")
        .where("organisation_id", "=", request.organisation_id)
        .where("withdrawn_at", "is", null)
        .execute();
      await trx
        .insertInto("consents")
        .values({
          candidate_id: request.candidate_id,
          scope: "identity_share",
          organisation_id: request.organisation_id,
          method: a.onBehalfReason ? "meeting" : "portal",
          recorded_by: a.answeredBy,
          recorded_at: now,
          expires_at: addMonths(now, DEFAULT_CONSENT_MONTHS),
          share_request_id: request.id,
          on_behalf_reason: a.onBehalfReason ?? null,
        })
        .execute();
    }
    const proposal = await trx
      .selectFrom("proposals as p")
      .innerJoin("candidates as c", "c.id", "p.candidate_id")
      .select(["p.id", "p.job_title", "p.specialist_id", "c.code"])
      .where("p.id", "=", request.proposal_id)
      .executeTakeFirstOrThrow();
    const origin = a.origin ?? "";
    if (proposal.specialist_id && proposal.specialist_id !== a.answeredBy) {
      await notify(trx, [proposal.specialist_id], {
        kind: "share_answer",
        text: a.accept
          ? texts.sharing.notifySpecialistYes(proposal.code)
          : texts.sharing.notifySpecialistNo(proposal.code),
        link: `${origin}/spesialist/forslag/${proposal.id}`,
      });
    }
    if (a.accept) {
      await notify(trx, await activeMemberIds(trx, request.organisation_id), {
        kind: "share_answer",
        text: texts.sharing.notifyEmployerShared(proposal.job_title),
        link: `${origin}/arbeidsgiver/${request.organisation_id}/forslag/${proposal.id}`,
      });
    }
    return updated;
  });
}

/** Pending requests past their deadline become expired (the scheduled job; idempotent). */
export async function expireShareRequests(db: Db, now = new Date()): Promise<number> {
  const result = await db
    .updateTable("share_requests")
    .set({ status: "expired" })
    .where("status", "=", "pending")
    .where("deadline", "<=", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The newest request for a proposal (what the employer and the specialist see). */
export async function latestShareRequest(db: Db, proposalId: string) {
  return db
    .selectFrom("share_requests as r")
    .leftJoin("users as u", "u.id", "r.answered_by")
    .selectAll("r")
    .select("u.name as answered_by_name")
    .where("r.proposal_id", "=", proposalId)
    .orderBy("r.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Every request to a candidate, newest first, with the employer and the job. */
export async function listCandidateShareRequests(db: Db, candidateId: string) {
  return db
    .selectFrom("share_requests as r")
    .innerJoin("proposals as p", "p.id", "r.proposal_id")
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .select([
      "r.id",
      "r.status",
      "r.shares",
      "r.created_at",
      "r.deadline",
      "r.answered_at",
      "r.on_behalf_reason",
      "p.job_title",
      "o.name as organisation_name",
    ])
    .where("r.candidate_id", "=", candidateId)
    .orderBy("r.created_at", "desc")
    .execute();
}

/** The pending request a specialist may answer for the candidate. */
export async function pendingShareRequest(db: Db, proposalId: string, now = new Date()) {
  return db
    .selectFrom("share_requests")
    .selectAll()
    .where("proposal_id", "=", proposalId)
    .where("status", "=", "pending")
    .where("deadline", ">", now)
    .executeTakeFirst();
}
