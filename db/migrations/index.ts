// Every migration, by name, in order. Listed statically (not read from the folder at run
// time) so the same list works under tsx, Vitest and a bundle; a test checks that every file
// in this folder is listed here.
import type { Migration } from "kysely";
import * as foundation from "./20261122T1400_foundation";
import * as accounts from "./20261122T1500_accounts";
import * as candidates from "./20261122T1600_candidates";
import * as jobs from "./20261122T1700_jobs";
import * as matching from "./20261122T1800_matching";
import * as grants from "./20261122T1900_grants";
import * as wageSubsidy from "./20261202T1310_wage_subsidy";
import * as afterHire from "./20261202T1320a_after_hire";
import * as registrationRequests from "./20261202T1330a_registration_requests";
import * as consentAndRetention from "./20261202T1361a_consent_and_retention";
import * as shareRequestClosed from "./20261202T1362a_share_request_closed";
import * as oneActivePlacement from "./20261202T1540_one_active_placement";
import * as checkInPlanLinks from "./20261202T1541_check_in_plan_links";
import * as registrationAttempts from "./20261202T1620e_registration_attempts";
import * as refundClaims from "./20261203T0100_refund_claims";
import * as leaderRole from "./20261203T0200_leader_role";
import * as followupEnd from "./20261203T0300_followup_end";

export const migrations: Record<string, Migration> = {
  "20261122T1400_foundation": foundation,
  "20261122T1500_accounts": accounts,
  "20261122T1600_candidates": candidates,
  "20261122T1700_jobs": jobs,
  "20261122T1800_matching": matching,
  "20261122T1900_grants": grants,
  "20261202T1310_wage_subsidy": wageSubsidy,
  "20261202T1320a_after_hire": afterHire,
  "20261202T1330a_registration_requests": registrationRequests,
  "20261202T1361a_consent_and_retention": consentAndRetention,
  "20261202T1362a_share_request_closed": shareRequestClosed,
  "20261202T1540_one_active_placement": oneActivePlacement,
  "20261202T1541_check_in_plan_links": checkInPlanLinks,
  "20261202T1620e_registration_attempts": registrationAttempts,
  "20261203T0100_refund_claims": refundClaims,
  "20261203T0200_leader_role": leaderRole,
  "20261203T0300_followup_end": followupEnd,
};
