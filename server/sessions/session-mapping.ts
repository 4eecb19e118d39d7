import type { FamilySession, FollowUp, SessionAttendee } from '@domain/sessions/family-session';
import type { FamilySessionRow } from '../db/database';

export function toFamilySession(row: FamilySessionRow): FamilySession {
  return {
    id: row.id,
    clientId: row.client_id,
    therapistId: row.therapist_id,
    type: row.type as FamilySession['type'],
    modality: row.modality as FamilySession['modality'],
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    location: row.location,
    status: row.status as FamilySession['status'],
    attendees: JSON.parse(row.attendees) as SessionAttendee[],
    goals: row.goals,
    summary: row.summary,
    interventions: row.interventions,
    dynamicsObservations: row.dynamics_observations,
    outcomes: row.outcomes,
    riskConcerns: row.risk_concerns,
    followUps: JSON.parse(row.follow_ups) as FollowUp[],
    amended: row.amended === 1,
    declinedConsentReason: row.declined_consent_reason,
    riskReview:
      row.risk_reviewed_at && row.risk_reviewed_by
        ? { reviewedAt: row.risk_reviewed_at, reviewedBy: row.risk_reviewed_by, note: row.risk_review_note ?? '' }
        : null,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function endsAt(startsAt: string, durationMinutes: number): string {
  return new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString();
}

/** Names of the session fields that differ (for the audit trail; never values). */
export function changedSessionFields(before: FamilySession, after: FamilySession): string[] {
  const ignored = new Set(['version', 'updatedAt', 'updatedBy', 'amended']);
  return (Object.keys(after) as (keyof FamilySession)[]).filter(
    (key) => !ignored.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
