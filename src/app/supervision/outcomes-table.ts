import { instrumentOf } from '@domain/measures/instrument-catalog';
import { outcomeShare } from '@domain/supervision/outcomes';
import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import type { DataTable } from './data-table';
import { therapistNames } from './dashboard-tables';

/**
 * The supervisor outcomes card: per instrument, each therapist's and the team's clients measured at
 * least twice in the period, by reliable change from first to last (counts and whole percentages).
 * Null when the server sends no figures (a server from before the card).
 */
export function outcomesTable(dashboard: TeamDashboard): DataTable | null {
  const figures = (dashboard as Partial<TeamDashboard>).outcomes;
  if (figures === undefined) {
    return null;
  }
  const names = therapistNames(dashboard);
  // The server's order: per instrument, the team's therapists, then the team.
  const rows = figures.map(({ instrument, therapistId, clients, improved, noChange, deteriorated }) => ({
    cells: [
      instrumentOf(instrument).shortName,
      therapistId === null ? 'Team' : (names.get(therapistId) ?? 'Former team member'),
      clients,
      improved,
      outcomeShare(improved, clients),
      noChange,
      outcomeShare(noChange, clients),
      deteriorated,
      outcomeShare(deteriorated, clients),
    ],
    link: null,
    summary: therapistId === null,
  }));
  return {
    title: 'Reliable change per therapist and instrument',
    filename: 'outcomes-by-therapist.csv',
    columns: [
      { label: 'Instrument', numeric: false },
      { label: 'Therapist', numeric: false },
      { label: 'Clients measured twice or more', numeric: true },
      { label: 'Reliably improved', numeric: true },
      { label: 'Improved %', numeric: true },
      { label: 'No reliable change', numeric: true },
      { label: 'No change %', numeric: true },
      { label: 'Reliably deteriorated', numeric: true },
      { label: 'Deteriorated %', numeric: true },
    ],
    rows,
    totals: null,
  };
}

/** Whether anyone at all was counted: otherwise the card says so instead of a table of zeros. */
export const anyOutcomes = (table: DataTable): boolean => table.rows.some(({ cells }) => Number(cells[2]) > 0);
