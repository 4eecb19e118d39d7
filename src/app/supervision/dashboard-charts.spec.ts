import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import {
  caseloadChart,
  coverageChart,
  medianSupportChart,
  sessionsChart,
  supportBandsChart,
  type DashboardChart,
} from './dashboard-charts';
import {
  caseloadTable,
  coverageTable,
  medianSupportTable,
  sessionsTable,
  supportBandsTable,
} from './dashboard-tables';
import { adminDashboardWith, dashboardWith } from './testing/dashboard-fixtures';

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** The chart's total for the datasets whose label passes `which`. */
function chartTotal(chart: DashboardChart, which: (label: string) => boolean = () => true): number {
  return sum(chart.data.datasets.filter((dataset) => which(dataset.label ?? '')).flatMap((dataset) => dataset.data));
}

function tableColumnTotal(rows: readonly { cells: readonly unknown[] }[], column: number): number {
  return sum(rows.map((row) => row.cells[column] as number | null));
}

describe('dashboard charts', () => {
  const dashboards: [string, TeamDashboard][] = [
    ['a supervisor’s', dashboardWith()],
    ['an administrator’s', adminDashboardWith()],
  ];

  for (const [whose, dashboard] of dashboards) {
    it(`draw the same caseload totals as the table (${whose})`, () => {
      const chart = caseloadChart(dashboard);
      const table = caseloadTable(dashboard, true);

      expect(chart.data.labels).toEqual(table.rows.map((row) => row.cells[0] as string));
      expect(chart.data.datasets.map((dataset) => sum(dataset.data))).toEqual(
        (table.totals ?? []).slice(1, 4) as number[],
      );
      expect(chartTotal(chart)).toBe(table.totals?.[4] as number);
    });
  }

  it('stack completed sessions by type per month and add up to the table', () => {
    const dashboard = dashboardWith();
    const chart = sessionsChart(dashboard);
    const table = sessionsTable(dashboard);
    const completedColumn = table.columns.findIndex((column) => column.label === 'Completed');

    expect(chart.data.labels).toEqual(['Sep 2026', 'Oct 2026', 'Nov 2026']);
    expect(chartTotal(chart, (label) => label.endsWith('(completed)'))).toBe(tableColumnTotal(table.rows, completedColumn));
    expect(chartTotal(chart, (label) => label === 'Cancelled or no-show')).toBe(
      tableColumnTotal(table.rows, completedColumn + 1) + tableColumnTotal(table.rows, completedColumn + 2),
    );
    // Each type's bar per month equals the table's column for that type, month by month.
    const family = chart.data.datasets.find((dataset) => dataset.label === 'Family session (completed)');
    expect(family?.data).toEqual([8, 0, 0]);
  });

  it('tell the cancelled line from the bars by dashes and triangles, not colour alone', () => {
    const line = sessionsChart(dashboardWith()).data.datasets.at(-1);

    expect(line).toEqual(jasmine.objectContaining({ type: 'line', borderDash: [6, 4], pointStyle: 'triangle' }));
  });

  it('draw coverage on a fixed 0–100 % axis with the table’s shares', () => {
    const dashboard = dashboardWith();
    const chart = coverageChart(dashboard);

    expect(chart.data.datasets[0].data).toEqual(coverageTable(dashboard).rows.map((row) => row.cells[3] as number | null));
    expect(chart.options.indexAxis).toBe('y');
    expect(chart.options.scales?.['x']).toEqual(jasmine.objectContaining({ min: 0, max: 100 }));
  });

  it('draw every support band with the table’s counts', () => {
    const dashboard = dashboardWith();
    const chart = supportBandsChart(dashboard);
    const table = supportBandsTable(dashboard);

    expect(chart.data.labels).toEqual(['Low', 'Moderate', 'High', 'Not measured']);
    expect(table.rows.map((row) => row.cells[0])).toEqual([
      'Low perceived support',
      'Moderate perceived support',
      'High perceived support',
      'Not measured',
    ]);
    expect(chart.data.datasets[0].data).toEqual(table.rows.map((row) => row.cells[1] as number));
    expect(chart.data.datasets[0].backgroundColor as string[]).toHaveSize(4);
  });

  it('draw the monthly median with a gap for months without an MSPSS', () => {
    const dashboard = dashboardWith();
    const chart = medianSupportChart(dashboard);

    expect(chart.data.datasets[0].data).toEqual([4.25, null, 4.67]);
    expect(chart.data.datasets[0].data.filter((median) => median !== null)).toEqual(
      medianSupportTable(dashboard).rows.map((row) => row.cells[1] as number),
    );
  });
});
