import type { Kysely } from 'kysely';
import { todayIsoDate } from '@domain/common/iso-date';
import { allowsSharing, consentStateOn, CONSENT_STATE_LABELS } from '@domain/network/consent-state';
import { isActiveOn } from '@domain/network/network-summary';
import type { FamilySession, SessionAttendee } from '@domain/sessions/family-session';
import type { PlanSessionRequest, RecordSessionRequest } from '@domain/sessions/session-requests';
import type { FieldError } from '@domain/validation/field-errors';
import type { Database } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { factsOf } from '../network/network-mapping';
import { membersOfClient } from '../network/network.repository';

/**
 * Resolves the invited people: every member id must be an active member of this client's network,
 * every clinician id an active clinician. Answers 400 naming each offending entry.
 */
export async function resolveAttendees(
  db: Kysely<Database>,
  clientId: string,
  plan: Pick<PlanSessionRequest, 'memberIds' | 'clinicianIds'>,
  today: string,
  previous: readonly SessionAttendee[] = [],
): Promise<{ attendees: SessionAttendee[]; consentWarnings: FieldError[] }> {
  const members = new Map((await membersOfClient(db, clientId)).map((row) => [row.id, factsOf(row)]));
  const clinicians = new Map(
    plan.clinicianIds.length === 0 ? [] : (await teamCliniciansAmong(db, clientId, plan.clinicianIds, previous)).map((row) => [row.id, row.name]),
  );
  const errors: FieldError[] = [];
  const consentWarnings: FieldError[] = [];
  const attendance = new Map(previous.map((attendee) => [attendee.id, attendee.attendance]));
  const attendees: SessionAttendee[] = [];
  plan.memberIds.forEach((id, index) => {
    const facts = members.get(id);
    if (!facts || !isActiveOn(facts, today)) {
      errors.push({ field: `memberIds.${index}`, message: "Not an active member of this client's network." });
      return;
    }
    const consent = consentStateOn(facts.consent, today);
    if (!allowsSharing(consent)) {
      consentWarnings.push({ field: `memberIds.${index}`, message: `${CONSENT_STATE_LABELS[consent]}: invite only after acknowledging this.` });
    }
    attendees.push({ kind: 'member', id, name: facts.name, attendance: attendance.get(id) ?? 'invited' });
  });
  plan.clinicianIds.forEach((id, index) => {
    const name = clinicians.get(id);
    if (!name) {
      errors.push({ field: `clinicianIds.${index}`, message: "Not an active clinician of this client's team." });
      return;
    }
    attendees.push({ kind: 'clinician', id, name, attendance: attendance.get(id) ?? 'invited' });
  });
  if (errors.length > 0) {
    throw HttpProblem.badRequest(errors);
  }
  return { attendees, consentWarnings };
}

/**
 * Of the given ids, the active clinicians who may co-facilitate this client's sessions: the
 * client's therapist, their supervisor and the supervisor's other therapists. Anyone else (another
 * team's clinician, picked by id) is refused without their name being read back. Clinicians already
 * on the session stay, so an edit does not fail when a colleague has since changed team.
 */
async function teamCliniciansAmong(
  db: Kysely<Database>,
  clientId: string,
  ids: readonly string[],
  previous: readonly SessionAttendee[],
): Promise<{ id: string; name: string }[]> {
  const team = await db
    .selectFrom('clients')
    .innerJoin('users as therapist', 'therapist.id', 'clients.therapist_id')
    .select(['therapist.id as therapistId', 'therapist.supervisor_id as supervisorId'])
    .where('clients.id', '=', clientId)
    .executeTakeFirst();
  if (!team) {
    return [];
  }
  const alreadyInvited = previous.filter((attendee) => attendee.kind === 'clinician').map((attendee) => attendee.id);
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .where('active', '=', 1)
    .where('role', 'in', ['therapist', 'supervisor'])
    .where((eb) => {
      const inTeam = [eb('id', '=', team.therapistId)];
      if (team.supervisorId) {
        inTeam.push(eb('id', '=', team.supervisorId), eb('supervisor_id', '=', team.supervisorId));
      }
      if (alreadyInvited.length > 0) {
        inTeam.push(eb('id', 'in', alreadyInvited));
      }
      return eb.or(inTeam);
    })
    .execute();
}

/** The therapist's other sessions that share time with this one (cancelled ones do not count). */
export async function overlappingSessions(
  db: Kysely<Database>,
  therapistId: string,
  startsAt: string,
  endsAt: string,
  exceptId?: string,
): Promise<number> {
  let query = db
    .selectFrom('family_sessions')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('therapist_id', '=', therapistId)
    .where('status', 'in', ['planned', 'completed'])
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt);
  if (exceptId) {
    query = query.where('id', '!=', exceptId);
  }
  return Number((await query.executeTakeFirstOrThrow()).count);
}

/**
 * Warnings the clinician must see and accept before saving: invitees without current consent to
 * share information, and overlapping sessions. Unacknowledged, they answer 409 naming the fields.
 */
export function requireAcknowledgements(
  plan: Pick<PlanSessionRequest, 'consentWarningAcknowledged' | 'overlapAcknowledged' | 'clientDeclinedAcknowledged'>,
  consentWarnings: readonly FieldError[],
  overlaps: number,
  clientDeclined: boolean,
): void {
  const pending: FieldError[] = [];
  if (clientDeclined && !plan.clientDeclinedAcknowledged) {
    pending.push({ field: 'clientDeclinedAcknowledged', message: 'The client declined family involvement: confirm, with a reason, to plan this session anyway.' });
  }
  if (consentWarnings.length > 0 && !plan.consentWarningAcknowledged) {
    pending.push(...consentWarnings);
  }
  if (overlaps > 0 && !plan.overlapAcknowledged) {
    pending.push({ field: 'startsAt', message: `Overlaps ${overlaps} other session(s) of yours.` });
  }
  if (pending.length > 0) {
    throw new HttpProblem(409, 'Acknowledgement required', 'Review these warnings, then confirm to save.', pending);
  }
}

export function assertNotPast(startsAt: string, pastSession: boolean, now: Date): void {
  if (!pastSession && Date.parse(startsAt) < now.getTime()) {
    throw HttpProblem.badRequest([{ field: 'startsAt', message: 'A planned session cannot start in the past (record a past session instead).' }]);
  }
  if (pastSession && todayIsoDate(new Date(startsAt)) > todayIsoDate(now)) {
    throw HttpProblem.badRequest([{ field: 'startsAt', message: 'A past session cannot be in the future.' }]);
  }
}

/**
 * The client's own decision comes first: a client who declined family involvement can still have a
 * session planned (a clinic may need one, e.g. a network meeting about safety), but only with the
 * decline acknowledged (requireAcknowledgements) and a reason, which is kept with the session.
 * Returns the reason to store, or null when the client has not declined.
 */
export function declinedConsentReason(familyConsent: string, plan: Pick<PlanSessionRequest, 'clientDeclinedAcknowledged' | 'clientDeclinedReason'>): string | null {
  if (familyConsent !== 'declined') {
    return null;
  }
  if (plan.clientDeclinedAcknowledged && plan.clientDeclinedReason === '') {
    throw HttpProblem.badRequest([{ field: 'clientDeclinedReason', message: 'Say why this session is planned although the client declined family involvement.' }]);
  }
  return plan.clientDeclinedReason;
}

/**
 * What a record may say given when the session takes place: a session that has not started yet
 * cannot be completed or missed, nor anyone's attendance taken; and no follow-up falls due before
 * the session. Answers 400 naming each field.
 */
export function assertRecordFitsItsDate(
  session: Pick<FamilySession, 'startsAt'>,
  record: Pick<RecordSessionRequest, 'status' | 'attendance' | 'followUps'>,
  now: Date,
): void {
  const errors: FieldError[] = [];
  if (Date.parse(session.startsAt) > now.getTime()) {
    if (record.status === 'completed' || record.status === 'no-show') {
      errors.push({ field: 'status', message: 'This session has not taken place yet: record it once it has (or cancel it).' });
    }
    record.attendance.forEach((entry, index) => {
      if (entry.attendance !== 'invited') {
        errors.push({ field: `attendance.${index}.attendance`, message: 'Attendance can be taken once the session has taken place.' });
      }
    });
  }
  // The server knows no clinic time zone: the session's date is taken as the earliest calendar date
  // its start falls on anywhere (UTC−12), so a follow-up due on the session's local day always passes.
  const sessionDate = todayIsoDate(new Date(Date.parse(session.startsAt) - 12 * 3_600_000));
  record.followUps.forEach((followUp, index) => {
    if (followUp.dueOn < sessionDate) {
      errors.push({ field: `followUps.${index}.dueOn`, message: 'A follow-up cannot be due before the session.' });
    }
  });
  if (errors.length > 0) {
    throw HttpProblem.badRequest(errors);
  }
}
