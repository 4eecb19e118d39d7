import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AuditEventsTable, Database } from '../db/database';

/** What happened, to which record, with what outcome. Never clinical text, never names. */
export interface AuditEntry {
  readonly userId: string | null;
  readonly action: string;
  readonly recordType?: string;
  readonly recordId?: string;
  readonly outcome: AuditEventsTable['outcome'];
  readonly ip?: string;
  /** Names of changed fields (never values). */
  readonly fields?: readonly string[];
  /** The self-report request that acted (a submission through a link has no user). */
  readonly actorRequestId?: string;
}

/** An entry as a write states it: whoever records it fills in the acting user (unless given) and the address. */
export type AuditRecord = Omit<AuditEntry, 'userId' | 'ip'> & { userId?: string | null };

/**
 * Records one audit event for the acting user. Pass a write's transaction so that the record and its
 * event are stored together or not at all. Writes receive it as a parameter, so persistence does
 * not depend on HTTP (a route passes `auditOf(request)`).
 */
export type Audit = (entry: AuditRecord, executor?: Kysely<Database>) => Promise<void>;

/** Appends one event. There is deliberately no update or delete counterpart. */
export async function appendAuditEvent(db: Kysely<Database>, entry: AuditEntry, at: Date): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: uuidv7(),
      at: at.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      record_type: entry.recordType ?? null,
      record_id: entry.recordId ?? null,
      outcome: entry.outcome,
      ip: entry.ip ?? null,
      fields: entry.fields && entry.fields.length > 0 ? entry.fields.join(',') : null,
      actor_request_id: entry.actorRequestId ?? null,
    })
    .execute();
}
