import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import { attendanceRate, considerReferralTable, groupsReferralsTable } from './groups-referrals-table';
import { dashboardWith } from './testing/dashboard-fixtures';

const without = (key: keyof TeamDashboard) => Object.fromEntries(Object.entries(dashboardWith()).filter(([name]) => name !== key)) as unknown as TeamDashboard;

describe('groupsReferralsTable', () => {
  it('gives each therapist’s attendance rate, present and recorded, and referrals per status, with the team’s rate from its sums', () => {
    const table = groupsReferralsTable(dashboardWith())!;

    expect(table.filename).toBe('groups-and-referrals-by-therapist.csv');
    expect(table.columns.map(({ label }) => label)).toEqual([
      'Therapist',
      'Attendance rate (%)',
      'Present',
      'Attendances recorded',
      'Referrals: referred',
      'Referrals: contacted',
      'Referrals: attending',
      'Referrals: ended',
      'Referrals: declined',
      'Referrals: no response',
    ]);
    expect(table.rows.map(({ cells }) => cells)).toEqual([
      ['Tess Therapist', 80, 8, 10, 1, 2, 1, 0, 1, 0],
      ['Omar Okafor', 50, 3, 6, 0, 0, 2, 1, 0, 1],
      ['Pia Park', null, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    // 11 of 16, not the mean of 80 and 50.
    expect(table.totals).toEqual(['Team', 69, 11, 16, 1, 2, 3, 1, 1, 1]);
  });

  it('shows no section when the server sends no figures', () => {
    expect(groupsReferralsTable(without('groupsReferrals'))).toBeNull();
  });

  it('rounds the rate to a whole percentage', () => {
    expect(attendanceRate(2, 3)).toBe(67);
    expect(attendanceRate(0, 0)).toBeNull();
  });
});

describe('considerReferralTable', () => {
  it('lists each client with case number, therapist and why, linking to the client', () => {
    const table = considerReferralTable(dashboardWith())!;
    expect(table.rows).toEqual([{ cells: ['Kit', 'CC-00003', 'Omar Okafor', 'Low perceived support; Lonely'], link: ['/clients', '0190a1b2-1111-7000-8000-000000000003'] }]);
    expect(considerReferralTable(without('considerReferral'))).toBeNull();
  });
});
