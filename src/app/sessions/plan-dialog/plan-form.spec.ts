import { FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { instantOf } from '../../shared/time/local-time';
import { CONSENTING, sessionWith } from '../testing/sessions-fixtures';
import { clinicianIdsOf, planFieldErrors, planForm, readPlan } from './plan-form';

describe('plan form', () => {
  const now = Date.parse('2026-11-25T09:00:00Z');

  it('puts messages about the start and about invitees on the fields that hold them', () => {
    expect(
      planFieldErrors([
        { field: 'startsAt', message: 'Overlaps' },
        { field: 'memberIds.1', message: 'Not active' },
        { field: 'clinicianIds.0', message: 'Not a clinician' },
        { field: 'durationMinutes', message: 'Too long' },
      ]),
    ).toEqual([
      { field: 'date', message: 'Overlaps' },
      { field: 'memberIds', message: 'Not active' },
      { field: 'durationMinutes', message: 'Too long' },
    ]);
  });

  it('reads a valid plan, with the start as a UTC instant', () => {
    const form = planForm(null);
    form.patchValue({ date: '2026-12-01', startTime: '14:00', memberIds: [CONSENTING.id] });

    expect(readPlan(form, [], now)).toEqual(
      jasmine.objectContaining({
        startsAt: instantOf('2026-12-01', '14:00')!,
        durationMinutes: 60,
        memberIds: [CONSENTING.id],
      }),
    );
  });

  it('checks the duration with the shared schema', () => {
    const form = planForm(null);
    form.patchValue({ date: '2026-12-01', startTime: '14:00', durationMinutes: 481 });

    expect(readPlan(form, [], now)).toBeNull();
    expect(form.controls.durationMinutes.getError(FIELD_ERROR)).toBe('Must be at most 8 hours.');
  });

  it('starts a re-plan from the session, and keeps its clinicians aside', () => {
    const session = sessionWith({
      attendees: [
        { kind: 'member', id: CONSENTING.id, name: CONSENTING.name, attendance: 'invited' },
        { kind: 'clinician', id: 'c1', name: 'Cleo', attendance: 'invited' },
      ],
    });

    expect(planForm(session).controls.memberIds.value).toEqual([CONSENTING.id]);
    expect(clinicianIdsOf(session)).toEqual(['c1']);
  });
});
