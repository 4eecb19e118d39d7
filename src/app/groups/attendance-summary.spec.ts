import { attendanceSummary } from './attendance-summary';

const meeting = (attendance: 'present' | 'absent' | 'excused') => ({ date: '2026-11-01', attendance, progressNote: null, noteAuthorName: null });

describe('attendanceSummary', () => {
  it('counts present meetings of the recorded ones, excused as not attended', () => {
    expect(attendanceSummary({ meetings: [meeting('present'), meeting('absent'), meeting('excused'), meeting('present')] })).toBe('2 of 4 meetings');
  });

  it('says "meeting" for one', () => {
    expect(attendanceSummary({ meetings: [meeting('present')] })).toBe('1 of 1 meeting');
  });

  it('says nothing before any attendance is recorded', () => {
    expect(attendanceSummary({ meetings: [] })).toBeNull();
  });
});
