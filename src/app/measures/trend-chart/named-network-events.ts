import { isWorsening, type NetworkEvent } from '@domain/network/network-events';
import type { NetworkMember } from '@domain/network/network-member';

/** A network event as the chart and its panels show it: with the member's name, and whether it was for the worse. */
export interface NamedNetworkEvent extends NetworkEvent {
  readonly memberName: string;
  readonly worsening: boolean;
}

/** Joins each event to its member's name (the events API carries opaque ids only). */
export function namedNetworkEvents(events: readonly NetworkEvent[], members: readonly NetworkMember[]): NamedNetworkEvent[] {
  const names = new Map(members.map((member) => [member.id, member.name]));
  return events.map((item) => ({ ...item, memberName: names.get(item.memberId) ?? 'A former member', worsening: isWorsening(item) }));
}
