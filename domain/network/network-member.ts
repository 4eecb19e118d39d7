import { versionedShape } from '../common/versioned';
import * as z from '../validation/z';
import {
  CONSENT_STATUS_CODES,
  CONTACT_FREQUENCY_CODES,
  ENERGY_FLOW_CODES,
  NETWORK_CATEGORY_CODES,
  RELATIONSHIP_CODES,
  SUPPORT_TYPE_CODES,
  TIE_QUALITY_CODES,
  TIE_STRENGTH_CODES,
  TREATMENT_INVOLVEMENT_CODES,
  type NetworkCategory,
} from './network-codes';

/** What a clinician records about one person or group in a client's life (one revision of it). */
export const networkMemberFactsSchema = z.object({
  name: z.string(),
  relationship: z.enum(RELATIONSHIP_CODES),
  supportTypes: z.array(z.enum(SUPPORT_TYPE_CODES)).readonly(),
  tieStrength: z.enum(TIE_STRENGTH_CODES),
  tieQuality: z.enum(TIE_QUALITY_CODES),
  energyFlow: z.enum(ENERGY_FLOW_CODES),
  contactFrequency: z.enum(CONTACT_FREQUENCY_CODES),
  livesWithClient: z.boolean(),
  involvement: z.enum(TREATMENT_INVOLVEMENT_CODES),
  consent: z.object({
    status: z.enum(CONSENT_STATUS_CODES),
    scope: z.string(),
    givenOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
  }),
  emergencyContact: z.boolean(),
  boundariesNote: z.string(),
  /** When this person became part of the client's life as recorded (YYYY-MM-DD). */
  activeFrom: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type NetworkMemberFacts = z.infer<typeof networkMemberFactsSchema>;

export const networkMemberSchema = networkMemberFactsSchema.extend({
  id: z.string(),
  clientId: z.string(),
  category: z.enum(NETWORK_CATEGORY_CODES as [NetworkCategory, ...NetworkCategory[]]),
  ...versionedShape,
});
export type NetworkMember = z.infer<typeof networkMemberSchema>;

/**
 * One stored revision: the facts in force from `effectiveOn` until a higher version is. The first
 * revision is in force from the member's activeFrom date; an ending from its end date.
 */
export const networkMemberRevisionSchema = z.object({
  memberId: z.string(),
  version: z.number().int(),
  effectiveOn: z.string(),
  facts: networkMemberFactsSchema,
});
export type NetworkMemberRevision = z.infer<typeof networkMemberRevisionSchema>;
