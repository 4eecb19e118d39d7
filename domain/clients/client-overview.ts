import type { HistoryEntry } from '../audit/history-entry';
import type { MeasureResponse } from '../measures/measure';
import type { MeasureIndicators } from '../measures/measure-flags';
import type { NetworkView } from '../network/network-view';
import type { FamilySession } from '../sessions/family-session';
import type { OpenFollowUp } from '../sessions/session-views';
import type { Client } from './client';

/**
 * What the client page's first view (the Overview) shows, in one answer: the record and who changed
 * it, today's network, the measures with their flags, the family sessions (the trend chart's
 * markers) and the open follow-ups. Each part is what its own endpoint answers.
 */
export interface ClientOverview {
  readonly client: Client;
  readonly history: readonly HistoryEntry[];
  readonly network: NetworkView;
  readonly measures: { readonly items: readonly MeasureResponse[]; readonly indicators: MeasureIndicators };
  readonly sessions: readonly FamilySession[];
  readonly followUps: readonly OpenFollowUp[];
}
