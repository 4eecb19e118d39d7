import { FormControl, FormGroup } from '@angular/forms';
import type { FamilySession } from '@domain/sessions/family-session';
import type { Modality, SessionType } from '@domain/sessions/session-codes';
import {
  planSessionRequestSchema,
  type PlanSessionRequest,
} from '@domain/sessions/session-requests';
import { fieldErrorsOf, type FieldError } from '@domain/validation/field-errors';
import { applyFieldErrors } from '../../shared/forms/apply-field-errors';
import { instantOf, localDateOf, localTimeOf } from '../../shared/time/local-time';

/** A new session starts as the most common kind: an hour, in person, with the family. */
export function planForm(session: FamilySession | null) {
  return new FormGroup({
    date: new FormControl(session ? localDateOf(session.startsAt) : '', { nonNullable: true }),
    startTime: new FormControl(session ? localTimeOf(session.startsAt) : '', { nonNullable: true }),
    durationMinutes: new FormControl<number | null>(session?.durationMinutes ?? 60),
    type: new FormControl<SessionType>(session?.type ?? 'family-session', { nonNullable: true }),
    modality: new FormControl<Modality>(session?.modality ?? 'in-person', { nonNullable: true }),
    location: new FormControl(session?.location ?? '', { nonNullable: true }),
    memberIds: new FormControl<string[]>(memberIdsOf(session), { nonNullable: true }),
    goals: new FormControl(session?.goals ?? '', { nonNullable: true }),
    pastSession: new FormControl(false, { nonNullable: true }),
    consentWarningAcknowledged: new FormControl(false, { nonNullable: true }),
    overlapAcknowledged: new FormControl(false, { nonNullable: true }),
    clientDeclinedAcknowledged: new FormControl(false, { nonNullable: true }),
    clientDeclinedReason: new FormControl(session?.declinedConsentReason ?? '', { nonNullable: true }),
  });
}

export type PlanForm = ReturnType<typeof planForm>;

export function memberIdsOf(session: FamilySession | null): string[] {
  return (session?.attendees ?? []).filter(({ kind }) => kind === 'member').map(({ id }) => id);
}

/** Co-facilitating clinicians are not chosen in this form, but a re-plan keeps them. */
export function clinicianIdsOf(session: FamilySession | null): string[] {
  return (session?.attendees ?? []).filter(({ kind }) => kind === 'clinician').map(({ id }) => id);
}

/**
 * Where a message about a request field shows on the form: the start on the date, any invitee on
 * the list of people. Null for fields the form has no control for.
 */
export function planControlOf(field: string): string | null {
  const [name] = field.split('.');
  switch (name) {
    case 'startsAt':
      return 'date';
    case 'memberIds':
      return 'memberIds';
    case 'clinicianIds':
      return null;
    default:
      return name;
  }
}

export function planFieldErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.flatMap(({ field, message }) => {
    const control = planControlOf(field);
    return control === null ? [] : [{ field: control, message }];
  });
}

/**
 * The plan request the form describes, checked with the shared schema (and the start against
 * `now` unless the session already happened); or null after putting each message on its field.
 */
export function readPlan(
  form: PlanForm,
  clinicianIds: readonly string[],
  now: number,
): PlanSessionRequest | null {
  const { date, startTime, durationMinutes, ...rest } = form.getRawValue();
  const errors: FieldError[] = [];
  if (date === '') {
    errors.push({ field: 'date', message: 'Required.' });
  }
  if (startTime === '') {
    errors.push({ field: 'startTime', message: 'Required.' });
  }
  const startsAt = instantOf(date, startTime);
  if (startsAt === null && errors.length === 0) {
    errors.push({ field: 'date', message: 'Not a real date and time.' });
  }
  const parsed = planSessionRequestSchema.safeParse({
    ...rest,
    startsAt: startsAt ?? undefined,
    durationMinutes: durationMinutes ?? undefined,
    clinicianIds: [...clinicianIds],
  });
  if (!parsed.success) {
    const schemaErrors = planFieldErrors(fieldErrorsOf(parsed.error));
    // Without a start there is nothing more to say about it than "Required.".
    errors.push(...schemaErrors.filter(({ field }) => startsAt !== null || field !== 'date'));
  } else if (startsAt !== null && !rest.pastSession && Date.parse(startsAt) < now) {
    errors.push({
      field: 'date',
      message:
        'This start is in the past. Tick “This session already happened” to enter a past session.',
    });
  }
  applyFieldErrors(form, errors);
  return parsed.success && errors.length === 0 ? parsed.data : null;
}
