import { REFERRAL_STATUSES, REFERRAL_STATUS_CODES } from '@domain/referrals/referral-codes';
import { CONSIDER_REFERRAL_REASONS, type TeamDashboard } from '@domain/supervision/team-dashboard';
import type { Cell, DataTable } from './data-table';
import { therapistNames } from './dashboard-tables';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Present as a whole percentage of the recorded attendances; null (a dash) with none recorded. */
export function attendanceRate(present: number, recorded: number): number | null {
  return recorded === 0 ? null : Math.round((present / recorded) * 100);
}

/**
 * Group attendance rate and referrals by status per therapist, then the team's (#16, item 7); null
 * when the server sends no such figures (an older server).
 */
export function groupsReferralsTable(dashboard: TeamDashboard): DataTable | null {
  const figures = (dashboard as Partial<TeamDashboard>).groupsReferrals;
  if (figures === undefined) {
    return null;
  }
  const names = therapistNames(dashboard);
  const cellsOf = (label: string, present: number, recorded: number, referrals: readonly number[]): Cell[] => [label, attendanceRate(present, recorded), present, recorded, ...referrals];
  const rows = figures.map(({ therapistId, attendancesPresent, attendancesRecorded, referrals }) => ({
    cells: cellsOf(
      names.get(therapistId) ?? 'Former team member',
      attendancesPresent,
      attendancesRecorded,
      REFERRAL_STATUS_CODES.map((status) => referrals[status]),
    ),
    link: null,
  }));
  return {
    title: 'Group attendance and referrals per therapist',
    filename: 'groups-and-referrals-by-therapist.csv',
    columns: [
      { label: 'Therapist', numeric: false },
      { label: 'Attendance rate (%)', numeric: true },
      { label: 'Present', numeric: true },
      { label: 'Attendances recorded', numeric: true },
      ...REFERRAL_STATUS_CODES.map((status) => ({ label: `Referrals: ${REFERRAL_STATUSES[status].toLowerCase()}`, numeric: true })),
    ],
    rows,
    // The team's rate is taken from its sums, not averaged over therapists (they weigh different counts).
    totals: cellsOf(
      'Team',
      sum(figures.map((row) => row.attendancesPresent)),
      sum(figures.map((row) => row.attendancesRecorded)),
      REFERRAL_STATUS_CODES.map((status) => sum(figures.map((row) => row.referrals[status]))),
    ),
  };
}

/** The clients to consider referring, for the table view and the CSV; null without figures. */
export function considerReferralTable(dashboard: TeamDashboard): DataTable | null {
  const clients = (dashboard as Partial<TeamDashboard>).considerReferral;
  if (clients === undefined) {
    return null;
  }
  const names = therapistNames(dashboard);
  return {
    title: 'Clients to consider referring',
    filename: 'consider-a-referral.csv',
    columns: [
      { label: 'Client', numeric: false },
      { label: 'Case number', numeric: false },
      { label: 'Therapist', numeric: false },
      { label: 'Why', numeric: false },
    ],
    rows: clients.map((client) => ({
      cells: [client.preferredName, client.caseNumber, names.get(client.therapistId) ?? 'Former team member', client.reasons.map((reason) => CONSIDER_REFERRAL_REASONS[reason]).join('; ')],
      link: ['/clients', client.clientId],
    })),
    totals: null,
  };
}
