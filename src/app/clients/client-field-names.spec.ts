import { humanFieldName } from './client-field-names';

describe('humanFieldName', () => {
  it('uses the clinicians’ words for known fields', () => {
    expect(humanFieldName('preferredName')).toBe('preferred name');
    expect(humanFieldName('dischargedOn')).toBe('discharge date');
    expect(humanFieldName('therapistId')).toBe('therapist');
  });

  it('splits an unknown camel-case name into words', () => {
    expect(humanFieldName('emergencyContactPhone')).toBe('emergency contact phone');
  });
});
