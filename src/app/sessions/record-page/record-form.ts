import { FormArray, FormControl, FormGroup, FormRecord } from '@angular/forms';
import type { FamilySession, FollowUp } from '@domain/sessions/family-session';
import type { Attendance, FollowUpOwnerKind, SessionStatus } from '@domain/sessions/session-codes';
import { recordSessionRequestSchema } from '@domain/sessions/session-requests';
import { fieldErrorsOf, type FieldError } from '@domain/validation/field-errors';
import { applyFieldErrors } from '../../shared/forms/apply-field-errors';
import type { SessionRecordFields } from '../session-edit';

export function followUpGroup(followUp: FollowUp | null = null) {
  return new FormGroup({
    id: new FormControl<string | null>(followUp?.id ?? null),
    what: new FormControl(followUp?.what ?? '', { nonNullable: true }),
    ownerKind: new FormControl<FollowUpOwnerKind | ''>(followUp?.ownerKind ?? '', {
      nonNullable: true,
    }),
    ownerMemberId: new FormControl<string | null>(followUp?.ownerMemberId ?? null),
    dueOn: new FormControl(followUp?.dueOn ?? '', { nonNullable: true }),
    done: new FormControl(followUp?.done ?? false, { nonNullable: true }),
  });
}

export type FollowUpGroup = ReturnType<typeof followUpGroup>;

/** A planned session whose start has passed is most likely being recorded as completed. */
function statusToRecord(session: FamilySession, now: number): SessionStatus {
  return session.status === 'planned' && Date.parse(session.startsAt) <= now
    ? 'completed'
    : session.status;
}

/** The record form, starting from the session as saved; attendance is keyed by the invitee's id. */
export function recordForm(session: FamilySession, now: number) {
  return new FormGroup({
    status: new FormControl<SessionStatus>(statusToRecord(session, now), { nonNullable: true }),
    attendance: new FormRecord(
      Object.fromEntries(
        session.attendees.map(({ id, attendance }) => [
          id,
          new FormControl<Attendance>(attendance, { nonNullable: true }),
        ]),
      ),
    ),
    goals: new FormControl(session.goals, { nonNullable: true }),
    summary: new FormControl(session.summary, { nonNullable: true }),
    interventions: new FormControl(session.interventions, { nonNullable: true }),
    dynamicsObservations: new FormControl(session.dynamicsObservations, { nonNullable: true }),
    outcomes: new FormControl(session.outcomes, { nonNullable: true }),
    riskConcerns: new FormControl(session.riskConcerns, { nonNullable: true }),
    followUps: new FormArray(session.followUps.map((followUp) => followUpGroup(followUp))),
    amendmentReason: new FormControl('', { nonNullable: true }),
  });
}

export type RecordForm = ReturnType<typeof recordForm>;

/** Once completed, a session changes only by amendment, with a reason. */
export const isAmendment = (session: FamilySession) => session.status === 'completed';

/**
 * Where a message about a request field shows: attendance by the invitee's position becomes the
 * invitee's own control; everything else has the request's name.
 */
export function recordFieldErrors(
  errors: readonly FieldError[],
  session: FamilySession,
): FieldError[] {
  return errors.map(({ field, message }) => {
    const [name, index] = field.split('.');
    const attendee = name === 'attendance' ? session.attendees[Number(index)] : undefined;
    return attendee ? { field: `attendance.${attendee.id}`, message } : { field, message };
  });
}

/**
 * The record the form describes, checked with the shared schema; an amendment also needs its
 * reason. Null after putting each message on its field.
 */
export function readRecord(form: RecordForm, base: FamilySession): SessionRecordFields | null {
  const raw = form.getRawValue();
  const amending = isAmendment(base);
  const parsed = recordSessionRequestSchema.safeParse({
    status: raw.status,
    attendance: base.attendees
      .filter(({ id }) => raw.attendance[id] !== undefined)
      .map(({ id }) => ({ id, attendance: raw.attendance[id] })),
    goals: raw.goals,
    summary: raw.summary,
    interventions: raw.interventions,
    dynamicsObservations: raw.dynamicsObservations,
    outcomes: raw.outcomes,
    riskConcerns: raw.riskConcerns,
    followUps: raw.followUps.map(({ id, ownerKind, ownerMemberId, dueOn, ...followUp }) => ({
      ...(id ? { id } : {}),
      ...followUp,
      ownerKind: ownerKind || undefined,
      ownerMemberId: ownerKind === 'member' ? ownerMemberId : null,
      dueOn: dueOn || undefined,
    })),
    amendmentReason: amending ? raw.amendmentReason : null,
    version: base.version,
  });
  const errors = parsed.success ? [] : recordFieldErrors(fieldErrorsOf(parsed.error), base);
  // The schema checks the owning member only once the rest of the follow-up is valid; say it at once.
  raw.followUps.forEach(({ ownerKind, ownerMemberId }, index) => {
    if (ownerKind === 'member' && !ownerMemberId) {
      errors.push({
        field: `followUps.${index}.ownerMemberId`,
        message: 'Choose the member who owns this follow-up.',
      });
    }
  });
  if (amending && raw.amendmentReason.trim() === '') {
    errors.push({
      field: 'amendmentReason',
      message: 'Required: completed sessions change by amendment.',
    });
  }
  applyFieldErrors(form, errors);
  if (!parsed.success || errors.length > 0) {
    return null;
  }
  // The version travels beside the record, so the same record can be re-applied on a newer one.
  const record: Partial<typeof parsed.data> = { ...parsed.data };
  delete record.version;
  return record as SessionRecordFields;
}
