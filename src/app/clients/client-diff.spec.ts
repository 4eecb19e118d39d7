import { clientChanges } from './client-diff';
import { clientWith, OTHER_THERAPIST_ID } from './testing/clients-fixtures';

describe('clientChanges', () => {
  const base = clientWith();

  it('finds no change between two readings of the same version, bookkeeping aside', () => {
    expect(clientChanges(base, { ...base, version: 9, updatedAt: '2026-11-25T10:00:00.000Z' })).toEqual([]);
  });

  it('lists each changed field with both values as a person reads them, in form order', () => {
    const changed = clientWith({
      caseNumber: 'CC-09999',
      preferredName: 'Robbie',
      pronouns: '',
      primaryConcerns: ['grief', 'trauma'],
      familyConsent: 'granted',
      dateOfBirth: '1990-04-13',
    });

    expect(clientChanges(base, changed)).toEqual([
      { field: 'preferredName', label: 'Preferred name', before: 'Robin', after: 'Robbie' },
      { field: 'dateOfBirth', label: 'Date of birth', before: 'Apr 12, 1990', after: 'Apr 13, 1990' },
      { field: 'caseNumber', label: 'Case number', before: 'CC-00001', after: 'CC-09999' },
      { field: 'pronouns', label: 'Pronouns', before: 'they/them', after: 'Not recorded' },
      { field: 'primaryConcerns', label: 'Primary concerns', before: 'Anxiety, Depression', after: 'Grief, Trauma / PTSD' },
      { field: 'familyConsent', label: 'Family-involvement consent', before: 'Partial', after: 'Granted' },
    ]);
  });

  it('shows a discharge and a new therapist by name', () => {
    const discharged = clientWith({
      status: 'discharged',
      dischargedOn: '2026-11-01',
      dischargeReason: 'Goals met',
      therapistId: OTHER_THERAPIST_ID,
      therapistName: 'Theo Therapist',
    });

    expect(clientChanges(base, discharged)).toEqual([
      { field: 'status', label: 'Status', before: 'Active', after: 'Discharged' },
      { field: 'dischargedOn', label: 'Discharge date', before: 'Not recorded', after: 'Nov 1, 2026' },
      { field: 'dischargeReason', label: 'Discharge reason', before: 'Not recorded', after: 'Goals met' },
      { field: 'therapistId', label: 'Therapist', before: 'Tess Therapist', after: 'Theo Therapist' },
    ]);
  });

  it('ignores the order of concerns (the server sorts them)', () => {
    expect(clientChanges(base, clientWith({ primaryConcerns: ['depression', 'anxiety'] }))).toEqual([]);
  });
});
