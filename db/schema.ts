// The database as Kysely sees it. One interface per table; nullable columns are `T | null`,
// columns with defaults are Generated<>. Route code uses the Selectable/Insertable aliases.
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type UserRole = "employer" | "specialist" | "candidate" | "admin" | "leader";
export type MembershipRole = "admin" | "member";
export type MembershipStatus = "active" | "pending";

export interface NavOfficesTable {
  id: Generated<string>;
  name: string;
  municipality_number: string;
  created_at: CreatedAt;
}

export interface OrganisationsTable {
  id: Generated<string>;
  org_number: string;
  name: string;
  address: string | null;
  municipality_number: string;
  nav_office_id: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: UserRole;
  nav_office_id: string | null;
  password_hash: string | null;
  created_at: CreatedAt;
}

export interface OrganisationMembersTable {
  organisation_id: string;
  user_id: string;
  role: MembershipRole;
  status: Generated<MembershipStatus>;
  created_at: CreatedAt;
  home_seen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: CreatedAt;
}

/** One registration request (throttled like sign-ins); rows older than the throttle's window are deleted. */
export interface RegistrationAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: CreatedAt;
}

export type AuditOutcome = "allowed" | "denied";

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_office_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: AuditOutcome;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  channel: Generated<NotifyChannel>;
  dedupe_key: string | null;
}

export type NotifyChannel = "email" | "sms";

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  accepted_at: Date | null;
}

export type ConsentScope = "search" | "employer_view" | "identity_share";
export type ConsentMethod = "meeting" | "signed" | "portal";

export interface CandidatesTable {
  id: Generated<string>;
  code: string;
  office_id: string;
  specialist_id: string | null;
  user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  open_to_another_job: Generated<boolean>;
  notify_channel: Generated<NotifyChannel>;
  anonymised_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The day the person started with their specialist (YYYY-MM-DD); the registration day by default. */
  started_on: Generated<string>;
  /** The day the specialist ended the follow-up (YYYY-MM-DD), or null while it goes on. */
  followup_ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  followup_end_reason: ColumnType<
    FollowupEndReason | null,
    FollowupEndReason | null | undefined,
    FollowupEndReason | null
  >;
}

export type FollowupEndReason = "in_work" | "declined" | "moved" | "other_measure" | "other";

export interface CandidateIdentitiesTable {
  candidate_id: string;
  name: string;
  national_id: string | null;
  birth_date: string;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface Facilitation {
  workingTime?: string[];
  physical?: string[];
  everyday?: string[];
  norwegian?: string[];
}

export interface CandidateProfilesTable {
  candidate_id: string;
  interests: string[];
  strengths: string[];
  tags: string[];
  hours_min: number;
  hours_max: number;
  weekdays: string[];
  times_of_day: string[];
  municipality_number: string;
  reachable_municipalities: string[];
  available_from: string | null;
  languages: string[];
  norwegian_level: string | null;
  driving_licence: boolean;
  facilitation: ColumnType<Facilitation, string, string>;
  summary: string;
  euse_stage: number;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ConsentsTable {
  id: Generated<string>;
  candidate_id: string;
  scope: ConsentScope;
  organisation_id: string | null;
  method: ConsentMethod;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  withdrawn_by: string | null;
  expiry_indexed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  share_request_id: string | null;
  on_behalf_reason: string | null;
}

/** closed: its proposal closed before an answer (decision 014). */
export type ShareRequestStatus = "pending" | "accepted" | "declined" | "expired" | "closed";

export interface ShareRequestsTable {
  id: Generated<string>;
  proposal_id: string;
  candidate_id: string;
  organisation_id: string;
  requested_by: string | null;
  shares: Generated<string[]>;
  created_at: CreatedAt;
  deadline: ColumnType<Date, Date | string, Date | string>;
  status: Generated<ShareRequestStatus>;
  answered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  answered_by: string | null;
  on_behalf_reason: string | null;
}

export interface RetentionNoticesTable {
  rule: string;
  subject_id: string;
  stage: string;
  sent_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type TaskStatus = "open" | "closed";
export type JobStatus = "draft" | "open" | "filled" | "closed";
export type EmploymentForm = "work-trial" | "temporary" | "permanent";
// numeric columns come back from pg as strings; repositories turn them into numbers.
type Hours = ColumnType<string, number | string, number | string>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;

export interface TaskNeedsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  description: Generated<string>;
  category: string;
  hours_per_week: Hours;
  slots: string[];
  municipality_number: string;
  address: string | null;
  strengths: Generated<string[]>;
  tags: Generated<string[]>;
  physical_demands: Generated<string[]>;
  social_setting: string;
  adaptations: Generated<string>;
  mentor_possible: Generated<boolean>;
  earliest_start: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<TaskStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface CarvedJobsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  description: Generated<string>;
  hours_per_week: Hours;
  slots: string[];
  employment_form: EmploymentForm;
  wage_subsidy_expected: Generated<boolean>;
  mentor_name: string | null;
  adaptations: Generated<string>;
  start_date: DateColumn;
  municipality_number: string;
  status: Generated<JobStatus>;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface CarvedJobTasksTable {
  carved_job_id: string;
  task_need_id: string;
}

import type { ProposalStatus } from "../app/matching/pipeline";

export type { ProposalStatus };
type Timestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ProposalsTable {
  id: Generated<string>;
  candidate_id: string;
  organisation_id: string;
  carved_job_id: string | null;
  task_need_id: string | null;
  job_title: string;
  specialist_id: string | null;
  note: Generated<string>;
  fit_score: number;
  fit_fits: Generated<string[]>;
  fit_misfits: Generated<string[]>;
  status: Generated<ProposalStatus>;
  answer_reason: string | null;
  answer_comment: string | null;
  hire_form: "temporary" | "permanent" | null;
  hire_hours: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  hire_start: ColumnType<string | null, string | null | undefined, string | null>;
  end_reason: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  mentor_name: string | null;
  tapering_at: Timestamp;
  maybe_later: Generated<boolean>;
  closed_at: Timestamp;
  /** A hire made while the candidate was in another job (the exception to one placement at a time). */
  extra_job: Generated<boolean>;
}

export interface ProposalEventsTable {
  id: Generated<number>;
  proposal_id: string;
  from_status: string | null;
  to_status: string;
  by_user: string | null;
  by_role: string;
  note: Generated<string>;
  at: CreatedAt;
}

export interface StageEventsTable {
  id: Generated<number>;
  candidate_id: string;
  from_stage: number | null;
  to_stage: number;
  by_user: string | null;
  reason: Generated<string>;
  at: CreatedAt;
}

export interface FollowUpsTable {
  id: Generated<string>;
  candidate_id: string;
  proposal_id: string | null;
  due_date: ColumnType<string, string, string>;
  with_whom: "candidate" | "employer" | "both";
  place: "workplace" | "outside";
  done_at: Timestamp;
  done_by: string | null;
  note: Generated<string>;
  created_at: CreatedAt;
  /** The check-in this plan contact is (done together with it). */
  check_in_id: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  text: string;
  link: string;
  dedupe_key: string | null;
  created_at: CreatedAt;
  read_at: Timestamp;
}

export type GrantKind = "mentor" | "inclusion" | "wage";
export type GrantStatus = "draft" | "submitted" | "returned" | "approved" | "rejected";

export interface GrantRatesTable {
  year: number;
  inclusion_max_kr: number;
  otp_minimum_percent: string;
  hours_per_year: number;
  holiday_pay_percents: string[];
  employer_tax_zones: ColumnType<Array<{ id: string; percent: number }>, string, string>;
  mentor_max_months: number;
  mentor_max_months_extended: number;
  inclusion_max_months: number;
  inclusion_max_age_exclusive: number;
  full_time_hours_per_month: string;
}

type Json<T> = ColumnType<T, string | undefined, string>;

export interface GrantApplicationsTable {
  id: Generated<string>;
  kind: GrantKind;
  organisation_id: string;
  proposal_id: string;
  candidate_id: string;
  status: Generated<GrantStatus>;
  answers: Json<Record<string, string | string[]>>;
  step: Generated<number>;
  submitted: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  rates_year: number | null;
  submitted_at: Timestamp;
  decided_at: Timestamp;
  decided_by: string | null;
  decision_reason: string | null;
  comments: Json<Record<string, string>>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  /** Lønnstilskudd: the percentage NAV decided (varig 0–75, sommerjobb 50/75, midlertidig from the need). */
  decided_percent: ColumnType<string | null, number | null | undefined, number | null>;
}

export type CandidateNeed = "situasjonsbestemt" | "spesielt_tilpasset" | "gradert_varig" | "varig_tilpasset";

/** The candidate's need for help (innsatsbehov), recorded once by the job specialist. */
export interface CandidateNeedsTable {
  candidate_id: string;
  need: CandidateNeed;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An approved grant's period plan (tilskuddsperioder), one row per period. */
export interface GrantPeriodsTable {
  application_id: string;
  seq: number;
  start_date: ColumnType<string, string, string>;
  end_date: ColumnType<string, string, string>;
  percent: ColumnType<string | null, number | null, number | null>;
  amount_ore: number;
}

/** Grunnbeløpet (G) from a date (1 May each year). */
export interface GrunnbelopTable {
  valid_from: ColumnType<string, string, string>;
  amount_kr: number;
}

/** A registration waiting for its e-mail to be confirmed (only the token's hash is kept). */
export interface RegistrationRequestsTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  name: string;
  org_number: string;
  org_name: string | null;
  address: string | null;
  municipality_number: string | null;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  completed_at: Date | null;
}

export interface CheckInsTable {
  id: Generated<string>;
  proposal_id: string;
  months_after: number;
  due_date: ColumnType<string, string, string>;
  employer_view: string | null;
  employer_view_at: Timestamp;
  employer_view_by: string | null;
  summary: string | null;
  done_at: Timestamp;
  done_by: string | null;
  created_at: CreatedAt;
}

export type JobEventKind = "hours_changed" | "made_permanent" | "ended";
export type JobEndReason = "candidate_wish" | "employer_wish" | "health" | "contract_end" | "new_job";

export interface JobEventsTable {
  id: Generated<number>;
  proposal_id: string;
  candidate_id: string;
  organisation_id: string;
  kind: JobEventKind;
  effective_date: ColumnType<string, string, string>;
  hours_before: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  hours_after: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  end_reason: JobEndReason | null;
  note: Generated<string>;
  by_user: string | null;
  by_role: string;
  at: CreatedAt;
}

export interface MessagesTable {
  id: Generated<string>;
  proposal_id: string;
  author_id: string | null;
  author_role: "employer" | "specialist";
  body: string;
  created_at: CreatedAt;
}

export interface MessageReadsTable {
  proposal_id: string;
  user_id: string;
  read_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface Database {
  nav_offices: NavOfficesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  organisation_members: OrganisationMembersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  invitations: InvitationsTable;
  candidates: CandidatesTable;
  candidate_identities: CandidateIdentitiesTable;
  candidate_profiles: CandidateProfilesTable;
  consents: ConsentsTable;
  task_needs: TaskNeedsTable;
  carved_jobs: CarvedJobsTable;
  carved_job_tasks: CarvedJobTasksTable;
  proposals: ProposalsTable;
  proposal_events: ProposalEventsTable;
  stage_events: StageEventsTable;
  follow_ups: FollowUpsTable;
  notifications: NotificationsTable;
  grant_rates: GrantRatesTable;
  grant_applications: GrantApplicationsTable;
  candidate_needs: CandidateNeedsTable;
  grant_periods: GrantPeriodsTable;
  grunnbelop: GrunnbelopTable;
  registration_requests: RegistrationRequestsTable;
  registration_attempts: RegistrationAttemptsTable;
  check_ins: CheckInsTable;
  job_events: JobEventsTable;
  messages: MessagesTable;
  message_reads: MessageReadsTable;
  share_requests: ShareRequestsTable;
  retention_notices: RetentionNoticesTable;
  refund_claims: RefundClaimsTable;
  refund_claim_events: RefundClaimEventsTable;
}

export type NavOffice = Selectable<NavOfficesTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type MailMessage = Selectable<MailOutboxTable>;
export type Consent = Selectable<ConsentsTable>;
export type CandidateProfile = Selectable<CandidateProfilesTable>;
export type CandidateIdentity = Selectable<CandidateIdentitiesTable>;
export type TaskNeed = Selectable<TaskNeedsTable>;
export type CarvedJob = Selectable<CarvedJobsTable>;
export type Proposal = Selectable<ProposalsTable>;
export type FollowUp = Selectable<FollowUpsTable>;
export type Notification = Selectable<NotificationsTable>;
export type GrantApplication = Selectable<GrantApplicationsTable>;
export type CheckIn = Selectable<CheckInsTable>;
export type JobEvent = Selectable<JobEventsTable>;
export type Message = Selectable<MessagesTable>;
export type ShareRequest = Selectable<ShareRequestsTable>;

export type RefundClaimState = "not_yet" | "ready" | "sent" | "returned" | "paid" | "expired";
export type RefundClaimEvent = "opened" | "saved" | "sent" | "approved" | "returned" | "extended" | "expired";

/** One claim per approved tilskuddsperiode (lønnstilskudd: the employer's wage claim; mentor: paid as agreed). */
export interface RefundClaimsTable {
  id: Generated<string>;
  application_id: string;
  period_seq: number;
  kind: "wage" | "mentor";
  state: Generated<RefundClaimState>;
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
  absence_reported: Generated<boolean>;
  extended_at: Timestamp;
  extended_by: string | null;
  extension_reason: string | null;
  form: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  calculation: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  claimed_kr: number | null;
  paid_kr: number | null;
  carried_in_kr: Generated<number>;
  carried_out_kr: Generated<number>;
  return_reason: string | null;
  sent_at: Timestamp;
  decided_at: Timestamp;
  decided_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface RefundClaimEventsTable {
  id: Generated<string>;
  claim_id: string;
  event: RefundClaimEvent;
  actor_id: string | null;
  reason: string | null;
  at: ColumnType<Date, Date | string | undefined, never>;
}
