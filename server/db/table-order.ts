import type { Database } from './database';

/**
 * Every table, parents before children, with the columns that order its rows completely.
 * Copying and checksumming a clinic walk this list; a spec fails if a migration adds a table that
 * is missing here.
 */
export const TABLES_IN_DEPENDENCY_ORDER: readonly { readonly name: keyof Database; readonly orderBy: readonly string[] }[] = [
  // Supervisors (no supervisor_id) before the therapists that point at them.
  { name: 'users', orderBy: ['supervisor_id_is_set', 'id'] },
  { name: 'sign_in_sessions', orderBy: ['id'] },
  { name: 'sign_in_attempt_counters', orderBy: ['counter_key'] },
  { name: 'link_hit_counters', orderBy: ['counter_key'] },
  { name: 'audit_events', orderBy: ['id'] },
  { name: 'clients', orderBy: ['id'] },
  { name: 'client_concerns', orderBy: ['client_id', 'concern'] },
  { name: 'network_members', orderBy: ['id'] },
  { name: 'network_member_revisions', orderBy: ['id'] },
  { name: 'support_notes', orderBy: ['id'] },
  { name: 'support_note_revisions', orderBy: ['id'] },
  { name: 'support_note_members', orderBy: ['note_id', 'member_id'] },
  { name: 'family_sessions', orderBy: ['id'] },
  { name: 'family_session_revisions', orderBy: ['id'] },
  // Before the measures that answered them; a repeat after the request it follows (uuidv7 ids are time-ordered).
  { name: 'self_report_requests', orderBy: ['id'] },
  { name: 'measures', orderBy: ['id'] },
  { name: 'measure_revisions', orderBy: ['id'] },
  { name: 'client_measure_status', orderBy: ['client_id'] },
  { name: 'measure_change_norms', orderBy: ['instrument', 'scale'] },
  { name: 'session_feedback', orderBy: ['id'] },
  { name: 'clinic_groups', orderBy: ['id'] },
  { name: 'group_facilitators', orderBy: ['group_id', 'user_id'] },
  { name: 'group_enrolments', orderBy: ['id'] },
  { name: 'group_meetings', orderBy: ['id'] },
  { name: 'group_attendance', orderBy: ['meeting_id', 'client_id'] },
  { name: 'community_programmes', orderBy: ['id'] },
  { name: 'referrals', orderBy: ['id'] },
  { name: 'referral_events', orderBy: ['id'] },
  { name: 'second_factors', orderBy: ['user_id'] },
  { name: 'recovery_codes', orderBy: ['id'] },
  { name: 'two_factor_policy', orderBy: ['id'] },
];
