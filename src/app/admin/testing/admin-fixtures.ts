import type { Account, TherapistOption } from '@domain/accounts/account';
import type { AuditEventView } from '@domain/audit/audit-event';
import type { ClientAssignment } from '@domain/clients/client';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { initialAccountsState, type AccountsState } from '../accounts/accounts.feature';
import { initialAssignmentsState, type AssignmentsState } from '../assignments/assignments.feature';
import { initialAuditState, type AuditState } from '../audit/audit.feature';

/** Spec helpers for the admin area only (never imported by the app). */
export const SUPERVISOR_ID = '0190a1b2-2222-7000-8000-000000000001';
export const OTHER_SUPERVISOR_ID = '0190a1b2-2222-7000-8000-000000000002';
export const THERAPIST_ID = '0190a1b2-2222-7000-8000-000000000003';
export const OTHER_THERAPIST_ID = '0190a1b2-2222-7000-8000-000000000004';

export function accountWith(changes: Partial<Account> = {}): Account {
  return {
    id: THERAPIST_ID,
    name: 'Tess Therapist',
    email: 'tess@clinic.example',
    role: 'therapist',
    supervisorId: SUPERVISOR_ID,
    supervisorName: 'Sam Supervisor',
    active: true,
    mustChangePassword: false,
    isDemo: false,
    version: 2,
    ...changes,
  };
}

export const SUPERVISORS: readonly Account[] = [
  accountWith({
    id: SUPERVISOR_ID,
    name: 'Sam Supervisor',
    email: 'sam@clinic.example',
    role: 'supervisor',
    supervisorId: null,
    supervisorName: null,
  }),
  accountWith({
    id: OTHER_SUPERVISOR_ID,
    name: 'Sky Supervisor',
    email: 'sky@clinic.example',
    role: 'supervisor',
    supervisorId: null,
    supervisorName: null,
  }),
];

export function assignmentWith(changes: Partial<ClientAssignment> = {}): ClientAssignment {
  return {
    id: '0190a1b2-3333-7000-8000-000000000001',
    preferredName: 'Robin',
    legalName: 'Robin Example',
    caseNumber: 'CC-00001',
    status: 'active',
    therapistId: THERAPIST_ID,
    therapistName: 'Tess Therapist',
    version: 4,
    ...changes,
  };
}

export const THERAPISTS: readonly TherapistOption[] = [
  { id: THERAPIST_ID, name: 'Tess Therapist', supervisorId: SUPERVISOR_ID },
  { id: OTHER_THERAPIST_ID, name: 'Theo Therapist', supervisorId: OTHER_SUPERVISOR_ID },
];

export function auditEventWith(changes: Partial<AuditEventView> = {}): AuditEventView {
  return {
    id: '0190a1b2-4444-7000-8000-000000000001',
    at: '2026-11-25T09:30:15.000Z',
    userId: THERAPIST_ID,
    userName: 'Tess Therapist',
    actorRequestId: null,
    action: 'update',
    recordType: 'client',
    recordId: '0190a1b2-3333-7000-8000-000000000001',
    outcome: 'success',
    fields: ['preferredName', 'pronouns'],
    ...changes,
  };
}

export function problemWith(status: number, changes: Partial<ProblemDocument> = {}): ProblemDocument {
  return { type: 'about:blank', title: status === 409 ? 'Conflict' : 'Request failed', status, ...changes };
}

/** The entity part of a slice holding the given rows, in that order. */
function entitiesOf<T extends { id: string }>(rows: readonly T[]) {
  return { ids: rows.map((row) => row.id), entities: Object.fromEntries(rows.map((row) => [row.id, row])) };
}

export function accountsStateWith(changes: Partial<AccountsState> = {}, rows: readonly Account[] = []): AccountsState {
  return { ...initialAccountsState, ...entitiesOf(rows), ...changes };
}

export function assignmentsStateWith(
  changes: Partial<AssignmentsState> = {},
  rows: readonly ClientAssignment[] = [],
): AssignmentsState {
  return { ...initialAssignmentsState, ...entitiesOf(rows), ...changes };
}

export function auditStateWith(changes: Partial<AuditState> = {}, rows: readonly AuditEventView[] = []): AuditState {
  return { ...initialAuditState, ...entitiesOf(rows), ...changes };
}
