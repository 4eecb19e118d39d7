import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import { selfReportTable } from './self-report-table';
import { dashboardWith, OMAR, PIA, TESS } from './testing/dashboard-fixtures';

describe('selfReportTable', () => {
  it('lists sent, answered and expired links and the feedback average per therapist, with team totals', () => {
    const table = selfReportTable(
      dashboardWith({
        selfReports: [
          { therapistId: TESS, sent: 8, answered: 5, expired: 2, feedbackAverage: 4.333 },
          { therapistId: OMAR, sent: 3, answered: 1, expired: 1, feedbackAverage: null },
          { therapistId: PIA, sent: 0, answered: 0, expired: 0, feedbackAverage: null },
        ],
      }),
    )!;

    expect(table.filename).toBe('self-report-by-therapist.csv');
    expect(table.columns.map(({ label }) => label)).toEqual(['Therapist', 'Links sent', 'Answered', 'Expired unanswered', 'Average family feedback (1–5)']);
    expect(table.rows.map(({ cells }) => cells)).toEqual([
      ['Tess Therapist', 8, 5, 2, 4.3],
      ['Omar Okafor', 3, 1, 1, null],
      ['Pia Park', 0, 0, 0, null],
    ]);
    expect(table.totals).toEqual(['Team', 11, 6, 3, null]);
  });

  it('names a therapist who has left the team', () => {
    const table = selfReportTable(dashboardWith({ selfReports: [{ therapistId: '0190a1b2-0000-7000-8000-0000000000ff', sent: 1, answered: 0, expired: 1, feedbackAverage: null }] }))!;
    expect(table.rows[0].cells[0]).toBe('Former team member');
  });

  it('shows no section when the server sends no figures', () => {
    const older = Object.fromEntries(Object.entries(dashboardWith()).filter(([key]) => key !== 'selfReports'));
    expect(selfReportTable(older as unknown as TeamDashboard)).toBeNull();
  });
});
