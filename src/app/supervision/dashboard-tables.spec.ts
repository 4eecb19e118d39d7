import {
  caseloadTable,
  coverageTable,
  flaggedClientsTable,
  medianSupportTable,
  percent,
  sessionsTable,
  supportBandsTable,
} from './dashboard-tables';
import { dashboardWith, TESS } from './testing/dashboard-fixtures';

describe('dashboard tables', () => {
  const dashboard = dashboardWith();

  it('list each therapist’s caseload with a team total, linking to their caseload', () => {
    const table = caseloadTable(dashboard, true);

    expect(table.filename).toBe('caseload-by-therapist.csv');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Tess Therapist', 6, 1, 2, 9],
      ['Omar Okafor', 4, 0, 1, 5],
      ['Pia Park', 0, 0, 0, 0],
    ]);
    expect(table.rows[0].link).toEqual(['/team', 'therapists', TESS]);
    expect(table.totals).toEqual(['Team', 10, 1, 3, 14]);
  });

  it('leave the therapists unlinked for an administrator', () => {
    expect(caseloadTable(dashboard, false).rows.every((row) => row.link === null)).toBeTrue();
  });

  it('split the sessions by month and therapist, completed by type, without planned ones', () => {
    const table = sessionsTable(dashboard);

    expect(table.columns.map((column) => column.label)).toEqual([
      'Month',
      'Therapist',
      'Family session (completed)',
      'Couple session (completed)',
      'Network meeting (completed)',
      'Completed',
      'Cancelled',
      'No-show',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Sep 2026', 'Tess Therapist', 5, 0, 1, 6, 1, 0],
      ['Sep 2026', 'Omar Okafor', 3, 0, 0, 3, 0, 2],
      ['Nov 2026', 'Omar Okafor', 0, 2, 0, 2, 0, 0],
    ]);
    expect(table.totals).toEqual(['Team', '', 8, 2, 1, 11, 1, 2]);
  });

  it('give coverage as n of N and a share, and no share without active clients', () => {
    const table = coverageTable(dashboard);

    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Tess Therapist', 4, 6, 66.7],
      ['Omar Okafor', 1, 4, 25],
      ['Pia Park', 0, 0, null],
    ]);
    expect(table.totals).toEqual(['Team', 5, 10, 50]);
    expect(percent(1, 3)).toBe(33.3);
  });

  it('list every support band in order, with the bands the server left out as zero', () => {
    expect(supportBandsTable(dashboard).rows.map((row) => row.cells)).toEqual([
      ['Low perceived support', 3, 30],
      ['Moderate perceived support', 0, 0],
      ['High perceived support', 4, 40],
      ['Not measured', 3, 30],
    ]);
    expect(supportBandsTable(dashboard).totals).toEqual(['Total', 10, 100]);
  });

  it('list the months with an MSPSS and their median, rounded as the instrument is', () => {
    expect(medianSupportTable(dashboard).rows.map((row) => row.cells)).toEqual([
      ['Sep 2026', 4.25, 6],
      ['Nov 2026', 4.67, 3],
    ]);
  });

  it('name the flagged clients with their flags in words, linking to each client', () => {
    const table = flaggedClientsTable(dashboard);

    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Robin', 'CC-00001', 'Tess Therapist', 'Isolation risk; Reassessment overdue'],
      ['Ana "Nan", Jr.', 'CC-00002', 'Omar Okafor', 'Consent to share expiring'],
    ]);
    expect(table.rows[1].link).toEqual(['/clients', '0190a1b2-1111-7000-8000-000000000002']);
  });
});
