import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import type { DataTable } from './data-table';
import { therapistNames } from './dashboard-tables';

/** One therapist's self-report links in the period, and their clients' families' average feedback (1–5). */
export interface TherapistSelfReport {
  readonly sent: number;
  readonly answered: number;
  readonly expired: number;
  readonly feedbackAverage: number | null;
}

/**
 * The contract gives each therapist of the dashboard `selfReport: { sent, answered, expired,
 * feedbackAverage }`. The dashboard type does not carry it yet (the server adds it), so it is read
 * defensively: on each caseload row, or as a list by therapist; a server without it shows no section.
 */
export function selfReportByTherapist(dashboard: TeamDashboard): ReadonlyMap<string, TherapistSelfReport> | null {
  const byTherapist = new Map<string, TherapistSelfReport>();
  for (const caseload of dashboard.caseloads) {
    const figures = (caseload as { readonly selfReport?: TherapistSelfReport }).selfReport;
    if (figures) {
      byTherapist.set(caseload.therapistId, figures);
    }
  }
  const list = (dashboard as { readonly selfReport?: readonly (TherapistSelfReport & { readonly therapistId: string })[] }).selfReport;
  for (const { therapistId, ...figures } of list ?? []) {
    byTherapist.set(therapistId, figures);
  }
  return byTherapist.size === 0 && list === undefined ? null : byTherapist;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Self-report links sent / answered / expired per therapist and the average family feedback; null without figures. */
export function selfReportTable(dashboard: TeamDashboard): DataTable | null {
  const figures = selfReportByTherapist(dashboard);
  if (figures === null) {
    return null;
  }
  const names = therapistNames(dashboard);
  const entries = [...figures.entries()].sort(
    ([a], [b]) => dashboard.therapists.findIndex(({ id }) => id === a) - dashboard.therapists.findIndex(({ id }) => id === b),
  );
  const rows = entries.map(([therapistId, { sent, answered, expired, feedbackAverage }]) => ({
    cells: [names.get(therapistId) ?? 'Former team member', sent, answered, expired, oneDecimal(feedbackAverage)],
    link: null,
  }));
  const all = [...figures.values()];
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
    totals: ['Team', sum(all.map(({ sent }) => sent)), sum(all.map(({ answered }) => answered)), sum(all.map(({ expired }) => expired)), null],
  };
}
