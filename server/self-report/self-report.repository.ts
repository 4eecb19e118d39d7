import type { Kysely } from 'kysely';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import type { SessionFeedback, SessionFeedbackTrendPoint } from '@domain/self-report/session-feedback';
import type { Database, SelfReportRequestRow } from '../db/database';
import { CLIENT_RESPONDENT, toSelfReportRequest, toSessionFeedback } from './self-report-mapping';

/** Requests with the name of the member who answers (feedback) joined in, for clinicians. */
function requestsWithRespondent(db: Kysely<Database>) {
  return db
    .selectFrom('self_report_requests')
    .leftJoin('network_members', 'network_members.id', 'self_report_requests.member_id')
    .selectAll('self_report_requests')
    .select('network_members.name as member_name');
}

type RowWithRespondent = SelfReportRequestRow & { member_name: string | null };

const shown = (row: RowWithRespondent, now: Date) => toSelfReportRequest(row, row.member_name ?? CLIENT_RESPONDENT, now);

/** Every request of a client, newest first. */
export async function requestsOfClient(db: Kysely<Database>, clientId: string, now: Date): Promise<SelfReportRequest[]> {
  const rows = await requestsWithRespondent(db)
    .where('self_report_requests.client_id', '=', clientId)
    .orderBy('self_report_requests.created_at', 'desc')
    .orderBy('self_report_requests.id', 'desc')
    .execute();
  return rows.map((row) => shown(row, now));
}

export async function loadRequest(db: Kysely<Database>, clientId: string, requestId: string, now: Date): Promise<SelfReportRequest | undefined> {
  const row = await requestsWithRespondent(db)
    .where('self_report_requests.client_id', '=', clientId)
    .where('self_report_requests.id', '=', requestId)
    .executeTakeFirst();
  return row && shown(row, now);
}

export function requestRow(db: Kysely<Database>, clientId: string, requestId: string): Promise<SelfReportRequestRow | undefined> {
  return db.selectFrom('self_report_requests').selectAll().where('client_id', '=', clientId).where('id', '=', requestId).executeTakeFirst();
}

/** The request a link's token stands for, by the token's hash. */
export function requestByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<SelfReportRequestRow | undefined> {
  return db.selectFrom('self_report_requests').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Feedback requests of one session, oldest first. */
export async function requestsOfSession(db: Kysely<Database>, clientId: string, sessionId: string, now: Date): Promise<SelfReportRequest[]> {
  const rows = await requestsWithRespondent(db)
    .where('self_report_requests.client_id', '=', clientId)
    .where('self_report_requests.session_id', '=', sessionId)
    .orderBy('self_report_requests.created_at')
    .orderBy('self_report_requests.id')
    .execute();
  return rows.map((row) => shown(row, now));
}

/** The answers of one session's attendees, with their names (clinicians only: the comment is included). */
export async function feedbackOfSession(db: Kysely<Database>, clientId: string, sessionId: string): Promise<SessionFeedback[]> {
  const rows = await db
    .selectFrom('session_feedback')
    .innerJoin('network_members', 'network_members.id', 'session_feedback.member_id')
    .selectAll('session_feedback')
    .select('network_members.name as member_name')
    .where('session_feedback.client_id', '=', clientId)
    .where('session_feedback.session_id', '=', sessionId)
    .orderBy('session_feedback.answered_at')
    .orderBy('session_feedback.id')
    .execute();
  return rows.map((row) => toSessionFeedback(row, row.member_name));
}

/** Average answers per session, in session order, for the trend on the Sessions tab. */
export async function feedbackTrend(db: Kysely<Database>, clientId: string): Promise<SessionFeedbackTrendPoint[]> {
  const rows = await db
    .selectFrom('session_feedback')
    .innerJoin('family_sessions', 'family_sessions.id', 'session_feedback.session_id')
    .select((eb) => [
      'session_feedback.session_id',
      'family_sessions.starts_at',
      eb.fn.avg<number>('session_feedback.listened').as('listened'),
      eb.fn.avg<number>('session_feedback.understood_next_steps').as('understood_next_steps'),
      eb.fn.avg<number>('session_feedback.useful').as('useful'),
      eb.fn.countAll<number>().as('answers'),
    ])
    .where('session_feedback.client_id', '=', clientId)
    .groupBy(['session_feedback.session_id', 'family_sessions.starts_at'])
    .orderBy('family_sessions.starts_at')
    .execute();
  // PostgreSQL returns avg as numeric text and count as bigint text.
  return rows.map((row) => ({
    sessionId: row.session_id,
    startsAt: row.starts_at,
    listened: Number(row.listened),
    understoodNextSteps: Number(row.understood_next_steps),
    useful: Number(row.useful),
    answers: Number(row.answers),
  }));
}
