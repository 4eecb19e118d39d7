import {
  CONSENT_STATUSES,
  CONTACT_FREQUENCIES,
  ENERGY_FLOWS,
  SUPPORT_TYPES,
  TIE_QUALITIES,
  TIE_STRENGTHS,
  TREATMENT_INVOLVEMENT,
} from './network-codes';
import type { NetworkMember } from './network-member';

/** How a tie differs between two dates: in the network only later, only earlier, or in both but changed. */
export const TIE_DIFFERENCE_KINDS = { added: 'Added', ended: 'Ended', changed: 'Changed' } as const;
export type TieDifferenceKind = keyof typeof TIE_DIFFERENCE_KINDS;

export interface TieDifference {
  readonly memberId: string;
  readonly name: string;
  readonly kind: TieDifferenceKind;
  /** For a changed tie, what changed in words, e.g. "Tie quality: supportive → strained". */
  readonly changes: readonly string[];
}

/** The facts a comparison reads: the ones the ecomap draws, and consent. */
type Described = Pick<NetworkMember, 'tieQuality' | 'tieStrength' | 'energyFlow' | 'contactFrequency' | 'supportTypes' | 'involvement' | 'consent'>;

const FACTS: readonly { readonly label: string; readonly words: (member: Described) => string }[] = [
  { label: 'Tie quality', words: (member) => TIE_QUALITIES[member.tieQuality] },
  { label: 'Tie strength', words: (member) => TIE_STRENGTHS[member.tieStrength] },
  { label: 'Support flows', words: (member) => ENERGY_FLOWS[member.energyFlow] },
  { label: 'Contact', words: (member) => CONTACT_FREQUENCIES[member.contactFrequency] },
  {
    label: 'Support given',
    words: (member) => (member.supportTypes.length === 0 ? 'None' : member.supportTypes.map((type) => SUPPORT_TYPES[type]).join(', ')),
  },
  { label: 'Involvement in treatment', words: (member) => TREATMENT_INVOLVEMENT[member.involvement] },
  { label: 'Consent to share', words: (member) => CONSENT_STATUSES[member.consent.status] },
];

const lower = (words: string) => words.toLowerCase();

/**
 * The differences between the network on an earlier and a later date (each the members active
 * then): ties added, ended, and changed in anything the ecomap draws or in consent. Ordered by kind
 * (added, ended, changed), then name.
 */
export function compareNetworks(earlier: readonly NetworkMember[], later: readonly NetworkMember[]): TieDifference[] {
  const before = new Map(earlier.map((member) => [member.id, member]));
  const after = new Map(later.map((member) => [member.id, member]));
  const differences: TieDifference[] = [];
  for (const member of later) {
    const was = before.get(member.id);
    if (!was) {
      differences.push({ memberId: member.id, name: member.name, kind: 'added', changes: [] });
      continue;
    }
    const changes = FACTS.flatMap(({ label, words }) =>
      words(was) === words(member) ? [] : [`${label}: ${lower(words(was))} → ${lower(words(member))}`],
    );
    if (changes.length > 0) {
      differences.push({ memberId: member.id, name: member.name, kind: 'changed', changes });
    }
  }
  for (const member of earlier) {
    if (!after.has(member.id)) {
      differences.push({ memberId: member.id, name: member.name, kind: 'ended', changes: [] });
    }
  }
  const order = Object.keys(TIE_DIFFERENCE_KINDS);
  return differences.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'en') || a.memberId.localeCompare(b.memberId));
}
