import type { Kysely } from 'kysely';
import { isActiveOn, summarizeNetwork } from '@domain/network/network-summary';
import type { NetworkView } from '@domain/network/network-view';
import type { Database } from '../db/database';
import { toNetworkMember } from './network-mapping';
import { membersOfClient } from './network.repository';

/** Today's network of a client: the members, the ended relationships and the summary figures. */
export async function currentNetwork(db: Kysely<Database>, clientId: string, today: string): Promise<NetworkView> {
  const members = (await membersOfClient(db, clientId)).map((row) => toNetworkMember(row));
  const active = members.filter((member) => isActiveOn(member, today));
  return {
    asOf: today,
    current: true,
    members: active,
    endedMembers: members.filter((member) => !isActiveOn(member, today)),
    summary: summarizeNetwork(active, today),
  };
}
