import { CONSENT_STATE_LABELS, consentStateOn } from '@domain/network/consent-state';
import {
  CONTACT_FREQUENCIES,
  NETWORK_CATEGORIES,
  RELATIONSHIPS,
  SUPPORT_TYPES,
  TIE_QUALITIES,
  TIE_STRENGTHS,
  type EnergyFlow,
  type SupportType,
} from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';

const FLOW_SENTENCES: Record<EnergyFlow, string> = {
  'to-client': 'Support flows to the client',
  'from-client': 'Support flows from the client',
  both: 'Support flows both ways',
};

/** "emotional, informational and companionship" (lower case, as in a sentence). */
export function supportTypesInWords(types: readonly SupportType[]): string {
  const words = types.map((type) => SUPPORT_TYPES[type].toLowerCase());
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Everything the drawing shows of a member, in words: what a screen reader says for the member's
 * circle, e.g. "Maria Lopez, Parent (Family). Strong, supportive tie. Support flows both ways.
 * Gives emotional and instrumental support. Contact weekly. Consent to share: current."
 */
export function describeMember(member: NetworkMember, onDate: string): string {
  const support =
    member.supportTypes.length > 0
      ? `Gives ${supportTypesInWords(member.supportTypes)} support.`
      : 'No support type recorded.';
  return [
    `${member.name}, ${RELATIONSHIPS[member.relationship].label} (${NETWORK_CATEGORIES[member.category]}).`,
    `${TIE_STRENGTHS[member.tieStrength]}, ${TIE_QUALITIES[member.tieQuality].toLowerCase()} tie.`,
    `${FLOW_SENTENCES[member.energyFlow]}.`,
    support,
    `Contact ${CONTACT_FREQUENCIES[member.contactFrequency].toLowerCase()}.`,
    `${CONSENT_STATE_LABELS[consentStateOn(member.consent, onDate)]}.`,
  ].join(' ');
}
