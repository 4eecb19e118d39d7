import { describeSchedule, weekdayOf } from './group-words';

describe('group words', () => {
  it('names the weekday of a date', () => {
    expect(weekdayOf('2026-12-03')).toBe('Thursday');
  });

  it('describes a schedule in one line', () => {
    expect(
      describeSchedule({ frequency: 'fortnightly', startDate: '2026-12-03', endDate: '2027-03-01', startTime: '18:00', durationMinutes: 90, modality: 'in-person', location: 'Room 2' }),
    ).toBe('Fortnightly on Thursday at 18:00, 90 minutes, in person (Room 2)');
  });
});
