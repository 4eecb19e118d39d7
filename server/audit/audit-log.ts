import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { compiledOnce } from '../db/compiled-once';
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
  await insertAuditEvent(
    db,
    uuidv7(),
    at.toISOString(),
    entry.userId,
    entry.action,
    entry.recordType ?? null,
    entry.recordId ?? null,
    entry.outcome,
    entry.ip ?? null,
    entry.fields && entry.fields.length > 0 ? entry.fields.join(',') : null,
    entry.actorRequestId ?? null,
  );
}

/** Every audited read runs this: compiled once (db/compiled-once.ts). */
const insertAuditEvent = compiledOnce(
  (
    db,
    id: string,
    at: string,
    userId: string | null,
    action: string,
    recordType: string | null,
    recordId: string | null,
    outcome: AuditEventsTable['outcome'],
    ip: string | null,
    fields: string | null,
    actorRequestId: string | null,
  ) =>
    db.insertInto('audit_events').values({
      id,
      at,
      user_id: userId,
      action,
      record_type: recordType,
      record_id: recordId,
      outcome,
      ip,
      fields,
      actor_request_id: actorRequestId,
    }),
);
