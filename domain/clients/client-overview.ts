import * as z from '../validation/z';
import { historyEntrySchema } from '../audit/history-entry';
import { measureResponseSchema } from '../measures/measure';
import { measureIndicatorsSchema } from '../measures/measure-indicators-schema';
import { networkViewSchema } from '../network/network-view';
import { familySessionSchema } from '../sessions/family-session';
import { openFollowUpSchema } from '../sessions/session-views';
import { clientSchema } from './client';

/**
 * What the client page's first view (the Overview) shows, in one answer: the record and who changed
 * it, today's network, the measures with their flags, the family sessions (the trend chart's
 * markers) and the open follow-ups. Each part is what its own endpoint answers (and is declared by
 * the same schema, so the overview lets out no field those routes would not).
 */
export const clientOverviewSchema = z.object({
  client: clientSchema,
  history: z.array(historyEntrySchema).readonly(),
  network: networkViewSchema,
  measures: z.object({ items: z.array(measureResponseSchema).readonly(), indicators: measureIndicatorsSchema }),
  sessions: z.array(familySessionSchema).readonly(),
  followUps: z.array(openFollowUpSchema).readonly(),
});
export type ClientOverview = z.infer<typeof clientOverviewSchema>;
