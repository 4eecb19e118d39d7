import { isoDateSchema } from '../common/iso-date-schema';
import { todayIsoDate } from '../common/iso-date';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import {
  CONSENT_STATUS_CODES,
  CONTACT_FREQUENCY_CODES,
  ENERGY_FLOW_CODES,
  RELATIONSHIP_CODES,
  SUPPORT_TYPE_CODES,
  TIE_QUALITY_CODES,
  TIE_STRENGTH_CODES,
  TREATMENT_INVOLVEMENT_CODES,
} from './network-codes';

const optionalText = (max: number) => z.string().trim().max(max, { error: `Must be at most ${max} characters.` }).default('');

const consentSchema = z
  .strictObject({
    status: z.enum(CONSENT_STATUS_CODES, { error: 'Unknown consent status.' }),
    scope: optionalText(TEXT_LIMITS.shortText),
    givenOn: isoDateSchema.nullable().default(null),
    expiresOn: isoDateSchema.nullable().default(null),
  })
  .superRefine((consent, context) => {
    if (consent.status === 'granted' && !consent.givenOn) {
      context.addIssue({ code: 'custom', path: ['givenOn'], message: 'Required when consent is granted.' });
    }
    if (consent.givenOn && consent.givenOn > todayIsoDate()) {
      context.addIssue({ code: 'custom', path: ['givenOn'], message: 'Cannot be in the future.' });
    }
    if (consent.givenOn && consent.expiresOn && consent.expiresOn < consent.givenOn) {
      context.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Cannot be before the date consent was given.' });
    }
  });

/** The fields a clinician enters for a network member; the category follows from the relationship. */
export const networkMemberFieldsSchema = z.strictObject({
  name: requiredText(TEXT_LIMITS.name),
  relationship: z.enum(RELATIONSHIP_CODES, { error: 'Unknown relationship code.' }),
  supportTypes: z
    .array(z.enum(SUPPORT_TYPE_CODES, { error: 'Unknown support type code.' }))
    .refine((types) => new Set(types).size === types.length, { error: 'Each support type once.' })
    .default([]),
  tieStrength: z.enum(TIE_STRENGTH_CODES, { error: 'Unknown tie strength.' }),
  tieQuality: z.enum(TIE_QUALITY_CODES, { error: 'Unknown tie quality.' }),
  energyFlow: z.enum(ENERGY_FLOW_CODES, { error: 'Unknown energy flow.' }).default('both'),
  contactFrequency: z.enum(CONTACT_FREQUENCY_CODES, { error: 'Unknown contact frequency.' }),
  livesWithClient: z.boolean().default(false),
  involvement: z.enum(TREATMENT_INVOLVEMENT_CODES, { error: 'Unknown involvement code.' }).default('none'),
  consent: consentSchema,
  emergencyContact: z.boolean().default(false),
  boundariesNote: optionalText(TEXT_LIMITS.longText),
  activeFrom: isoDateSchema.refine((value) => value <= todayIsoDate(), { error: 'Cannot be in the future.' }),
});

export const createNetworkMemberRequestSchema = networkMemberFieldsSchema;
export type CreateNetworkMemberRequest = z.infer<typeof createNetworkMemberRequestSchema>;

export const updateNetworkMemberRequestSchema = networkMemberFieldsSchema.extend({ version: versionSchema });
export type UpdateNetworkMemberRequest = z.infer<typeof updateNetworkMemberRequestSchema>;

export const endNetworkMemberRequestSchema = z.strictObject({
  endedOn: isoDateSchema.refine((value) => value <= todayIsoDate(), { error: 'Cannot be in the future.' }),
  endReason: requiredText(TEXT_LIMITS.shortText),
  version: versionSchema,
});
export type EndNetworkMemberRequest = z.infer<typeof endNetworkMemberRequestSchema>;

export const reactivateNetworkMemberRequestSchema = z.strictObject({ version: versionSchema });
export type ReactivateNetworkMemberRequest = z.infer<typeof reactivateNetworkMemberRequestSchema>;

export const networkQuerySchema = z.strictObject({
  asOf: isoDateSchema.optional(),
});
export type NetworkQuery = z.infer<typeof networkQuerySchema>;

export const clientMemberParamsSchema = z.strictObject({ clientId: uuidSchema, memberId: uuidSchema });
