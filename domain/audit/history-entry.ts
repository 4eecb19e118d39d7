/** One change in a record's history: who, when, what kind, which fields (never their values). */
export interface HistoryEntry {
  readonly id: string;
  readonly at: string;
  readonly action: string;
  readonly userName: string;
  readonly fields: readonly string[];
}
