import type { Kysely } from 'kysely';
import type { SupportNote, SupportNoteRevision } from '@domain/notes/support-note';
import type { Database } from '../db/database';

function notesWithAuthor(db: Kysely<Database>) {
  return db
    .selectFrom('support_notes')
    .innerJoin('users as author', 'author.id', 'support_notes.author_id')
    .selectAll('support_notes')
    .select('author.name as author_name');
}

async function tagsOf(db: Kysely<Database>, noteIds: readonly string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>(noteIds.map((id) => [id, []]));
  if (noteIds.length > 0) {
    const rows = await db.selectFrom('support_note_members').selectAll().where('note_id', 'in', [...noteIds]).execute();
    for (const row of rows) {
      tags.get(row.note_id)?.push(row.member_id);
    }
  }
  return tags;
}

type NoteRow = Awaited<ReturnType<ReturnType<typeof notesWithAuthor>['executeTakeFirstOrThrow']>>;

function toSupportNote(row: NoteRow, memberIds: readonly string[]): SupportNote {
  return {
    id: row.id,
    clientId: row.client_id,
    noteDate: row.note_date,
    text: row.text,
    memberIds: [...memberIds].sort(),
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    amended: row.version > 1,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function listNotes(
  db: Kysely<Database>,
  clientId: string,
  page: number,
  pageSize: number,
): Promise<{ items: SupportNote[]; total: number }> {
  const [rows, count] = await Promise.all([
    notesWithAuthor(db)
      .where('support_notes.client_id', '=', clientId)
      .orderBy('support_notes.note_date', 'desc')
      .orderBy('support_notes.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db.selectFrom('support_notes').where('client_id', '=', clientId).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
  ]);
  const tags = await tagsOf(db, rows.map((row) => row.id));
  return { items: rows.map((row) => toSupportNote(row, tags.get(row.id) ?? [])), total: Number(count.count) };
}

export async function findNote(db: Kysely<Database>, clientId: string, noteId: string): Promise<SupportNote | undefined> {
  const row = await notesWithAuthor(db).where('support_notes.client_id', '=', clientId).where('support_notes.id', '=', noteId).executeTakeFirst();
  return row && toSupportNote(row, (await tagsOf(db, [noteId])).get(noteId) ?? []);
}

function revisionsWithRecorder(db: Kysely<Database>) {
  return db
    .selectFrom('support_note_revisions')
    .innerJoin('users', 'users.id', 'support_note_revisions.recorded_by')
    .selectAll('support_note_revisions')
    .select('users.name as recorded_by_name');
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof revisionsWithRecorder>['executeTakeFirstOrThrow']>>;

function toRevision(row: RevisionRow): SupportNoteRevision {
  return {
    version: row.version,
    text: row.text,
    memberIds: row.member_ids ? row.member_ids.split(',') : [],
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    reason: row.reason,
  };
}

export async function noteRevisions(db: Kysely<Database>, noteId: string): Promise<SupportNoteRevision[]> {
  const rows = await revisionsWithRecorder(db).where('support_note_revisions.note_id', '=', noteId).orderBy('support_note_revisions.version').execute();
  return rows.map(toRevision);
}

/** Every revision of every note of a client in one query, by note id (the complete record reads them all). */
export async function noteRevisionsOfClient(db: Kysely<Database>, clientId: string): Promise<Map<string, SupportNoteRevision[]>> {
  const rows = await revisionsWithRecorder(db)
    .innerJoin('support_notes', 'support_notes.id', 'support_note_revisions.note_id')
    .where('support_notes.client_id', '=', clientId)
    .orderBy('support_note_revisions.note_id')
    .orderBy('support_note_revisions.version')
    .execute();
  const byNote = new Map<string, SupportNoteRevision[]>();
  for (const row of rows) {
    byNote.set(row.note_id, [...(byNote.get(row.note_id) ?? []), toRevision(row)]);
  }
  return byNote;
}

/** Ids among `memberIds` that are not members of this client's network, with their index. */
export async function foreignMemberIndexes(db: Kysely<Database>, clientId: string, memberIds: readonly string[]): Promise<number[]> {
  if (memberIds.length === 0) {
    return [];
  }
  const own = new Set(
    (await db.selectFrom('network_members').select('id').where('client_id', '=', clientId).where('id', 'in', [...memberIds]).execute()).map(
      (row) => row.id,
    ),
  );
  return memberIds.flatMap((id, index) => (own.has(id) ? [] : [index]));
}
