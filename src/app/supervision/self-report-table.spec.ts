import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import { selfReportTable, type TherapistSelfReport } from './self-report-table';
import { dashboardWith, OMAR, PIA, TESS } from './testing/dashboard-fixtures';

describe('selfReportTable', () => {
  const figures: Readonly<Record<string, TherapistSelfReport>> = { [TESS]: { sent: 8, answered: 5, expired: 2, feedbackAverage: 4.333 }, [OMAR]: { sent: 3, answered: 1, expired: 1, feedbackAverage: null } };

  it('lists sent, answered and expired links and the feedback average per therapist, in the team’s order, with team totals', () => {
    const base = dashboardWith();
    const dashboard = { ...base, caseloads: base.caseloads.map((caseload) => ({ ...caseload, selfReport: figures[caseload.therapistId] ?? { sent: 0, answered: 0, expired: 0, feedbackAverage: null } })) } as TeamDashboard;
    const table = selfReportTable(dashboard)!;

    expect(table.filename).toBe('self-report-by-therapist.csv');
    expect(table.columns.map(({ label }) => label)).toEqual(['Therapist', 'Links sent', 'Answered', 'Expired unanswered', 'Average family feedback (1–5)']);
    expect(table.rows.map(({ cells }) => cells)).toEqual([
      ['Tess Therapist', 8, 5, 2, 4.3],
      ['Omar Okafor', 3, 1, 1, null],
      ['Pia Park', 0, 0, 0, null],
    ]);
    expect(table.totals).toEqual(['Team', 11, 6, 3, null]);
  });

  it('reads the figures as a list by therapist too', () => {
    const dashboard = { ...dashboardWith(), selfReport: [{ therapistId: PIA, sent: 2, answered: 2, expired: 0, feedbackAverage: 5 }] } as TeamDashboard;
    expect(selfReportTable(dashboard)!.rows.map(({ cells }) => cells)).toEqual([['Pia Park', 2, 2, 0, 5]]);
  });

  it('shows no section when the server sends no figures', () => {
    expect(selfReportTable(dashboardWith())).toBeNull();
  });
});
