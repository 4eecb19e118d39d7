import { addDays } from '../common/iso-date';
import type { ConsentFacts } from './consent-state';
import * as z from '../validation/z';
import {
  TIE_QUALITIES,
  TIE_QUALITY_CODES,
  TIE_STRENGTHS,
  TIE_STRENGTH_CODES,
} from './network-codes';
import type { NetworkMemberFacts, NetworkMemberRevision } from './network-member';

/** What can happen to a tie, as the network's revisions tell it. */
export const NETWORK_EVENT_KINDS = {
  'tie-added': 'Tie added',
  'tie-ended': 'Tie ended',
  'tie-resumed': 'Tie resumed',
  'quality-changed': 'Tie quality changed',
  'strength-changed': 'Tie strength changed',
  'consent-given': 'Consent to share given',
  'consent-lapsed': 'Consent to share lapsed',
  'consent-withdrawn': 'Consent to share withdrawn',
} as const;
export type NetworkEventKind = keyof typeof NETWORK_EVENT_KINDS;

/**
 * One dated change in a client's support network. Opaque ids only: the member's name and any
 * free text stay on the member record, so the timeline carries no clinical words of its own.
 */
export const networkEventSchema = z.object({
  /** Stable for the same history: member, revision version and kind. */
  id: z.string(),
  memberId: z.string(),
  kind: z.enum(Object.keys(NETWORK_EVENT_KINDS) as [NetworkEventKind, ...NetworkEventKind[]]),
  /** YYYY-MM-DD: the day the change was in force from. */
  date: z.string(),
  /** Tie quality or strength before and after (quality-changed, strength-changed); null otherwise. */
  from: z.enum([...TIE_QUALITY_CODES, ...TIE_STRENGTH_CODES]).nullable(),
  to: z.enum([...TIE_QUALITY_CODES, ...TIE_STRENGTH_CODES]).nullable(),
});
export type NetworkEvent = z.infer<typeof networkEventSchema>;

/** Answer of GET /clients/:clientId/network/events; items oldest first. */
export const networkEventsViewSchema = z.object({ items: z.array(networkEventSchema).readonly() });
export type NetworkEventsView = z.infer<typeof networkEventsViewSchema>;

const KIND_ORDER = Object.keys(NETWORK_EVENT_KINDS) as NetworkEventKind[];

const event = (
  memberId: string,
  version: number,
  kind: NetworkEventKind,
  date: string,
  change: { from: NetworkEvent['from']; to: NetworkEvent['to'] } = { from: null, to: null },
): NetworkEvent => ({ id: `${memberId}.${version}.${kind}`, memberId, kind, date, ...change });

const grants = (consent: ConsentFacts): boolean => consent.status === 'granted';
/** A different grant: newly granted, or granted again with another date. */
const newGrant = (before: ConsentFacts, after: ConsentFacts) =>
  grants(after) &&
  (!grants(before) || before.givenOn !== after.givenOn || before.expiresOn !== after.expiresOn);

/** The changes between two consecutive revisions of one member, dated by the later one. */
function changesBetween(
  memberId: string,
  before: NetworkMemberFacts,
  after: NetworkMemberRevision,
): NetworkEvent[] {
  const { facts, version, effectiveOn } = after;
  const events: NetworkEvent[] = [];
  if (before.endedOn === null && facts.endedOn !== null) {
    // An ending is in force from the day it happened, even when recorded later.
    events.push(event(memberId, version, 'tie-ended', facts.endedOn));
  }
  if (before.endedOn !== null && facts.endedOn === null) {
    events.push(event(memberId, version, 'tie-resumed', effectiveOn));
  }
  if (before.tieQuality !== facts.tieQuality) {
    events.push(
      event(memberId, version, 'quality-changed', effectiveOn, {
        from: before.tieQuality,
        to: facts.tieQuality,
      }),
    );
  }
  if (before.tieStrength !== facts.tieStrength) {
    events.push(
      event(memberId, version, 'strength-changed', effectiveOn, {
        from: before.tieStrength,
        to: facts.tieStrength,
      }),
    );
  }
  if (grants(before.consent) && !grants(facts.consent)) {
    events.push(event(memberId, version, 'consent-withdrawn', effectiveOn));
  } else if (newGrant(before.consent, facts.consent)) {
    events.push(event(memberId, version, 'consent-given', facts.consent.givenOn ?? effectiveOn));
  }
  return events;
}

/** The revision of one member in force on a date (the highest version in force by then). */
function inForceOn(
  revisions: readonly NetworkMemberRevision[],
  date: string,
): NetworkMemberRevision | null {
  let chosen: NetworkMemberRevision | null = null;
  for (const revision of revisions) {
    if (revision.effectiveOn <= date && (chosen === null || revision.version > chosen.version)) {
      chosen = revision;
    }
  }
  return chosen;
}

/**
 * Consents that ran out: the day after a grant's expiry date, when that same grant was still the
 * one on record and the tie still active (an ended tie's consent lapsing is no news). Only lapses
 * on or before `today` have happened.
 */
function lapses(
  memberId: string,
  revisions: readonly NetworkMemberRevision[],
  today: string,
): NetworkEvent[] {
  const seen = new Set<string>();
  const events: NetworkEvent[] = [];
  for (const revision of revisions) {
    const { consent } = revision.facts;
    if (!grants(consent) || consent.expiresOn === null || seen.has(consent.expiresOn)) {
      continue;
    }
    seen.add(consent.expiresOn);
    const lapsedOn = addDays(consent.expiresOn, 1);
    if (lapsedOn > today) {
      continue;
    }
    const then = inForceOn(revisions, lapsedOn);
    const stillThisGrant =
      then !== null &&
      grants(then.facts.consent) &&
      then.facts.consent.expiresOn === consent.expiresOn;
    const active =
      then !== null &&
      then.facts.activeFrom <= lapsedOn &&
      (then.facts.endedOn === null || then.facts.endedOn > lapsedOn);
    if (stillThisGrant && active) {
      events.push(event(memberId, then.version, 'consent-lapsed', lapsedOn));
    }
  }
  return events;
}

/**
 * A client's network timeline from its members' revisions (any order): the first revision adds
 * the tie on its activeFrom date (and gives consent when granted); each later one ends, resumes or
 * changes it as it differs from the one before. Changes are dated as the revisions are (see
 * networkAsOf): an ending on its end date, any other change on the day it was recorded. Oldest
 * first; on one day, by kind then member.
 */
export function networkEvents(
  revisions: readonly NetworkMemberRevision[],
  today: string,
): NetworkEvent[] {
  const byMember = new Map<string, NetworkMemberRevision[]>();
  for (const revision of revisions) {
    byMember.set(revision.memberId, [...(byMember.get(revision.memberId) ?? []), revision]);
  }
  const events: NetworkEvent[] = [];
  for (const [memberId, memberRevisions] of byMember) {
    const ordered = [...memberRevisions].sort((a, b) => a.version - b.version);
    const [first, ...later] = ordered;
    events.push(event(memberId, first.version, 'tie-added', first.facts.activeFrom));
    if (grants(first.facts.consent)) {
      events.push(
        event(
          memberId,
          first.version,
          'consent-given',
          first.facts.consent.givenOn ?? first.facts.activeFrom,
        ),
      );
    }
    let before = first.facts;
    for (const revision of later) {
      events.push(...changesBetween(memberId, before, revision));
      before = revision.facts;
    }
    events.push(...lapses(memberId, ordered, today));
  }
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.memberId.localeCompare(b.memberId) ||
      a.id.localeCompare(b.id),
  );
}

/** Events dated from `from` to `to`, both days included (a change on a measure's day may be behind it). */
export function eventsBetween<T extends { readonly date: string }>(
  events: readonly T[],
  from: string,
  to: string,
): T[] {
  return events.filter((item) => item.date >= from && item.date <= to);
}

/** Whether a change made the tie worse: a quality towards harmful, or a strength towards weak. */
export function isWorsening(item: Pick<NetworkEvent, 'kind' | 'from' | 'to'>): boolean {
  if (item.from === null || item.to === null) {
    return (
      item.kind === 'tie-ended' ||
      item.kind === 'consent-lapsed' ||
      item.kind === 'consent-withdrawn'
    );
  }
  const order: readonly string[] =
    item.kind === 'quality-changed' ? Object.keys(TIE_QUALITIES) : Object.keys(TIE_STRENGTHS);
  return order.indexOf(item.to) > order.indexOf(item.from);
}

/** One line in the clinicians' words, e.g. "Tie quality changed: supportive → strained". */
export function describeNetworkEvent(item: Pick<NetworkEvent, 'kind' | 'from' | 'to'>): string {
  const label = NETWORK_EVENT_KINDS[item.kind];
  if (item.from === null || item.to === null) {
    return label;
  }
  const words: Record<string, string> = { ...TIE_QUALITIES, ...TIE_STRENGTHS };
  return `${label}: ${words[item.from].toLowerCase()} → ${words[item.to].toLowerCase()}`;
}
