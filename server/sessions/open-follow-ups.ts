import type { Kysely } from 'kysely';
import type { OpenFollowUp } from '@domain/sessions/session-views';
import type { Database } from '../db/database';
import { sessionsWithFollowUps } from './sessions.repository';

/** A client's follow-ups not yet done, soonest due first, each with the session it came from. */
export async function openFollowUpsOf(db: Kysely<Database>, clientId: string): Promise<OpenFollowUp[]> {
  const sessions = await sessionsWithFollowUps(db, clientId);
  return sessions
    .flatMap((session) =>
      session.followUps.filter((followUp) => !followUp.done).map((followUp) => ({ ...followUp, sessionId: session.id, sessionStartsAt: session.startsAt })),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
