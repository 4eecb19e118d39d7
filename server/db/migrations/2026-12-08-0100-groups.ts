import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * Groups the clinic runs (issue #16): the group and its facilitators, the roster built by referral,
 * the meetings its schedule gives, and attendance with a progress note per attending client.
 */
// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.

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
      .createTable('clinic_groups')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('frequency', 'text', (col) => col.notNull())
      .addColumn('start_date', 'text', (col) => col.notNull())
      .addColumn('end_date', 'text', (col) => col.notNull())
      .addColumn('start_time', 'text', (col) => col.notNull())
      .addColumn('duration_minutes', 'integer', (col) => col.notNull())
      .addColumn('modality', 'text', (col) => col.notNull())
      .addColumn('location', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('capacity', 'integer', (col) => col.notNull())
      // JSON array of names: peer facilitators have no account.
      .addColumn('peer_facilitators', 'text', (col) => col.notNull().defaultTo('[]')),
  ).execute();

  await db.schema
    .createTable('group_facilitators')
    .addColumn('group_id', 'text', (col) => col.notNull().references('clinic_groups.id'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addPrimaryKeyConstraint('group_facilitators_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema.createIndex('group_facilitators_user_idx').on('group_facilitators').column('user_id').execute();

  await clinicalColumns(
    db.schema
      .createTable('group_enrolments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('group_id', 'text', (col) => col.notNull().references('clinic_groups.id'))
      .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('referred_on', 'text', (col) => col.notNull())
      .addColumn('referred_by', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('decided_on', 'text')
      .addColumn('decided_by', 'text', (col) => col.references('users.id'))
      .addColumn('decline_reason', 'text')
      .addColumn('enrolled_on', 'text')
      .addColumn('left_on', 'text')
      .addColumn('leave_reason', 'text'),
  ).execute();
  await db.schema.createIndex('group_enrolments_group_idx').on('group_enrolments').columns(['group_id', 'status']).execute();
  await db.schema.createIndex('group_enrolments_client_idx').on('group_enrolments').column('client_id').execute();

  await clinicalColumns(
    db.schema
      .createTable('group_meetings')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('group_id', 'text', (col) => col.notNull().references('clinic_groups.id'))
      .addColumn('scheduled_on', 'text', (col) => col.notNull())
      .addColumn('meeting_date', 'text', (col) => col.notNull())
      .addColumn('start_time', 'text', (col) => col.notNull())
      .addColumn('cancelled', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('group_note', 'text', (col) => col.notNull().defaultTo(''))
      .addUniqueConstraint('group_meetings_scheduled_unique', ['group_id', 'scheduled_on']),
  ).execute();

  await db.schema
    .createTable('group_attendance')
    .addColumn('meeting_id', 'text', (col) => col.notNull().references('group_meetings.id'))
    .addColumn('enrolment_id', 'text', (col) => col.notNull().references('group_enrolments.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('attendance', 'text', (col) => col.notNull())
    .addColumn('progress_note', 'text')
    .addColumn('note_by', 'text', (col) => col.references('users.id'))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('users.id'))
    .addPrimaryKeyConstraint('group_attendance_pk', ['meeting_id', 'client_id'])
    .execute();
  await db.schema.createIndex('group_attendance_client_idx').on('group_attendance').column('client_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['group_attendance', 'group_meetings', 'group_enrolments', 'group_facilitators', 'clinic_groups']) {
    await db.schema.dropTable(table).execute();
  }
}
