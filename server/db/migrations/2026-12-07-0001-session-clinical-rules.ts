import type { Kysely } from 'kysely';

/**
 * Clinical rules on family sessions (#17 item 5): the reason a session was planned although the
 * client declined family involvement, and the review of risk concerns recorded in a session (who,
 * when, with what note). An unreviewed concern raises the "risk noted" flag.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('family_sessions').addColumn('declined_consent_reason', 'text').execute();
  await db.schema.alterTable('family_sessions').addColumn('risk_reviewed_at', 'text').execute();
  await db.schema.alterTable('family_sessions').addColumn('risk_reviewed_by', 'text', (col) => col.references('users.id')).execute();
  await db.schema.alterTable('family_sessions').addColumn('risk_review_note', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['risk_review_note', 'risk_reviewed_by', 'risk_reviewed_at', 'declined_consent_reason']) {
    await db.schema.alterTable('family_sessions').dropColumn(column).execute();
  }
}
