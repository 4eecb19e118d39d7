import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { todayIsoDate } from '@domain/common/iso-date';
import type { InstrumentCode } from '@domain/measures/instrument';
import { type MeasureAnswers, measureAnswersSchemaFor, type SessionFeedbackAnswers, sessionFeedbackAnswersSchema } from '@domain/self-report/self-report-requests';
import { fieldErrorsOf } from '@domain/validation/field-errors';
import type { Audit } from '../audit/audit-log';
import type { Database, SelfReportRequestRow } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { toMeasure } from '../measures/measure-mapping';
import { refreshMeasureStatus } from '../measures/measure-status';
import { appendRevision, scoredColumns } from '../measures/measures.writes';
import { instrumentsOf } from './self-report-mapping';
import { issueNextRepeat } from './self-report.writes';
import { unusableLink } from './unusable-link-problem';

type Answers = { kind: 'measures'; body: MeasureAnswers } | { kind: 'session-feedback'; body: SessionFeedbackAnswers };

/** The body checked against what this link asks for: 400 naming each item, before anything is stored. */
export function parseAnswers(row: SelfReportRequestRow, body: unknown): Answers {
  if (row.kind === 'measures') {
    const result = measureAnswersSchemaFor(instrumentsOf(row)).safeParse(body);
    if (!result.success) {
      throw HttpProblem.badRequest(fieldErrorsOf(result.error));
    }
    return { kind: 'measures', body: result.data };
  }
  const result = sessionFeedbackAnswersSchema.safeParse(body);
  if (!result.success) {
    throw HttpProblem.badRequest(fieldErrorsOf(result.error));
  }
  return { kind: 'session-feedback', body: result.data };
}

/**
 * Claims the link and stores its answers in one transaction. The claim is one conditional UPDATE:
 * of two concurrent submissions exactly one changes the row; the other finds it answered and gets
 * the unusable-link answer, with nothing stored. The actor is the link itself (`row`): there is no
 * signed-in user, and the audit event names the request instead.
 */
export async function storeAnswers(db: Kysely<Database>, audit: Audit, row: SelfReportRequestRow, answers: Answers, now: Date): Promise<void> {
  const timestamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('self_report_requests')
      .set((eb) => ({ answered_at: timestamp, version: eb('version', '+', 1), updated_at: timestamp }))
      .where('id', '=', row.id)
      .where('answered_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .where('link_issued_at', 'is not', null)
      .where('expires_at', '>', timestamp)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) {
      throw unusableLink();
    }
    if (answers.kind === 'measures') {
      await storeMeasures(trx, row, answers.body, now);
    } else {
      await storeFeedback(trx, row, answers.body, timestamp);
    }
    await audit({ userId: null, actorRequestId: row.id, action: 'self-report-submitted', recordType: 'self-report-request', recordId: row.id, outcome: 'success' }, trx);
    await issueNextRepeat(trx, row, now);
  });
}

async function storeMeasures(trx: Kysely<Database>, row: SelfReportRequestRow, body: MeasureAnswers, now: Date): Promise<void> {
  const timestamp = now.toISOString();
  // The sender of the link stands as the measure's author: the columns name a user, and the
  // request (source, self_report_request_id, the audit actor) says who really answered.
  for (const instrument of instrumentsOf(row)) {
    const id = uuidv7();
    await trx
      .insertInto('measures')
      .values({
        id,
        client_id: row.client_id,
        instrument,
        administered_on: todayIsoDate(now),
        completed_by: 'self-report',
        source: 'self-report',
        self_report_request_id: row.id,
        ...scoredColumns(instrument as InstrumentCode, body.answers[instrument]!),
        amended: 0,
        version: 1,
        created_at: timestamp,
        created_by: row.created_by,
        updated_at: timestamp,
        updated_by: row.created_by,
      })
      .execute();
    const measure = toMeasure(await trx.selectFrom('measures').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    await appendRevision(trx, measure, row.created_by, null);
  }
  await refreshMeasureStatus(trx, row.client_id);
}

async function storeFeedback(trx: Kysely<Database>, row: SelfReportRequestRow, body: SessionFeedbackAnswers, timestamp: string): Promise<void> {
  await trx
    .insertInto('session_feedback')
    .values({
      id: uuidv7(),
      request_id: row.id,
      client_id: row.client_id,
      session_id: row.session_id!,
      member_id: row.member_id!,
      listened: body.listened,
      understood_next_steps: body.understoodNextSteps,
      useful: body.useful,
      comment: body.comment,
      answered_at: timestamp,
    })
    .execute();
}
