import { isoDateSchema } from '../common/iso-date-schema';
import { CASELOAD_SORT_FIELDS } from './caseload-sort';
import { todayIsoDate } from '../common/iso-date';
import { pagingSchema, sortDirectionSchema } from '../common/paging-schema';
import { searchRefusedInUrl } from '../common/search-in-body';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { CASELOAD_FLAG_CODES } from './caseload-flags';
import { CLIENT_STATUS_CODES, FAMILY_CONSENT_CODES, PRIMARY_CONCERN_CODES } from './client-codes';

export const CASE_NUMBER_MAX = 40;
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const dateOfBirthSchema = isoDateSchema
  .refine((value) => value >= EARLIEST_BIRTH_DATE, { error: 'Must be on or after 1900-01-01.' })
  .refine((value) => value <= todayIsoDate(), { error: 'Cannot be in the future.' });

/** The fields a clinician edits on a client record (create and edit share them). */
export const clientFieldsSchema = z.strictObject({
  preferredName: requiredText(TEXT_LIMITS.name),
  legalName: requiredText(TEXT_LIMITS.name),
  dateOfBirth: dateOfBirthSchema,
  caseNumber: requiredText(CASE_NUMBER_MAX).regex(/^[A-Za-z0-9][A-Za-z0-9\-/.]*$/, {
    error: 'Use letters, digits, "-", "/" or ".".',
  }),
  pronouns: z.string().trim().max(40, { error: 'Must be at most 40 characters.' }).default(''),
  primaryConcerns: z
    .array(z.enum(PRIMARY_CONCERN_CODES, { error: 'Unknown concern code.' }), { error: 'Required.' })
    .min(1, { error: 'Choose at least one concern.' })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'Each concern once.' }),
  treatmentStart: isoDateSchema,
  familyConsent: z.enum(FAMILY_CONSENT_CODES, { error: 'Unknown consent code.' }),
});

const treatmentAfterBirth = <T extends { dateOfBirth: string; treatmentStart: string }>(schema: z.ZodType<T>) =>
  schema.refine((client) => client.treatmentStart >= client.dateOfBirth, {
    path: ['treatmentStart'],
    error: 'Cannot be before the date of birth.',
  });

export const createClientRequestSchema = treatmentAfterBirth(clientFieldsSchema);
export type CreateClientRequest = z.infer<typeof createClientRequestSchema>;

export const updateClientRequestSchema = treatmentAfterBirth(clientFieldsSchema.extend({ version: versionSchema }));
export type UpdateClientRequest = z.infer<typeof updateClientRequestSchema>;

/** Put on hold, discharge (with date and reason) or re-open. */
export const changeClientStatusRequestSchema = z
  .strictObject({
    status: z.enum(CLIENT_STATUS_CODES, { error: 'Unknown status code.' }),
    dischargedOn: isoDateSchema.nullable().default(null),
    dischargeReason: z.string().trim().max(TEXT_LIMITS.shortText, { error: `Must be at most ${TEXT_LIMITS.shortText} characters.` }).nullable().default(null),
    version: versionSchema,
  })
  .superRefine((change, context) => {
    if (change.status !== 'discharged') {
      return;
    }
    if (!change.dischargedOn) {
      context.addIssue({ code: 'custom', path: ['dischargedOn'], message: 'Required when discharging.' });
    } else if (change.dischargedOn > todayIsoDate()) {
      context.addIssue({ code: 'custom', path: ['dischargedOn'], message: 'Cannot be in the future.' });
    }
    if (!change.dischargeReason) {
      context.addIssue({ code: 'custom', path: ['dischargeReason'], message: 'Required when discharging.' });
    }
  });
export type ChangeClientStatusRequest = z.infer<typeof changeClientStatusRequestSchema>;

export const reassignClientRequestSchema = z.strictObject({
  therapistId: uuidSchema,
  version: versionSchema,
});
export type ReassignClientRequest = z.infer<typeof reassignClientRequestSchema>;

/** `flags` sorts by the severity of a client's caseload flags (most severe first when descending; caseload-flags.ts). */
export { CASELOAD_SORT_FIELDS, type CaseloadSortField } from './caseload-sort';

export const caseloadQuerySchema = z.strictObject({
  ...pagingSchema,
  sort: z.enum(CASELOAD_SORT_FIELDS, { error: 'Unknown sort field.' }).default('preferredName'),
  direction: sortDirectionSchema,
  search: z.string().trim().max(TEXT_LIMITS.name, { error: `Must be at most ${TEXT_LIMITS.name} characters.` }).default(''),
  status: z.enum([...CLIENT_STATUS_CODES, 'all'], { error: 'Unknown status code.' }).default('all'),
  concern: z.enum([...PRIMARY_CONCERN_CODES, 'all'], { error: 'Unknown concern code.' }).default('all'),
  /** Only clients raising this flag today (a measure flag, or a referral's follow-up due). */
  flag: z.enum([...CASELOAD_FLAG_CODES, 'all'], { error: 'Unknown flag code.' }).default('all'),
  /** Supervisors and admins may narrow to one therapist's caseload. */
  therapistId: uuidSchema.optional(),
});
export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>;

/** `GET /clients`: the same query without a search term (searches go as a body to `POST /clients/search`). */
export const caseloadUrlQuerySchema = caseloadQuerySchema.extend({ search: searchRefusedInUrl });

/** The `:clientId` of every route under /clients/:clientId/… (network, notes, sessions, measures, self-report). */
export const clientParamsSchema = z.strictObject({ clientId: uuidSchema });
