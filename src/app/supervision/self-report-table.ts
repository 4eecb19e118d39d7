import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import type { DataTable } from './data-table';
import { therapistNames } from './dashboard-tables';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Self-report links sent / answered / expired per therapist and the average family feedback (1–5); null without figures. */
export function selfReportTable(dashboard: TeamDashboard): DataTable | null {
  // A server from before self-report sends no figures: no section rather than a table of zeros.
  const figures = (dashboard as Partial<TeamDashboard>).selfReports;
  if (figures === undefined) {
    return null;
  }
  const names = therapistNames(dashboard);
  // The server's order is the team's (`therapists`).
  const rows = figures.map(({ therapistId, sent, answered, expired, feedbackAverage }) => ({
    cells: [names.get(therapistId) ?? 'Former team member', sent, answered, expired, oneDecimal(feedbackAverage)],
    link: null,
  }));
  return {
    title: 'Self-report links and family feedback per therapist',
    filename: 'self-report-by-therapist.csv',
    columns: [
      { label: 'Therapist', numeric: false },
      { label: 'Links sent', numeric: true },
      { label: 'Answered', numeric: true },
      { label: 'Expired unanswered', numeric: true },
      { label: 'Average family feedback (1–5)', numeric: true },
    ],
    rows,
    // The team's feedback average is not the mean of the therapists' averages (they weigh different counts): left out.
    totals: ['Team', sum(figures.map(({ sent }) => sent)), sum(figures.map(({ answered }) => answered)), sum(figures.map(({ expired }) => expired)), null],
  };
}
