import { SESSION_TYPES } from '@domain/sessions/session-codes';
import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { NEUTRAL, PALETTE } from './chart-palette';
import { monthLabel, monthsOf } from './dashboard-filters';
import {
  completedTypes,
  medianSeries,
  percent,
  sessionTallies,
  supportBandCounts,
  supportBandShortLabel,
  therapistNames,
} from './dashboard-tables';

export type DashboardChartType = 'bar' | 'line';

/** What one canvas draws: chart.js data and options, its height, and a sentence for screen readers. */
export interface DashboardChart {
  readonly type: DashboardChartType;
  readonly data: ChartData<DashboardChartType, (number | null)[], string>;
  readonly options: ChartOptions<DashboardChartType>;
  readonly heightPx: number;
  readonly description: string;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const BASE_OPTIONS: ChartOptions<DashboardChartType> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  // Legend in dataset order (chart.js would sort by drawing order, putting the line first).
  plugins: { legend: { position: 'bottom', labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } } },
};

const countAxis = (title: string) => ({
  beginAtZero: true,
  ticks: { precision: 0 },
  title: { display: true, text: title },
});

/** Stacked, so each bar's height is the therapist's caseload; its segments say what kind. */
export function caseloadChart(dashboard: TeamDashboard): DashboardChart {
  const series = [
    { label: 'Active', value: (index: number) => dashboard.caseloads[index].active },
    { label: 'On hold', value: (index: number) => dashboard.caseloads[index].onHold },
    { label: 'Discharged in period', value: (index: number) => dashboard.caseloads[index].dischargedInPeriod },
  ];
  return {
    type: 'bar',
    data: {
      labels: dashboard.caseloads.map(({ therapistName }) => therapistName),
      datasets: series.map(({ label, value }, datasetIndex) => ({
        type: 'bar' as const,
        label,
        data: dashboard.caseloads.map((_, index) => value(index)),
        backgroundColor: PALETTE[datasetIndex],
        stack: 'caseload',
      })),
    },
    options: {
      ...BASE_OPTIONS,
      // A click anywhere in a therapist's column opens their caseload, not only on a segment.
      interaction: { mode: 'index', intersect: false },
      scales: { x: { stacked: true }, y: { stacked: true, ...countAxis('Clients') } },
    },
    heightPx: 300,
    description: `Stacked bar chart of the caseload of ${dashboard.caseloads.length} therapists: active, on hold, and discharged in the period.`,
  };
}

/**
 * One stacked bar per month (completed sessions, one segment per session type) and a dashed line
 * with triangles for cancelled and no-show sessions. The team's months side by side read better
 * than one bar per therapist and type; the Therapist filter narrows it to one therapist, and the
 * table keeps the split by therapist.
 */
export function sessionsChart(dashboard: TeamDashboard): DashboardChart {
  const tallies = sessionTallies(dashboard);
  const months = monthsOf(dashboard.period);
  const perMonth = (value: (tally: (typeof tallies)[number]) => number) =>
    months.map((month) => sum(tallies.filter((tally) => tally.month === month).map(value)));
  return {
    type: 'bar',
    data: {
      labels: months.map(monthLabel),
      datasets: [
        ...completedTypes(tallies).map((type, index) => ({
          type: 'bar' as const,
          label: `${SESSION_TYPES[type]} (completed)`,
          data: perMonth((tally) => tally.completedByType[type] ?? 0),
          backgroundColor: PALETTE[index % PALETTE.length],
          stack: 'completed',
          order: 2,
        })),
        {
          type: 'line' as const,
          label: 'Cancelled or no-show',
          data: perMonth((tally) => tally.cancelled + tally.noShow),
          borderColor: NEUTRAL,
          backgroundColor: NEUTRAL,
          borderDash: [6, 4],
          pointStyle: 'triangle',
          pointRadius: 6,
          pointHoverRadius: 7,
          order: 1,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { stacked: true }, y: { stacked: true, ...countAxis('Sessions') } },
    },
    heightPx: 320,
    description: `Stacked bar chart of completed family sessions per month by session type, over ${months.length} months, with a line for cancelled or no-show sessions.`,
  };
}

/** Horizontal bars on a fixed 0–100 % axis, so a short bar always means low coverage. */
export function coverageChart(dashboard: TeamDashboard): DashboardChart {
  const names = therapistNames(dashboard);
  const coverage = dashboard.coverage;
  return {
    type: 'bar',
    data: {
      labels: coverage.map(({ therapistId }) => names.get(therapistId) ?? 'Former team member'),
      datasets: [
        {
          type: 'bar' as const,
          label: 'Active clients measured in the last 30 days (%)',
          data: coverage.map(({ measuredRecently, activeClients }) => percent(measuredRecently, activeClients)),
          backgroundColor: PALETTE[0],
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      indexAxis: 'y',
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { callback: (value: string | number) => `${value} %` },
          title: { display: true, text: 'Share of active clients (%)' },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: ({ dataIndex }: TooltipItem<DashboardChartType>) => {
              const { measuredRecently, activeClients } = coverage[dataIndex];
              const share = percent(measuredRecently, activeClients);
              return share === null
                ? 'No active clients'
                : `${share} % (${measuredRecently} of ${activeClients} active clients)`;
            },
          },
        },
      },
    },
    heightPx: Math.max(160, 48 * coverage.length + 72),
    description: `Horizontal bar chart: share of each therapist's active clients measured in the last 30 days, for ${coverage.length} therapists.`,
  };
}

const BAND_COLOURS = { low: PALETTE[1], moderate: PALETTE[4], high: PALETTE[2], none: NEUTRAL } as const;

export function supportBandsChart(dashboard: TeamDashboard): DashboardChart {
  const counts = supportBandCounts(dashboard);
  return {
    type: 'bar',
    data: {
      labels: counts.map(({ band }) => supportBandShortLabel(band)),
      datasets: [
        {
          type: 'bar' as const,
          label: 'Clients',
          data: counts.map(({ clients }) => clients),
          backgroundColor: counts.map(({ band }) => BAND_COLOURS[band]),
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: 'Perceived support (band of the latest MSPSS)' } }, y: countAxis('Clients') },
    },
    heightPx: 280,
    description: 'Bar chart of clients by the band of their latest MSPSS: low, moderate or high perceived support, or not measured.',
  };
}

export function medianSupportChart(dashboard: TeamDashboard): DashboardChart {
  const series = medianSeries(dashboard);
  return {
    type: 'line',
    data: {
      labels: series.map(({ month }) => monthLabel(month)),
      datasets: [
        {
          type: 'line' as const,
          label: 'Team median MSPSS',
          data: series.map(({ median }) => median),
          borderColor: PALETTE[0],
          backgroundColor: PALETTE[0],
          pointStyle: 'circle',
          pointRadius: 4,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: { display: false } },
      scales: {
        x: {},
        y: { min: 1, max: 7, ticks: { stepSize: 1 }, title: { display: true, text: 'Median MSPSS (1–7)' } },
      },
    },
    heightPx: 280,
    description: `Line chart of the team's median MSPSS total per month, over ${series.length} months; months without an MSPSS are left blank.`,
  };
}
