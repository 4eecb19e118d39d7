import type { Kysely } from 'kysely';

/**
 * Referrals followed to the end (issue #16, item 6): a client referred to a clinic group (holding
 * its roster place, enrolment_id) or to a directory programme, with the consent to share, the
 * current status, and a timeline of every status with its date and who recorded it.
 */
// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('group_id', 'text', (col) => col.references('clinic_groups.id'))
    .addColumn('programme_id', 'text', (col) => col.references('community_programmes.id'))
    .addColumn('enrolment_id', 'text', (col) => col.references('group_enrolments.id'))
    .addColumn('reason', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('consent_given_on', 'text', (col) => col.notNull())
    // Comma-separated detail codes the client agreed may be shared.
    .addColumn('shared_details', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('status_on', 'text', (col) => col.notNull())
    .addColumn('network_member_id', 'text', (col) => col.references('network_members.id'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('referrals_client_idx').on('referrals').columns(['client_id', 'status', 'status_on']).execute();
  await db.schema.createIndex('referrals_enrolment_idx').on('referrals').column('enrolment_id').execute();

  await db.schema
    .createTable('referral_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('referral_id', 'text', (col) => col.notNull().references('referrals.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('occurred_on', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('referral_events_referral_idx').on('referral_events').column('referral_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('referral_events').execute();
  await db.schema.dropTable('referrals').execute();
}
