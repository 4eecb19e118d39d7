import type { Kysely } from 'kysely';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // One link sent to the client (measures) or to one session attendee (feedback). Only the SHA-256
  // of the link's token is kept: a copy of the table yields no usable link.
  await db.schema
    .createTable('self_report_requests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    // Comma-separated instrument codes in the order asked; empty for feedback.
    .addColumn('instruments', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('session_id', 'text', (col) => col.references('family_sessions.id'))
    .addColumn('member_id', 'text', (col) => col.references('network_members.id'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('repeat_every_weeks', 'integer')
    // The request this one follows (a repeat or a resend), so a series can be traced.
    .addColumn('previous_request_id', 'text', (col) => col.references('self_report_requests.id'))
    // Set once the next request of a repeating series was issued: each answered one issues one.
    .addColumn('next_issued', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('emailed', 'integer', (col) => col.notNull().defaultTo(0))
    // When the therapist opened the Measures tab after the answer (clears the caseload indicator).
    .addColumn('seen_at', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
  // The Measures tab lists a client's requests; the caseload and dashboard count them per client.
  await db.schema.createIndex('self_report_requests_client_idx').on('self_report_requests').columns(['client_id', 'created_at']).execute();
  await db.schema.createIndex('self_report_requests_session_idx').on('self_report_requests').columns(['session_id']).execute();

  await db.schema
    .createTable('session_feedback')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // One answer per link: the unique key is a second guard behind the claiming update.
    .addColumn('request_id', 'text', (col) => col.notNull().unique().references('self_report_requests.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('session_id', 'text', (col) => col.notNull().references('family_sessions.id'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('network_members.id'))
    .addColumn('listened', 'integer', (col) => col.notNull())
    .addColumn('understood_next_steps', 'integer', (col) => col.notNull())
    .addColumn('useful', 'integer', (col) => col.notNull())
    .addColumn('comment', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('answered_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('session_feedback_session_idx').on('session_feedback').columns(['session_id', 'member_id']).execute();

  await db.schema.alterTable('measures').addColumn('source', 'text', (col) => col.notNull().defaultTo('clinician')).execute();
  await db.schema.alterTable('measures').addColumn('self_report_request_id', 'text', (col) => col.references('self_report_requests.id')).execute();

  // A submission through a link has no signed-in user: the request is its actor.
  await db.schema.alterTable('audit_events').addColumn('actor_request_id', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').dropColumn('actor_request_id').execute();
  await db.schema.alterTable('measures').dropColumn('self_report_request_id').execute();
  await db.schema.alterTable('measures').dropColumn('source').execute();
  await db.schema.dropTable('session_feedback').execute();
  await db.schema.dropTable('self_report_requests').execute();
}
