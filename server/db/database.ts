import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The one description of the schema that feature code queries through.
 * Dialect-neutral storage rules (see README "Storage"): ids are UUID text, timestamps are ISO 8601
 * UTC text, booleans are integer 0/1 (better-sqlite3 cannot bind JS booleans).
 */
export interface Database {
  users: UsersTable;
  sign_in_sessions: SignInSessionsTable;
  sign_in_attempt_counters: SignInAttemptCountersTable;
  link_hit_counters: LinkHitCountersTable;
  audit_events: AuditEventsTable;
  clients: ClientsTable;
  client_concerns: ClientConcernsTable;
  network_members: NetworkMembersTable;
  network_member_revisions: NetworkMemberRevisionsTable;
  support_notes: SupportNotesTable;
  support_note_revisions: SupportNoteRevisionsTable;
  support_note_members: SupportNoteMembersTable;
  family_sessions: FamilySessionsTable;
  family_session_revisions: FamilySessionRevisionsTable;
  measures: MeasuresTable;
  measure_revisions: MeasureRevisionsTable;
  client_measure_status: ClientMeasureStatusTable;
  measure_change_norms: MeasureChangeNormsTable;
  self_report_requests: SelfReportRequestsTable;
  session_feedback: SessionFeedbackTable;
  clinic_groups: ClinicGroupsTable;
  group_facilitators: GroupFacilitatorsTable;
  group_enrolments: GroupEnrolmentsTable;
  group_meetings: GroupMeetingsTable;
  group_attendance: GroupAttendanceTable;
  community_programmes: CommunityProgrammesTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  two_factor_policy: TwoFactorPolicyTable;
}

export type Flag = 0 | 1;

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  role: 'therapist' | 'supervisor' | 'admin';
  /** A therapist's team is their supervisor's. */
  supervisor_id: string | null;
  active: Flag;
  password_hash: string;
  must_change_password: Flag;
  is_demo: Flag;
  version: number;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
}

export interface SignInSessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: ColumnType<string, string, never>;
  last_seen_at: string;
  absolute_expires_at: string;
  /** Password accepted, second step owed: such a session reaches only the two-factor routes. */
  pending_step: PendingStep | null;
}

export type PendingStep = 'second-factor' | 'enrolment';

export interface SecondFactorsTable {
  user_id: string;
  /** AES-256-GCM ciphertext of the base32 TOTP secret (see two-factor/secret-box.ts). */
  secret_encrypted: string;
  created_at: string;
  /** Null until the user proved the authenticator works with a first code. */
  confirmed_at: string | null;
  /** The TOTP time step last accepted: codes of this step or earlier are refused (no replay). */
  last_used_step: ColumnType<string | number | null, number | null, number | null>;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  /** HMAC-SHA-256 of the normalised code under the server's secret key. */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface TwoFactorPolicyTable {
  id: 'clinic';
  required_for: 'none' | 'all' | 'roles';
  roles: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** Failed (or in-flight) sign-in attempts of one account or one address in the current window. */
/** Hits on self-report links per window, shared by every API instance. */
export interface LinkHitCountersTable {
  /** `token:<SHA-256 of the token>` or `address:<ip>`. */
  counter_key: string;
  hits: number;
  window_started_at: string;
}

export interface SignInAttemptCountersTable {
  /** `account:<SHA-256 of the normalised email>` (no email is stored) or `address:<ip>`. */
  counter_key: string;
  failures: number;
  window_started_at: string;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  /** Names of the fields an update changed, comma-separated; never their values. */
  fields: string | null;
  /** The self-report request that acted, for submissions through a link (no user then). */
  actor_request_id: ColumnType<string | null, string | null | undefined, never>;
}

/** Columns every clinical table carries: optimistic concurrency and who-did-what. */
export interface ClinicalColumns {
  version: number;
  created_at: ColumnType<string, string, never>;
  created_by: ColumnType<string, string, never>;
  updated_at: string;
  updated_by: string;
}

export interface ClientsTable extends ClinicalColumns {
  id: string;
  preferred_name: string;
  legal_name: string;
  date_of_birth: string;
  case_number: string;
  pronouns: string;
  treatment_start: string;
  status: 'active' | 'on-hold' | 'discharged';
  discharged_on: string | null;
  discharge_reason: string | null;
  family_consent: 'granted' | 'partial' | 'declined' | 'not-discussed';
  therapist_id: string;
}

export interface ClientConcernsTable {
  client_id: string;
  concern: string;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SignInSessionRow = Selectable<SignInSessionsTable>;
export type NewAuditEventRow = Insertable<AuditEventsTable>;
export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientUpdate = Updateable<ClientsTable>;

export interface NetworkMembersTable extends ClinicalColumns {
  id: string;
  client_id: string;
  name: string;
  relationship: string;
  category: string;
  /** Comma-separated support type codes. */
  support_types: string;
  tie_strength: string;
  tie_quality: string;
  energy_flow: string;
  contact_frequency: string;
  lives_with_client: Flag;
  involvement: string;
  consent_status: string;
  consent_scope: string;
  consent_given_on: string | null;
  consent_expires_on: string | null;
  emergency_contact: Flag;
  boundaries_note: string;
  active_from: string;
  ended_on: string | null;
  end_reason: string | null;
}

export interface NetworkMemberRevisionsTable {
  id: string;
  member_id: string;
  client_id: string;
  version: number;
  effective_on: string;
  recorded_at: string;
  recorded_by: string;
  /** JSON of the member's facts at this version. */
  facts: string;
}

export interface SupportNotesTable extends ClinicalColumns {
  id: string;
  client_id: string;
  author_id: string;
  note_date: string;
  text: string;
}

export interface SupportNoteRevisionsTable {
  id: string;
  note_id: string;
  version: number;
  text: string;
  /** Comma-separated member ids tagged in this version. */
  member_ids: string;
  recorded_at: string;
  recorded_by: string;
  reason: string | null;
}

export interface SupportNoteMembersTable {
  note_id: string;
  member_id: string;
}

export type NetworkMemberRow = Selectable<NetworkMembersTable>;
export type NewNetworkMemberRow = Insertable<NetworkMembersTable>;
export type SupportNoteRow = Selectable<SupportNotesTable>;

export interface FamilySessionsTable extends ClinicalColumns {
  id: string;
  client_id: string;
  therapist_id: string;
  type: string;
  modality: string;
  starts_at: string;
  /** Derived from start and duration, stored so overlap checks are one indexed query. */
  ends_at: string;
  duration_minutes: number;
  location: string;
  status: string;
  /** JSON: SessionAttendee[]. */
  attendees: string;
  goals: string;
  summary: string;
  interventions: string;
  dynamics_observations: string;
  outcomes: string;
  risk_concerns: string;
  /** JSON: FollowUp[]. */
  follow_ups: string;
  amended: Flag;
  /** Why the session was planned although the client declined family involvement (else null). */
  declined_consent_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when a clinician reviewed the risk concerns; cleared when they change. */
  risk_reviewed_at: ColumnType<string | null, string | null | undefined, string | null>;
  risk_reviewed_by: ColumnType<string | null, string | null | undefined, string | null>;
  risk_review_note: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FamilySessionRevisionsTable {
  id: string;
  session_id: string;
  version: number;
  recorded_at: string;
  recorded_by: string;
  reason: string | null;
  /** JSON of the session as saved at this version. */
  snapshot: string;
}

export type FamilySessionRow = Selectable<FamilySessionsTable>;

export interface MeasuresTable extends ClinicalColumns {
  id: string;
  client_id: string;
  instrument: string;
  /** YYYY-MM-DD. */
  administered_on: string;
  completed_by: string;
  /** JSON: number[] in item order. */
  answers: string;
  total: number;
  /** JSON: subscale code → score. */
  subscales: string;
  band: string;
  amended: Flag;
  /** 'clinician' or 'self-report' (sent in through a link); defaults to clinician. */
  source: ColumnType<string, string | undefined, never>;
  /** The self-report request this measure answered, if any. */
  self_report_request_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface MeasureRevisionsTable {
  id: string;
  measure_id: string;
  version: number;
  recorded_at: string;
  recorded_by: string;
  reason: string | null;
  /** JSON of the measure as saved at this version. */
  snapshot: string;
}

/** Derived from a client's measures on every measure write (see server/measures/measure-status.ts). */
export interface ClientMeasureStatusTable {
  client_id: string;
  last_measured_on: string | null;
  isolation_risk: Flag;
  low_perceived_support: Flag;
  loneliness: Flag;
  /** A reliable decline since the previous measure (Jacobson & Truax; domain/measures/reliable-change.ts). */
  decline: Flag;
  /** A reliable decline since the first measure. */
  decline_since_first: ColumnType<Flag, Flag | undefined, Flag>;
  /** Band of the latest MSPSS, null if never given. */
  mspss_band: string | null;
  /** JSON: latest InstrumentIndicator per instrument. */
  latest: string;
}

/** The change norm each scale's stored flags were computed with (server/measures/change-norms.ts). */
export interface MeasureChangeNormsTable {
  instrument: string;
  /** `total` or a flagged subscale's code. */
  scale: string;
  steps: number;
  sd: number;
  sd_source: 'clinic' | 'published';
  clinic_clients: number;
}

export type MeasureRow = Selectable<MeasuresTable>;

/** A self-report link. Only the SHA-256 of its token is stored. */
export interface SelfReportRequestsTable extends ClinicalColumns {
  id: string;
  client_id: string;
  kind: 'measures' | 'session-feedback';
  /** Comma-separated instrument codes; empty for feedback. */
  instruments: string;
  session_id: string | null;
  member_id: string | null;
  token_hash: string;
  expires_at: string;
  answered_at: string | null;
  withdrawn_at: string | null;
  repeat_every_weeks: number | null;
  previous_request_id: string | null;
  next_issued: Flag;
  emailed: Flag;
  seen_at: string | null;
  /** When a repeat may get its link; null for a request whose link was issued when it was sent. */
  due_at: string | null;
  /** When the current link was issued; null while no link exists (a scheduled or due repeat). */
  link_issued_at: string | null;
  /** Days a link stays valid from when it is issued. */
  expires_in_days: number;
  /** The address a measures series was emailed to; never leaves the server. */
  email_to: string | null;
}

export interface SessionFeedbackTable {
  id: string;
  request_id: string;
  client_id: string;
  session_id: string;
  member_id: string;
  listened: number;
  understood_next_steps: number;
  useful: number;
  comment: string;
  answered_at: string;
}

export type SelfReportRequestRow = Selectable<SelfReportRequestsTable>;
export type SessionFeedbackRow = Selectable<SessionFeedbackTable>;

export interface ClinicGroupsTable extends ClinicalColumns {
  id: string;
  name: string;
  kind: string;
  frequency: string;
  start_date: string;
  end_date: string;
  start_time: string;
  duration_minutes: number;
  modality: string;
  location: string;
  capacity: number;
  /** JSON array of peer facilitators' names. */
  peer_facilitators: string;
}

export interface GroupFacilitatorsTable {
  group_id: string;
  user_id: string;
}

export interface GroupEnrolmentsTable extends ClinicalColumns {
  id: string;
  group_id: string;
  client_id: string;
  status: 'referred' | 'waiting' | 'enrolled' | 'declined' | 'left';
  referred_on: string;
  referred_by: string;
  decided_on: string | null;
  decided_by: string | null;
  decline_reason: string | null;
  enrolled_on: string | null;
  left_on: string | null;
  leave_reason: string | null;
}

export interface GroupMeetingsTable extends ClinicalColumns {
  id: string;
  group_id: string;
  scheduled_on: string;
  meeting_date: string;
  start_time: string;
  cancelled: Flag;
  group_note: string;
}

export interface GroupAttendanceTable {
  meeting_id: string;
  enrolment_id: string;
  client_id: string;
  attendance: 'present' | 'absent' | 'excused';
  progress_note: string | null;
  note_by: string | null;
  recorded_at: string;
  recorded_by: string;
}

export type ClinicGroupRow = Selectable<ClinicGroupsTable>;
export type GroupEnrolmentRow = Selectable<GroupEnrolmentsTable>;

export interface CommunityProgrammesTable extends ClinicalColumns {
  id: string;
  name: string;
  kind: string;
  contact_name: string;
  phone: string;
  email: string;
  website: string;
  area: string;
  notes: string;
  active: Flag;
}

export interface ReferralsTable extends ClinicalColumns {
  id: string;
  client_id: string;
  group_id: string | null;
  programme_id: string | null;
  /** A clinic group's referral holds the roster place it created. */
  enrolment_id: string | null;
  reason: string;
  consent_given_on: string;
  /** Comma-separated REFERRAL_SHARED_DETAIL_CODES. */
  shared_details: string;
  status: string;
  /** The day of the latest status: the follow-up rule counts from it. */
  status_on: string;
  network_member_id: string | null;
}

export interface ReferralEventsTable {
  id: string;
  referral_id: string;
  status: string;
  occurred_on: string;
  note: string;
  recorded_at: string;
  recorded_by: string;
}
