import type { HistoryEntry } from '@domain/audit/history-entry';
import type { TherapistOption } from '@domain/accounts/account';
import type { CaseloadRow, Client } from '@domain/clients/client';
import type { ClientOverview } from '@domain/clients/client-overview';
import { summarizeNetwork } from '@domain/network/network-summary';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { clientsFeature, initialClientsState, type ClientsState } from '../clients.feature';

/** Spec helpers for the clients slice only (never imported by the app). */
export const THERAPIST_ID = '0190a1b2-0000-7000-8000-000000000009';
export const OTHER_THERAPIST_ID = '0190a1b2-0000-7000-8000-00000000000a';

export function clientWith(changes: Partial<Client> = {}): Client {
  return {
    id: '0190a1b2-1111-7000-8000-000000000001',
    preferredName: 'Robin',
    legalName: 'Robin Example',
    dateOfBirth: '1990-04-12',
    caseNumber: 'CC-00001',
    pronouns: 'they/them',
    primaryConcerns: ['anxiety', 'depression'],
    treatmentStart: '2026-01-15',
    status: 'active',
    dischargedOn: null,
    dischargeReason: null,
    familyConsent: 'partial',
    therapistId: THERAPIST_ID,
    therapistName: 'Tess Therapist',
    version: 3,
    createdAt: '2026-01-15T09:00:00.000Z',
    createdBy: THERAPIST_ID,
    updatedAt: '2026-11-20T10:00:00.000Z',
    updatedBy: THERAPIST_ID,
    ...changes,
  };
}

export function rowOf(client: Client): CaseloadRow {
  const { id, preferredName, legalName, caseNumber, status, primaryConcerns, treatmentStart, therapistId, therapistName } =
    client;
  return { id, preferredName, legalName, caseNumber, status, primaryConcerns, treatmentStart, therapistId, therapistName, indicators: null };
}

export function rowWith(index: number, changes: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    ...rowOf(clientWith()),
    id: `0190a1b2-1111-7000-8000-${String(index).padStart(12, '0')}`,
    preferredName: `Client ${index}`,
    legalName: `Client Legal ${index}`,
    caseNumber: `CC-${String(index).padStart(5, '0')}`,
    ...changes,
  };
}

export const THERAPISTS: readonly TherapistOption[] = [
  { id: THERAPIST_ID, name: 'Tess Therapist', supervisorId: null },
  { id: OTHER_THERAPIST_ID, name: 'Theo Therapist', supervisorId: null },
];

export const HISTORY: readonly HistoryEntry[] = [
  { id: 'h2', at: '2026-11-20T10:00:00.000Z', action: 'update', userName: 'Tess Therapist', fields: ['preferredName', 'caseNumber'] },
  { id: 'h1', at: '2026-01-15T09:00:00.000Z', action: 'create', userName: 'Tess Therapist', fields: [] },
];

export function problemWith(status: number, changes: Partial<ProblemDocument> = {}): ProblemDocument {
  return { type: 'about:blank', title: status === 409 ? 'Conflict' : 'Request failed', status, ...changes };
}

/** A clients slice with the given changes, rows given as a list. */
export function clientsStateWith(changes: Partial<ClientsState> = {}, rows: readonly CaseloadRow[] = []): ClientsState {
  return {
    ...initialClientsState,
    ids: rows.map((row) => row.id),
    entities: Object.fromEntries(rows.map((row) => [row.id, row])),
    ...changes,
  };
}

export const CLIENTS_KEY = clientsFeature.name;

/** The Overview's one answer for `client`: no members, measures or sessions, one open follow-up. */
export function overviewOf(client: Client): ClientOverview {
  return {
    client,
    history: HISTORY,
    network: { asOf: '2026-11-20', current: true, members: [], endedMembers: [], summary: summarizeNetwork([], '2026-11-20') },
    measures: { items: [], indicators: { latest: {}, lastMeasuredOn: null, flags: [] } },
    sessions: [],
    followUps: [
      {
        id: '0190a1b2-0000-7000-8000-0000000000f1',
        what: 'Call the school',
        ownerKind: 'clinician',
        ownerMemberId: null,
        dueOn: '2026-11-25',
        done: false,
        sessionId: '0190a1b2-0000-7000-8000-0000000000e1',
        sessionStartsAt: '2026-11-18T10:00:00.000Z',
      },
    ],
  };
}
