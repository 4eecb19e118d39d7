import type { FamilySession, FollowUp } from '@domain/sessions/family-session';
import {
  ATTENDANCE,
  FOLLOW_UP_OWNERS,
  MODALITIES,
  SESSION_STATUSES,
  SESSION_TYPES,
} from '@domain/sessions/session-codes';

/** The words clinicians read for a session's codes and people. */
export const typeLabel = (session: Pick<FamilySession, 'type'>) => SESSION_TYPES[session.type];
export const modalityLabel = (session: Pick<FamilySession, 'modality'>) =>
  MODALITIES[session.modality];

/** Everyone invited, in the order they were invited. */
export function attendeeNames(session: Pick<FamilySession, 'attendees'>): string {
  return session.attendees.length === 0
    ? 'No one invited'
    : session.attendees.map(({ name }) => name).join(', ');
}

export function attendanceLabel(attendance: keyof typeof ATTENDANCE): string {
  return attendance === 'invited' ? 'Not recorded' : ATTENDANCE[attendance];
}

/** Who owns a follow-up: the member by name (or that they left), else the client or the clinician. */
export function ownerLabel(
  followUp: Pick<FollowUp, 'ownerKind' | 'ownerMemberId'>,
  memberNames: Readonly<Record<string, string>>,
): string {
  if (followUp.ownerKind !== 'member') {
    return FOLLOW_UP_OWNERS[followUp.ownerKind];
  }
  return (followUp.ownerMemberId && memberNames[followUp.ownerMemberId]) || 'A network member';
}

export const statusLabel = (session: Pick<FamilySession, 'status'>) =>
  SESSION_STATUSES[session.status];
