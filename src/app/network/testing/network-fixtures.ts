import type { NetworkMember } from '@domain/network/network-member';
import type { NetworkSummary } from '@domain/network/network-summary';
import type { NetworkView } from '@domain/network/network-view';
import type { SupportNote, SupportNoteRevision } from '@domain/notes/support-note';
import { initialNetworkState, membersAdapter, type NetworkState } from '../network.feature';
import { initialNotesState, notesAdapter, type NotesState } from '../notes/notes.feature';

/** Spec helpers for the network slice only (never imported by the app). */
export const CLIENT_ID = '0190a1b2-1111-7000-8000-000000000001';
export const THERAPIST_ID = '0190a1b2-0000-7000-8000-000000000009';
export const TODAY = '2026-11-25';

export function memberWith(changes: Partial<NetworkMember> = {}): NetworkMember {
  return {
    id: '0190a1b2-2222-7000-8000-000000000001',
    clientId: CLIENT_ID,
    category: 'family',
    name: 'Maria Lopez',
    relationship: 'parent',
    supportTypes: ['emotional', 'instrumental'],
    tieStrength: 'strong',
    tieQuality: 'supportive',
    energyFlow: 'both',
    contactFrequency: 'weekly',
    livesWithClient: false,
    involvement: 'informed',
    consent: {
      status: 'granted',
      scope: 'Attendance and progress',
      givenOn: '2026-02-01',
      expiresOn: '2027-12-31',
    },
    emergencyContact: true,
    boundariesNote: '',
    activeFrom: '2020-01-01',
    endedOn: null,
    endReason: null,
    version: 2,
    createdAt: '2026-02-01T09:00:00.000Z',
    createdBy: THERAPIST_ID,
    updatedAt: '2026-03-01T09:00:00.000Z',
    updatedBy: THERAPIST_ID,
    ...changes,
  };
}

/** Member number `index`, with an id of its own. */
export function memberNumber(index: number, changes: Partial<NetworkMember> = {}): NetworkMember {
  return memberWith({
    id: `0190a1b2-2222-7000-8000-${String(index).padStart(12, '0')}`,
    name: `Person ${index}`,
    ...changes,
  });
}

export function summaryWith(changes: Partial<NetworkSummary> = {}): NetworkSummary {
  return {
    asOf: TODAY,
    activeMembers: 1,
    supportiveTies: 1,
    strainedOrHarmfulTies: 0,
    coveredSupportTypes: ['emotional', 'instrumental'],
    supportGaps: ['informational', 'companionship'],
    involvedInTreatment: 1,
    consentsExpiringSoon: 0,
    consentsExpired: 0,
    ...changes,
  };
}

export function viewWith(changes: Partial<NetworkView> = {}): NetworkView {
  return {
    asOf: TODAY,
    current: true,
    members: [memberWith()],
    endedMembers: [],
    summary: summaryWith(),
    ...changes,
  };
}

export function noteWith(changes: Partial<SupportNote> = {}): SupportNote {
  return {
    id: '0190a1b2-3333-7000-8000-000000000001',
    clientId: CLIENT_ID,
    noteDate: '2026-11-20',
    text: 'Sister now drives to sessions.',
    memberIds: [],
    authorId: THERAPIST_ID,
    authorName: 'Tess Therapist',
    createdAt: '2026-11-20T10:00:00.000Z',
    amended: false,
    version: 1,
    updatedAt: '2026-11-20T10:00:00.000Z',
    updatedBy: THERAPIST_ID,
    ...changes,
  };
}

export function noteNumber(index: number, changes: Partial<SupportNote> = {}): SupportNote {
  return noteWith({
    id: `0190a1b2-3333-7000-8000-${String(index).padStart(12, '0')}`,
    text: `Note ${index}`,
    ...changes,
  });
}

export function revisionWith(changes: Partial<SupportNoteRevision> = {}): SupportNoteRevision {
  return {
    version: 1,
    text: 'Original wording',
    memberIds: [],
    recordedAt: '2026-11-20T10:00:00.000Z',
    recordedBy: THERAPIST_ID,
    recordedByName: 'Tess Therapist',
    reason: null,
    ...changes,
  };
}

/** A whole store for component specs: the signed-in user, and the network and notes slices. */
export function storeWith(
  auth: { auth: unknown },
  network: Partial<NetworkState> = {},
  notes: Partial<NotesState> = {},
): Record<string, unknown> {
  return {
    ...auth,
    network: { ...initialNetworkState, ...network },
    notes: { ...initialNotesState, ...notes },
  };
}

/** The network slice showing these members (and the view's date, figures and ended members). */
export function networkStateShowing(
  view: NetworkView,
  changes: Partial<NetworkState> = {},
): Partial<NetworkState> {
  const withMembers = membersAdapter.setAll([...view.members], {
    ...initialNetworkState,
    clientId: CLIENT_ID,
    asOf: view.current ? null : view.asOf,
    shown: { asOf: view.asOf, current: view.current, summary: view.summary },
    endedMembers: view.endedMembers,
    loadStatus: 'loaded' as const,
  });
  return { ...withMembers, ...changes };
}

/** The notes slice showing these notes (first page loaded). */
export function notesStateShowing(
  notes: readonly SupportNote[],
  total = notes.length,
  changes: Partial<NotesState> = {},
): Partial<NotesState> {
  return {
    ...notesAdapter.setAll([...notes], {
      ...initialNotesState,
      clientId: CLIENT_ID,
      page: 1,
      total,
      loadStatus: 'loaded' as const,
    }),
    ...changes,
  };
}
