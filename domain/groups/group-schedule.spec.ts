import { createGroupRequestSchema, recordAttendanceRequestSchema } from './group-requests';
import { scheduledDates } from './group-schedule';

describe('group schedule', () => {
  it('gives every week from the start date to the end date, inclusive', () => {
    expect(scheduledDates({ frequency: 'weekly', startDate: '2026-09-01', endDate: '2026-09-29' })).toEqual([
      '2026-09-01',
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
      '2026-09-29',
    ]);
  });

  it('gives every other week for a fortnightly group', () => {
    expect(scheduledDates({ frequency: 'fortnightly', startDate: '2026-09-01', endDate: '2026-09-28' })).toEqual(['2026-09-01', '2026-09-15']);
  });

  it('refuses an end date before the start date, naming it', () => {
    const result = createGroupRequestSchema.safeParse({
      name: 'G',
      kind: 'therapy-group',
      capacity: 8,
      facilitatorIds: ['0192f0a4-0000-7000-8000-000000000001'],
      schedule: { frequency: 'weekly', startDate: '2026-09-01', endDate: '2026-08-01', startTime: '18:00', durationMinutes: 90, modality: 'in-person' },
    });
    expect(result.success).toBeFalse();
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['schedule.endDate']);
  });

  it('takes a progress note only for a client who attended', () => {
    const result = recordAttendanceRequestSchema.safeParse({
      entries: [{ clientId: '0192f0a4-0000-7000-8000-000000000001', attendance: 'absent', progressNote: 'Seemed well' }],
      version: 1,
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['entries.0.progressNote']);
  });
});
