import type { CreateTableBuilder, Kysely } from 'kysely';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.

/** Optimistic concurrency and who-did-what, on every clinical table. */
const clinicalColumns = <T extends string>(table: CreateTableBuilder<T>) =>
  table
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('users.id'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await clinicalColumns(
    db.schema
      .createTable('network_members')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('relationship', 'text', (col) => col.notNull())
      .addColumn('category', 'text', (col) => col.notNull())
      .addColumn('support_types', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('tie_strength', 'text', (col) => col.notNull())
      .addColumn('tie_quality', 'text', (col) => col.notNull())
      .addColumn('energy_flow', 'text', (col) => col.notNull())
      .addColumn('contact_frequency', 'text', (col) => col.notNull())
      .addColumn('lives_with_client', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('involvement', 'text', (col) => col.notNull())
      .addColumn('consent_status', 'text', (col) => col.notNull())
      .addColumn('consent_scope', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('consent_given_on', 'text')
      .addColumn('consent_expires_on', 'text')
      .addColumn('emergency_contact', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('boundaries_note', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('active_from', 'text', (col) => col.notNull())
      .addColumn('ended_on', 'text')
      .addColumn('end_reason', 'text'),
  ).execute();
  await db.schema.createIndex('network_members_client_idx').on('network_members').columns(['client_id', 'ended_on']).execute();

  await db.schema
    .createTable('network_member_revisions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('member_id', 'text', (col) => col.notNull().references('network_members.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('effective_on', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('facts', 'text', (col) => col.notNull())
    .addUniqueConstraint('network_member_revisions_version_unique', ['member_id', 'version'])
    .execute();
  await db.schema.createIndex('network_member_revisions_client_idx').on('network_member_revisions').column('client_id').execute();

  await clinicalColumns(
    db.schema
      .createTable('support_notes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
      .addColumn('author_id', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('note_date', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('support_notes_client_date_idx').on('support_notes').columns(['client_id', 'note_date']).execute();

  await db.schema
    .createTable('support_note_revisions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('note_id', 'text', (col) => col.notNull().references('support_notes.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('member_ids', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addUniqueConstraint('support_note_revisions_version_unique', ['note_id', 'version'])
    .execute();

  await db.schema
    .createTable('support_note_members')
    .addColumn('note_id', 'text', (col) => col.notNull().references('support_notes.id'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('network_members.id'))
    .addPrimaryKeyConstraint('support_note_members_pk', ['note_id', 'member_id'])
    .execute();
  await db.schema.createIndex('support_note_members_member_idx').on('support_note_members').column('member_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['support_note_members', 'support_note_revisions', 'support_notes', 'network_member_revisions', 'network_members']) {
    await db.schema.dropTable(table).execute();
  }
}
