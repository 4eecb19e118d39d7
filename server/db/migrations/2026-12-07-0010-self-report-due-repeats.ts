import type { Kysely } from 'kysely';

const DAY_MS = 86_400_000;

/**
 * A repeat of a self-report series is no longer given a link nobody sees: it waits, "scheduled",
 * until its date, then is "due" until the therapist creates its link. A link's expiry counts from
 * when it was issued, so the days chosen are kept; an address a series was emailed to is kept so
 * the next link of the series can be emailed too.
 */
// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // When a repeat may be answered (its link may be created); null for a request sent at once.
  await db.schema.alterTable('self_report_requests').addColumn('due_at', 'text').execute();
  // When the current link was issued; null while no link exists (token_hash then holds the hash of a
  // random token that was never given to anyone, so no link can open the request).
  await db.schema.alterTable('self_report_requests').addColumn('link_issued_at', 'text').execute();
  await db.schema.alterTable('self_report_requests').addColumn('expires_in_days', 'integer', (col) => col.notNull().defaultTo(7)).execute();
  // The address a measures series was emailed to, for the next link of the series; never sent to the SPA.
  await db.schema.alterTable('self_report_requests').addColumn('email_to', 'text').execute();

  const rows: { id: string; created_at: string; expires_at: string; previous_request_id: string | null }[] = await db
    .selectFrom('self_report_requests')
    .select(['id', 'created_at', 'expires_at', 'previous_request_id'])
    .execute();
  // A resend shows its link (and is audited as one); a repeat issued before this migration never did.
  const resent = new Set(
    (
      (await db
        .selectFrom('audit_events')
        .select('record_id')
        .where('action', '=', 'resend')
        .where('record_type', '=', 'self-report-request')
        .execute()) as { record_id: string }[]
    ).map((row) => row.record_id),
  );
  for (const row of rows) {
    const days = Math.max(1, Math.min(30, Math.round((Date.parse(row.expires_at) - Date.parse(row.created_at)) / DAY_MS)));
    const unseenRepeat = row.previous_request_id !== null && !resent.has(row.id);
    await db
      .updateTable('self_report_requests')
      .set({
        expires_in_days: days,
        due_at: unseenRepeat ? row.created_at : null,
        link_issued_at: unseenRepeat ? null : row.created_at,
      })
      .where('id', '=', row.id)
      .execute();
  }
  // The panel lists due repeats; the dashboard counts links issued in a period.
  await db.schema.createIndex('self_report_requests_issued_idx').on('self_report_requests').columns(['link_issued_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('self_report_requests_issued_idx').execute();
  for (const column of ['email_to', 'expires_in_days', 'link_issued_at', 'due_at']) {
    await db.schema.alterTable('self_report_requests').dropColumn(column).execute();
  }
}
