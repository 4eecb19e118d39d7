import type { ProblemDocument } from '@domain/problem/problem-document';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import type { SessionFeedback } from '@domain/self-report/session-feedback';
import type { IssuedRequest } from '../self-report-api';

/** Spec helpers for the self-report slice only (never imported by the app). */
export const CLIENT_ID = '0190a1b2-1111-7000-8000-000000000001';
export const SESSION_ID = '0190a1b2-5555-7000-8000-000000000001';
export const THERAPIST_ID = '0190a1b2-0000-7000-8000-000000000009';
export const MEMBER_IDS = ['0190a1b2-2222-7000-8000-000000000001', '0190a1b2-2222-7000-8000-000000000002', '0190a1b2-2222-7000-8000-000000000003'] as const;

/** Request number `index`, a day apart from 2026-03-01 (higher numbers newer). */
export function requestNumber(index: number, changes: Partial<SelfReportRequest> = {}): SelfReportRequest {
  const day = String(index).padStart(2, '0');
  return {
    id: `0190a1b2-4444-7000-8000-0000000000${day}`,
    clientId: CLIENT_ID,
    kind: 'measures',
    instruments: ['mspss'],
    sessionId: null,
    memberId: null,
    respondentLabel: 'Client',
    state: 'waiting',
    expiresAt: `2026-04-${day}T10:00:00.000Z`,
    answeredAt: null,
    withdrawnAt: null,
    repeatEveryWeeks: null,
    emailed: false,
    dueAt: null,
    linkIssuedAt: `2026-03-${day}T10:00:00.000Z`,
    expiresInDays: 7,
    emailOnFile: false,
    version: 1,
    createdAt: `2026-03-${day}T10:00:00.000Z`,
    createdBy: THERAPIST_ID,
    updatedAt: `2026-03-${day}T10:00:00.000Z`,
    updatedBy: THERAPIST_ID,
    ...changes,
  };
}

export const LINK = 'https://carecircle.example/r/abcdefghijklmnopqrstuvwxyz012345';

export function issuedWith(request: SelfReportRequest = requestNumber(9), link = LINK): IssuedRequest {
  return { request, link };
}

export function feedbackWith(memberIndex: number, changes: Partial<SessionFeedback> = {}): SessionFeedback {
  return {
    id: `0190a1b2-6666-7000-8000-00000000000${memberIndex}`,
    sessionId: SESSION_ID,
    memberId: MEMBER_IDS[memberIndex],
    memberName: ['Ana Rivera', 'Ben Okafor', 'Chloe Martin'][memberIndex],
    listened: 5,
    understoodNextSteps: 4,
    useful: 3,
    comment: '',
    answeredAt: '2026-03-10T18:00:00.000Z',
    ...changes,
  };
}

export function problemWith(status: number, changes: Partial<ProblemDocument> = {}): ProblemDocument {
  return { type: 'about:blank', title: 'Problem', status, ...changes };
}
