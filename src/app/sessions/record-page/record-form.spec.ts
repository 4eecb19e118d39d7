import { FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { completedSession, CONSENTING, sessionWith } from '../testing/sessions-fixtures';
import { readRecord, recordFieldErrors, recordForm } from './record-form';

describe('record form', () => {
  const now = Date.parse('2026-11-25T09:00:00Z');

  it('starts a planned session that has passed as completed, and a future one as planned', () => {
    expect(
      recordForm(sessionWith({ startsAt: '2026-11-24T14:00:00.000Z' }), now).controls.status.value,
    ).toBe('completed');
    expect(
      recordForm(sessionWith({ startsAt: '2026-12-01T14:00:00.000Z' }), now).controls.status.value,
    ).toBe('planned');
  });

  it('keeps each follow-up’s id, so the server updates rather than adds it', () => {
    const session = completedSession();
    const form = recordForm(session, now);
    form.controls.amendmentReason.setValue('Typo');

    expect(readRecord(form, session)?.followUps).toEqual([session.followUps[0]]);
  });

  it('needs a reason to amend a completed session, and none otherwise', () => {
    const session = completedSession();
    const form = recordForm(session, now);

    expect(readRecord(form, session)).toBeNull();
    expect(form.controls.amendmentReason.getError(FIELD_ERROR)).toBe(
      'Required: completed sessions change by amendment.',
    );
    const planned = sessionWith();
    expect(readRecord(recordForm(planned, now), planned)?.amendmentReason).toBeNull();
  });

  it('puts the server’s attendance messages on the invitee’s own control', () => {
    expect(
      recordFieldErrors([{ field: 'attendance.0.id', message: 'Not invited' }], sessionWith()),
    ).toEqual([{ field: `attendance.${CONSENTING.id}`, message: 'Not invited' }]);
  });
});
