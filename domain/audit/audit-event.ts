import { isoDateSchema } from '../common/iso-date-schema';
import { pagingSchema } from '../common/paging-schema';
import { uuidSchema } from '../common/uuid';
import { TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';

/** One audit event as the audit screen lists it. */
export interface AuditEventView {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  /** The self-report request that acted (a client or family member answering through a link); null for users. */
  readonly actorRequestId: string | null;
  readonly action: string;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly outcome: 'success' | 'failure' | 'denied';
  readonly fields: readonly string[];
}

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
