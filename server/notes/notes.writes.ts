import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { SupportNote } from '@domain/notes/support-note';
import type { AmendSupportNoteRequest, CreateSupportNoteRequest } from '@domain/notes/support-note-requests';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import { requireClientAccess } from '../access/client-guard';
import type { Database } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { findNote, foreignMemberIndexes } from './notes.repository';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';

async function assertOwnMembers(db: Kysely<Database>, clientId: string, memberIds: readonly string[]): Promise<void> {
  const foreign = await foreignMemberIndexes(db, clientId, memberIds);
  if (foreign.length > 0) {
    throw HttpProblem.badRequest(foreign.map((index) => ({ field: `memberIds.${index}`, message: "Not a member of this client's network." })));
  }
}

async function replaceTags(db: Kysely<Database>, noteId: string, memberIds: readonly string[]): Promise<void> {
  await db.deleteFrom('support_note_members').where('note_id', '=', noteId).execute();
  if (memberIds.length > 0) {
    await db.insertInto('support_note_members').values(memberIds.map((memberId) => ({ note_id: noteId, member_id: memberId }))).execute();
  }
}

export async function createNote(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, body: CreateSupportNoteRequest): Promise<SupportNote> {
  const { user } = actor;
  const now = actor.now.toISOString();
  const id = uuidv7();
  await requireClientAccess(db, actor, audit, clientId, 'write', 'support-note');
  return db.transaction().execute(async (trx) => {
    await assertOwnMembers(trx, clientId, body.memberIds);
    await trx
      .insertInto('support_notes')
      .values({ id, client_id: clientId, author_id: user.id, note_date: body.noteDate, text: body.text, version: 1, created_at: now, created_by: user.id, updated_at: now, updated_by: user.id })
      .execute();
    await trx
      .insertInto('support_note_revisions')
      .values({ id: uuidv7(), note_id: id, version: 1, text: body.text, member_ids: body.memberIds.join(','), recorded_at: now, recorded_by: user.id, reason: null })
      .execute();
    await replaceTags(trx, id, body.memberIds);
    await audit({ action: 'create', recordType: 'support-note', recordId: id, outcome: 'success' }, trx);
    return (await findNote(trx, clientId, id))!;
  });
}

/** An amendment adds a revision; the original text stays in the note's history with who and when. */
export async function amendNote(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, noteId: string, body: AmendSupportNoteRequest): Promise<SupportNote> {
  const { user } = actor;
  const now = actor.now.toISOString();
  await requireClientAccess(db, actor, audit, clientId, 'write', 'support-note');
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findNote(trx, clientId, noteId), body.version);
    await assertOwnMembers(trx, clientId, body.memberIds);
    const result = await trx
      .updateTable('support_notes')
      .set({ text: body.text, version: body.version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', noteId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findNote(trx, clientId, noteId));
    await trx
      .insertInto('support_note_revisions')
      .values({
        id: uuidv7(),
        note_id: noteId,
        version: body.version + 1,
        text: body.text,
        member_ids: body.memberIds.join(','),
        recorded_at: now,
        recorded_by: user.id,
        reason: body.reason,
      })
      .execute();
    await replaceTags(trx, noteId, body.memberIds);
    const fields = [before.text !== body.text && 'text', before.memberIds.join() !== [...body.memberIds].sort().join() && 'memberIds'].filter(
      (field): field is string => typeof field === 'string',
    );
    await audit({ action: 'amend', recordType: 'support-note', recordId: noteId, outcome: 'success', fields }, trx);
    return (await findNote(trx, clientId, noteId))!;
  });
}
