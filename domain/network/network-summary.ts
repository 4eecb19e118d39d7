import { type ConsentFacts, type ConsentState, consentStateOn } from './consent-state';
import * as z from '../validation/z';
import { SUPPORT_TYPE_CODES } from './network-codes';
import type { NetworkMemberFacts, NetworkMemberRevision } from './network-member';

/** The figures shown on the client Overview and as caseload columns; computable for any date. */
export const networkSummarySchema = z.object({
  asOf: z.string(),
  activeMembers: z.number().int(),
  supportiveTies: z.number().int(),
  strainedOrHarmfulTies: z.number().int(),
  /** Support types given by at least one strong, supportive tie. */
  coveredSupportTypes: z.array(z.enum(SUPPORT_TYPE_CODES)).readonly(),
  /** Support types no strong supportive tie gives: the gaps clinicians look for. */
  supportGaps: z.array(z.enum(SUPPORT_TYPE_CODES)).readonly(),
  involvedInTreatment: z.number().int(),
  consentsExpiringSoon: z.number().int(),
  consentsExpired: z.number().int(),
});
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

/** The facts a summary reads: enough for the caseload to fetch no more than these columns. */
export type SummaryFacts = Pick<NetworkMemberFacts, 'supportTypes' | 'tieStrength' | 'tieQuality' | 'involvement' | 'activeFrom' | 'endedOn'> & {
  readonly consent: ConsentFacts;
};

/** Whether a member (as recorded in these facts) belonged to the network on a date. */
export function isActiveOn(facts: Pick<NetworkMemberFacts, 'activeFrom' | 'endedOn'>, onDate: string): boolean {
  return facts.activeFrom <= onDate && (facts.endedOn === null || facts.endedOn > onDate);
}

/**
 * Each member's facts as they stood on a date: of the revisions in force by then, the newest
 * (highest version) wins. A member's first revision is in force from its activeFrom date, an
 * ending from the date it ended (even when recorded later), any other change from the day it was
 * recorded. Members not in the network on that date are left out.
 */
export function networkAsOf(revisions: readonly NetworkMemberRevision[], onDate: string): Map<string, NetworkMemberFacts> {
  const inForce = new Map<string, NetworkMemberRevision>();
  for (const revision of revisions) {
    if (revision.effectiveOn > onDate) {
      continue;
    }
    const chosen = inForce.get(revision.memberId);
    if (!chosen || revision.version > chosen.version) {
      inForce.set(revision.memberId, revision);
    }
  }
  const result = new Map<string, NetworkMemberFacts>();
  for (const [memberId, revision] of inForce) {
    if (isActiveOn(revision.facts, onDate)) {
      result.set(memberId, revision.facts);
    }
  }
  return result;
}

export function summarizeNetwork(members: readonly SummaryFacts[], asOf: string): NetworkSummary {
  const active = members.filter((member) => isActiveOn(member, asOf));
  const strongSupportive = active.filter((member) => member.tieStrength === 'strong' && member.tieQuality === 'supportive');
  const covered = SUPPORT_TYPE_CODES.filter((type) => strongSupportive.some((member) => member.supportTypes.includes(type)));
  const consentStates: ConsentState[] = active.map((member) => consentStateOn(member.consent, asOf));
  return {
    asOf,
    activeMembers: active.length,
    supportiveTies: active.filter((member) => member.tieQuality === 'supportive').length,
    strainedOrHarmfulTies: active.filter((member) => member.tieQuality === 'strained' || member.tieQuality === 'harmful').length,
    coveredSupportTypes: covered,
    supportGaps: SUPPORT_TYPE_CODES.filter((type) => !covered.includes(type)),
    involvedInTreatment: active.filter((member) => member.involvement !== 'none').length,
    consentsExpiringSoon: consentStates.filter((state) => state === 'expiring').length,
    consentsExpired: consentStates.filter((state) => state === 'expired').length,
  };
}
