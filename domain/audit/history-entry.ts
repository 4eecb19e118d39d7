import * as z from '../validation/z';

/** One change in a record's history: who, when, what kind, which fields (never their values). */
export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  userName: z.string(),
  fields: z.array(z.string()).readonly(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
