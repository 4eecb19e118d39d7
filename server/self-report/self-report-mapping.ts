import type { InstrumentCode } from '@domain/measures/instrument';
import { type SelfReportRequest, selfReportStateOf } from '@domain/self-report/self-report-request';
import type { SessionFeedback } from '@domain/self-report/session-feedback';
import type { SelfReportRequestRow, SessionFeedbackRow } from '../db/database';

/** The label clinicians see for who answers a measures link. */
export const CLIENT_RESPONDENT = 'Client';

export const instrumentsOf = (row: Pick<SelfReportRequestRow, 'instruments'>): InstrumentCode[] =>
  row.instruments === '' ? [] : (row.instruments.split(',') as InstrumentCode[]);

/** A stored request as clinicians see it: never the token (only its hash is stored anyway). */
export function toSelfReportRequest(row: SelfReportRequestRow, respondentLabel: string, now: Date): SelfReportRequest {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    instruments: instrumentsOf(row),
    sessionId: row.session_id,
    memberId: row.member_id,
    respondentLabel,
    state: selfReportStateOf(
      { expiresAt: row.expires_at, answeredAt: row.answered_at, withdrawnAt: row.withdrawn_at, dueAt: row.due_at, linkIssuedAt: row.link_issued_at },
      now,
    ),
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
    withdrawnAt: row.withdrawn_at,
    repeatEveryWeeks: row.repeat_every_weeks,
    emailed: row.emailed === 1,
    dueAt: row.due_at,
    linkIssuedAt: row.link_issued_at,
    expiresInDays: row.expires_in_days,
    emailOnFile: row.email_to !== null,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toSessionFeedback(row: SessionFeedbackRow, memberName: string): SessionFeedback {
  return {
    id: row.id,
    sessionId: row.session_id,
    memberId: row.member_id,
    memberName,
    listened: Number(row.listened),
    understoodNextSteps: Number(row.understood_next_steps),
    useful: Number(row.useful),
    comment: row.comment,
    answeredAt: row.answered_at,
  };
}
