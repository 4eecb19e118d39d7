import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import { tableCsv } from './csv';
import { anyOutcomes, outcomesTable } from './outcomes-table';
import { dashboardWith, OMAR, TESS } from './testing/dashboard-fixtures';

describe('outcomesTable', () => {
  it('lists each therapist and the team per instrument, with counts and whole percentages', () => {
    const table = outcomesTable(
      dashboardWith({
        outcomes: [
          { instrument: 'mspss', therapistId: TESS, clients: 3, improved: 1, noChange: 2, deteriorated: 0 },
          { instrument: 'mspss', therapistId: OMAR, clients: 0, improved: 0, noChange: 0, deteriorated: 0 },
          { instrument: 'mspss', therapistId: null, clients: 3, improved: 1, noChange: 2, deteriorated: 0 },
          { instrument: 'ucla-3', therapistId: '0190a1b2-0000-7000-8000-0000000000ff', clients: 4, improved: 1, noChange: 2, deteriorated: 1 },
        ],
      }),
    )!;

    expect(table.filename).toBe('outcomes-by-therapist.csv');
    expect(table.columns.map(({ label }) => label)).toEqual([
      'Instrument',
      'Therapist',
      'Clients measured twice or more',
      'Reliably improved',
      'Improved %',
      'No reliable change',
      'No change %',
      'Reliably deteriorated',
      'Deteriorated %',
    ]);
    expect(table.rows.map(({ cells }) => cells)).toEqual([
      ['MSPSS', 'Tess Therapist', 3, 1, 33, 2, 67, 0, 0],
      ['MSPSS', 'Omar Okafor', 0, 0, null, 0, null, 0, null],
      ['MSPSS', 'Team', 3, 1, 33, 2, 67, 0, 0],
      ['UCLA-3', 'Former team member', 4, 1, 25, 2, 50, 1, 25],
    ]);
    // The team's row sums up its therapists' rows, so it is the one drawn as a summary.
    expect(table.rows.map(({ summary }) => summary)).toEqual([false, false, true, false]);
    expect(anyOutcomes(table)).toBeTrue();
    // The CSV keeps counts and percentages in their own columns, an empty share as an empty cell.
    const lines = tableCsv(table).split(/\r?\n/);
    expect(lines[0]).toBe('Instrument,Therapist,Clients measured twice or more,Reliably improved,Improved %,No reliable change,No change %,Reliably deteriorated,Deteriorated %');
    expect(lines[2]).toBe('MSPSS,Omar Okafor,0,0,,0,,0,');
  });

  it('tells an empty period from one with figures', () => {
    const table = outcomesTable(dashboardWith({ outcomes: [{ instrument: 'lsns-6', therapistId: null, clients: 0, improved: 0, noChange: 0, deteriorated: 0 }] }))!;
    expect(anyOutcomes(table)).toBeFalse();
  });

  it('shows no section when the server sends no figures', () => {
    const older = Object.fromEntries(Object.entries(dashboardWith()).filter(([key]) => key !== 'outcomes'));
    expect(outcomesTable(older as unknown as TeamDashboard)).toBeNull();
  });
});
