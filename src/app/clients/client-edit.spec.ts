import { editedRecord, rebaseEdit, sameValue, type ClientEdit, type ClientFields } from './client-edit';
import { clientWith, OTHER_THERAPIST_ID } from './testing/clients-fixtures';

describe('client edits', () => {
  const base = clientWith();
  const fieldsOf = (client = base): ClientFields => ({
    preferredName: client.preferredName,
    legalName: client.legalName,
    dateOfBirth: client.dateOfBirth,
    caseNumber: client.caseNumber,
    pronouns: client.pronouns,
    primaryConcerns: [...client.primaryConcerns],
    treatmentStart: client.treatmentStart,
    familyConsent: client.familyConsent,
  });

  describe('editedRecord', () => {
    it('applies form fields, a status change or a reassignment to the record', () => {
      const update: ClientEdit = { kind: 'update', fields: { ...fieldsOf(), preferredName: 'Robbie' } };
      const discharge: ClientEdit = { kind: 'status', status: 'discharged', dischargedOn: '2026-11-01', dischargeReason: 'Goals met' };
      const reassign: ClientEdit = { kind: 'reassign', therapistId: OTHER_THERAPIST_ID, therapistName: 'Theo Therapist' };

      expect(editedRecord(base, update)).toEqual({ ...base, preferredName: 'Robbie' });
      expect(editedRecord(base, discharge)).toEqual({
        ...base,
        status: 'discharged',
        dischargedOn: '2026-11-01',
        dischargeReason: 'Goals met',
      });
      expect(editedRecord(base, reassign)).toEqual({ ...base, therapistId: OTHER_THERAPIST_ID, therapistName: 'Theo Therapist' });
    });
  });

  describe('rebaseEdit', () => {
    it('keeps the user’s changed fields and takes everything else from the current version', () => {
      const mine: ClientEdit = { kind: 'update', fields: { ...fieldsOf(), preferredName: 'Robbie', primaryConcerns: ['grief'] } };
      const current = clientWith({ caseNumber: 'CC-09999', preferredName: 'Rob', pronouns: 'he/him', version: 4 });

      expect(rebaseEdit(base, mine, current)).toEqual({
        kind: 'update',
        fields: { ...fieldsOf(current), preferredName: 'Robbie', primaryConcerns: ['grief'] },
      });
    });

    it('does not count a reordered concern list as a change', () => {
      const mine: ClientEdit = { kind: 'update', fields: { ...fieldsOf(), primaryConcerns: ['depression', 'anxiety'] } };
      const current = clientWith({ primaryConcerns: ['trauma'], version: 4 });

      const rebased = rebaseEdit(base, mine, current);

      expect(rebased.kind === 'update' && rebased.fields.primaryConcerns).toEqual(['trauma']);
    });

    it('sends a status change or a reassignment again as it was', () => {
      const hold: ClientEdit = { kind: 'status', status: 'on-hold', dischargedOn: null, dischargeReason: null };

      expect(rebaseEdit(base, hold, clientWith({ version: 9 }))).toBe(hold);
    });
  });

  it('compares lists as sets and everything else strictly', () => {
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBeTrue();
    expect(sameValue(['a'], ['a', 'b'])).toBeFalse();
    expect(sameValue(null, '')).toBeFalse();
    expect(sameValue('x', 'x')).toBeTrue();
  });
});
