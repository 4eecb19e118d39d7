/** A section's numbers as a table: what "Show as table" shows and "Download CSV" saves. */
export type Cell = string | number | null;

export interface DataColumn {
  readonly label: string;
  /** Numbers align right. */
  readonly numeric: boolean;
}

export interface DataRow {
  readonly cells: readonly Cell[];
  /** Router link of the row's first cell (a therapist's caseload, a client), if any. */
  readonly link: readonly string[] | null;
  /** A row that sums up the rows above it (e.g. the team after its therapists): drawn in bold. */
  readonly summary?: boolean;
}

export interface DataTable {
  /** The table's caption, and the name of its download button for screen readers. */
  readonly title: string;
  /** E.g. `caseload-by-therapist.csv`. */
  readonly filename: string;
  readonly columns: readonly DataColumn[];
  readonly rows: readonly DataRow[];
  /** A totals row, or null. */
  readonly totals: readonly Cell[] | null;
}
