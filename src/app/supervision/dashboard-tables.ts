import { SESSION_TYPE_CODES, SESSION_TYPES, type SessionType } from '@domain/sessions/session-codes';
import { MSPSS } from '@domain/measures/instruments/mspss';
import { TEAM_FLAGS, type SupportBandCount, type TeamDashboard } from '@domain/supervision/team-dashboard';
import type { Cell, DataTable } from './data-table';
import { monthLabel, monthsOf } from './dashboard-filters';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A share in percent with one decimal, or null when there is nothing to share out. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export function therapistNames(dashboard: TeamDashboard): ReadonlyMap<string, string> {
  return new Map(dashboard.therapists.map(({ id, name }) => [id, name]));
}

const nameOf = (names: ReadonlyMap<string, string>, id: string) => names.get(id) ?? 'Former team member';

/** Route to a therapist's caseload below the dashboard. */
export const therapistLink = (therapistId: string) => ['/team', 'therapists', therapistId];

export function caseloadTable(dashboard: TeamDashboard, linkTherapists: boolean): DataTable {
  const rows = dashboard.caseloads.map((caseload) => ({
    cells: [
      caseload.therapistName,
      caseload.active,
      caseload.onHold,
      caseload.dischargedInPeriod,
      caseload.active + caseload.onHold + caseload.dischargedInPeriod,
    ],
    link: linkTherapists ? therapistLink(caseload.therapistId) : null,
  }));
  const columns = [
    { label: 'Therapist', numeric: false },
    { label: 'Active', numeric: true },
    { label: 'On hold', numeric: true },
    { label: 'Discharged in period', numeric: true },
    { label: 'Total', numeric: true },
  ];
  return {
    title: 'Caseload per therapist',
    filename: 'caseload-by-therapist.csv',
    columns,
    rows,
    totals: totalsOf('Team', columns.length, rows.map((row) => row.cells), 1),
  };
}

/** Completed, cancelled and no-show sessions for one month and therapist (planned ones are not counted). */
export interface SessionTally {
  readonly month: string;
  readonly therapistId: string;
  readonly completedByType: Readonly<Partial<Record<SessionType, number>>>;
  readonly completed: number;
  readonly cancelled: number;
  readonly noShow: number;
}

/** The period's sessions per month and therapist, in month order, then the team's therapist order. */
export function sessionTallies(dashboard: TeamDashboard): SessionTally[] {
  const order = new Map(dashboard.therapists.map(({ id }, index) => [id, index]));
  const tallies = new Map<string, { -readonly [K in keyof SessionTally]: SessionTally[K] } & {
    completedByType: Partial<Record<SessionType, number>>;
  }>();
  for (const count of dashboard.sessions) {
    if (count.status === 'planned') {
      continue;
    }
    const key = `${count.month}|${count.therapistId}`;
    const tally = tallies.get(key) ?? {
      month: count.month,
      therapistId: count.therapistId,
      completedByType: {},
      completed: 0,
      cancelled: 0,
      noShow: 0,
    };
    if (count.status === 'completed') {
      tally.completedByType[count.type] = (tally.completedByType[count.type] ?? 0) + count.sessions;
      tally.completed += count.sessions;
    } else if (count.status === 'cancelled') {
      tally.cancelled += count.sessions;
    } else {
      tally.noShow += count.sessions;
    }
    tallies.set(key, tally);
  }
  return [...tallies.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      (order.get(a.therapistId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.therapistId) ?? Number.MAX_SAFE_INTEGER),
  );
}

/** Session types with at least one completed session in the period, in the usual order. */
export function completedTypes(tallies: readonly SessionTally[]): SessionType[] {
  return SESSION_TYPE_CODES.filter((type) => tallies.some((tally) => (tally.completedByType[type] ?? 0) > 0));
}

export function sessionsTable(dashboard: TeamDashboard): DataTable {
  const names = therapistNames(dashboard);
  const tallies = sessionTallies(dashboard);
  const types = completedTypes(tallies);
  const rows = tallies.map((tally) => ({
    cells: [
      monthLabel(tally.month),
      nameOf(names, tally.therapistId),
      ...types.map((type) => tally.completedByType[type] ?? 0),
      tally.completed,
      tally.cancelled,
      tally.noShow,
    ],
    link: null,
  }));
  const columns = [
    { label: 'Month', numeric: false },
    { label: 'Therapist', numeric: false },
    ...types.map((type) => ({ label: `${SESSION_TYPES[type]} (completed)`, numeric: true })),
    { label: 'Completed', numeric: true },
    { label: 'Cancelled', numeric: true },
    { label: 'No-show', numeric: true },
  ];
  return {
    title: 'Family sessions per month and therapist',
    filename: 'family-sessions-by-month.csv',
    columns,
    rows,
    totals: rows.length === 0 ? null : totalsOf('Team', columns.length, rows.map((row) => row.cells), 2),
  };
}

export function coverageTable(dashboard: TeamDashboard): DataTable {
  const names = therapistNames(dashboard);
  const rows = dashboard.coverage.map((coverage) => ({
    cells: [
      nameOf(names, coverage.therapistId),
      coverage.measuredRecently,
      coverage.activeClients,
      percent(coverage.measuredRecently, coverage.activeClients),
    ],
    link: null,
  }));
  const measured = sum(dashboard.coverage.map((coverage) => coverage.measuredRecently));
  const active = sum(dashboard.coverage.map((coverage) => coverage.activeClients));
  return {
    title: 'Measurement coverage per therapist',
    filename: 'measurement-coverage.csv',
    columns: [
      { label: 'Therapist', numeric: false },
      { label: 'Measured in the last 30 days', numeric: true },
      { label: 'Active clients', numeric: true },
      { label: 'Coverage (%)', numeric: true },
    ],
    rows,
    totals: ['Team', measured, active, percent(measured, active)],
  };
}

export const SUPPORT_BAND_CODES = ['low', 'moderate', 'high', 'none'] as const satisfies readonly SupportBandCount['band'][];

const SHORT_BAND_LABELS = { low: 'Low', moderate: 'Moderate', high: 'High', none: 'Not measured' } as const;

/** "Low", "Moderate", "High", "Not measured": short enough for a chart's axis. */
export function supportBandShortLabel(band: SupportBandCount['band']): string {
  return SHORT_BAND_LABELS[band];
}

/** MSPSS band names, and "Not measured" for clients never given the MSPSS. */
export function supportBandLabel(band: SupportBandCount['band']): string {
  return band === 'none' ? 'Not measured' : (MSPSS.bands.find(({ code }) => code === band)?.label ?? band);
}

/** Every band, in order, with zero for bands the server left out. */
export function supportBandCounts(dashboard: TeamDashboard): SupportBandCount[] {
  return SUPPORT_BAND_CODES.map((band) => ({
    band,
    clients: sum(dashboard.supportBands.filter((count) => count.band === band).map((count) => count.clients)),
  }));
}

export function supportBandsTable(dashboard: TeamDashboard): DataTable {
  const counts = supportBandCounts(dashboard);
  const total = sum(counts.map(({ clients }) => clients));
  return {
    title: 'Latest perceived support (MSPSS band)',
    filename: 'perceived-support-bands.csv',
    columns: [
      { label: 'Band', numeric: false },
      { label: 'Clients', numeric: true },
      { label: 'Share (%)', numeric: true },
    ],
    rows: counts.map(({ band, clients }) => ({
      cells: [supportBandLabel(band), clients, percent(clients, total)],
      link: null,
    })),
    totals: ['Total', total, total === 0 ? null : 100],
  };
}

/** The team's median MSPSS for each month of the period; null for months without an MSPSS. */
export function medianSeries(dashboard: TeamDashboard): { month: string; median: number | null; measures: number }[] {
  const byMonth = new Map(dashboard.medianSupportByMonth.map((median) => [median.month, median]));
  return monthsOf(dashboard.period).map((month) => {
    const median = byMonth.get(month);
    return { month, median: median ? roundTo(median.median, MSPSS.decimals) : null, measures: median?.measures ?? 0 };
  });
}

export function medianSupportTable(dashboard: TeamDashboard): DataTable {
  return {
    title: 'Median perceived support (MSPSS) per month',
    filename: 'median-perceived-support-by-month.csv',
    columns: [
      { label: 'Month', numeric: false },
      { label: 'Median MSPSS (1–7)', numeric: true },
      { label: 'MSPSS given', numeric: true },
    ],
    rows: medianSeries(dashboard)
      .filter(({ measures }) => measures > 0)
      .map(({ month, median, measures }) => ({ cells: [monthLabel(month), median, measures], link: null })),
    totals: null,
  };
}

/** Clinical: names and case numbers, for the supervisor only. */
export function flaggedClientsTable(dashboard: TeamDashboard): DataTable {
  const names = therapistNames(dashboard);
  return {
    title: 'Flagged clients',
    filename: 'flagged-clients.csv',
    columns: [
      { label: 'Client', numeric: false },
      { label: 'Case number', numeric: false },
      { label: 'Therapist', numeric: false },
      { label: 'Flags', numeric: false },
    ],
    rows: dashboard.flaggedClients.map((client) => ({
      cells: [
        client.preferredName,
        client.caseNumber,
        nameOf(names, client.therapistId),
        client.flags.map((flag) => TEAM_FLAGS[flag]).join('; '),
      ],
      link: ['/clients', client.clientId],
    })),
    totals: null,
  };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Sums each numeric column from `firstNumeric` on; the label goes in the first column. */
function totalsOf(label: string, width: number, rows: readonly (readonly Cell[])[], firstNumeric: number): Cell[] {
  return Array.from({ length: width }, (_, column) => {
    if (column === 0) {
      return label;
    }
    if (column < firstNumeric) {
      return '';
    }
    return sum(rows.map((row) => (typeof row[column] === 'number' ? (row[column] as number) : 0)));
  });
}
