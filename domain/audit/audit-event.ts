import { isoDateSchema } from '../common/iso-date-schema';
import { pagingSchema } from '../common/paging-schema';
import { uuidSchema } from '../common/uuid';
import { TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';

/** One audit event as the audit screen lists it. */
export const auditEventViewSchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  /** The self-report request that acted (a client or family member answering through a link); null for users. */
  actorRequestId: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  fields: z.array(z.string()).readonly(),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

export const auditQuerySchema = z
  .strictObject({
    ...pagingSchema,
    userId: uuidSchema.optional(),
    action: z.string().trim().max(40).optional(),
    recordType: z.string().trim().max(40).optional(),
    recordId: z.string().trim().max(TEXT_LIMITS.shortText).optional(),
    outcome: z.enum(['success', 'failure', 'denied', 'all'], { error: 'Unknown outcome.' }).default('all'),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], error: 'Must not be before "from".' });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
