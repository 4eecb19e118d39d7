import type { Kysely } from 'kysely';
import { networkEvents, type NetworkEvent } from '@domain/network/network-events';
import type { Database } from '../db/database';
import { revisionsOfClient } from './network.repository';

/** A client's network timeline, derived from its members' stored revisions (oldest first). */
export async function networkEventsOfClient(db: Kysely<Database>, clientId: string, today: string): Promise<NetworkEvent[]> {
  return networkEvents(await revisionsOfClient(db, clientId), today);
}
