import type { ProblemDocument } from '@domain/problem/problem-document';
import { ClientOverviewActions } from '../clients/client-overview.actions';
import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { viewWith } from '../network/testing/network-fixtures';
import { OpenFollowUpsActions } from './open-follow-ups.actions';
import { PlanDialogActions } from './plan-dialog.actions';
import { RecordPageActions } from './record-page.actions';
import { SessionDetailActions } from './session-detail.actions';
import { SessionHistoryDialogActions } from './session-history-dialog.actions';
import { SessionsApiActions } from './sessions-api.actions';
import { SessionsTabActions } from './sessions-tab.actions';
import {
  initialSessionsState,
  sessionsAdapter,
  sessionsFeature,
  type SessionsState,
} from './sessions.feature';
import {
  CLIENT_ID,
  completedSession,
  CONSENTING,
  openFollowUpWith,
  revisionWith,
  sessionNumber,
  sessionsStateShowing,
  UNASKED,
} from './testing/sessions-fixtures';

const { reducer } = sessionsFeature;
const problem: ProblemDocument = { type: 'about:blank', title: 'No connection', status: 0 };
const loadingMembers = { membersStatus: 'loading', membersError: null } as const;

describe('sessions reducer', () => {
  const opened = reducer(initialSessionsState, SessionsTabActions.opened({ clientId: CLIENT_ID }));
  const older = sessionNumber(1, { startsAt: '2026-10-01T14:00:00.000Z', status: 'completed' });
  const newer = sessionNumber(2, { startsAt: '2026-12-01T14:00:00.000Z' });
  const loaded = reducer(
    opened,
    SessionsApiActions.sessionsLoaded({ clientId: CLIENT_ID, sessions: [newer, older] }),
  );

  it('starts loading the sessions and the network when the tab opens', () => {
    expect(opened).toEqual({
      ...initialSessionsState,
      clientId: CLIENT_ID,
      loadStatus: 'loading',
      ...loadingMembers,
    });
  });

  it('keeps the sessions newest first, and ignores answers about another client', () => {
    expect(loaded).toEqual(
      sessionsAdapter.setAll([newer, older], { ...opened, loadStatus: 'loaded' as const }),
    );
    expect(
      reducer(opened, SessionsApiActions.sessionsLoaded({ clientId: 'other', sessions: [older] })),
    ).toEqual(opened);
    expect(
      reducer(opened, SessionsApiActions.sessionsLoadFailed({ clientId: CLIENT_ID, problem })),
    ).toEqual({
      ...opened,
      loadStatus: 'failed',
      loadError: problem,
    });
  });

  it('starts afresh for another client, but keeps the Overview’s follow-ups', () => {
    const withFollowUps = {
      ...loaded,
      followUps: { ...loaded.followUps, clientId: 'other', items: [openFollowUpWith()] },
    };

    expect(reducer(withFollowUps, SessionsTabActions.opened({ clientId: 'other' }))).toEqual({
      ...initialSessionsState,
      clientId: 'other',
      loadStatus: 'loading',
      ...loadingMembers,
      followUps: withFollowUps.followUps,
    });
  });

  it('keeps today’s members and who has left the network', () => {
    const view = viewWith({ members: [CONSENTING], endedMembers: [UNASKED] });

    expect(
      reducer(opened, SessionsApiActions.membersLoaded({ clientId: CLIENT_ID, view })),
    ).toEqual({
      ...opened,
      members: [CONSENTING],
      formerMembers: [UNASKED],
      membersStatus: 'loaded',
    });
    expect(
      reducer(opened, SessionsApiActions.membersLoadFailed({ clientId: CLIENT_ID, problem })),
    ).toEqual({
      ...opened,
      membersStatus: 'failed',
      membersError: problem,
    });
  });

  it('loads one session for a detail page, adding it to the list', () => {
    const asked = reducer(
      loaded,
      SessionDetailActions.opened({ clientId: CLIENT_ID, sessionId: older.id }),
    );
    const fresh = { ...older, version: 3 };

    expect(asked.detail).toEqual({ sessionId: older.id, status: 'loading', error: null });
    expect(reducer(asked, SessionsApiActions.sessionLoaded({ session: fresh }))).toEqual({
      ...sessionsAdapter.upsertOne(fresh, asked),
      detail: { sessionId: older.id, status: 'loaded', error: null },
    });
    expect(
      reducer(asked, SessionsApiActions.sessionLoadFailed({ sessionId: older.id, problem })).detail,
    ).toEqual({
      sessionId: older.id,
      status: 'failed',
      error: problem,
    });
  });

  it('adds a planned session and asks for acknowledgement when the server wants it', () => {
    const planned = sessionNumber(3, { startsAt: '2027-01-05T10:00:00.000Z' });
    const plan = {} as never;
    const saving = reducer(
      reducer(loaded, PlanDialogActions.opened()),
      PlanDialogActions.submitted({ clientId: CLIENT_ID, sessionId: null, plan, version: null }),
    );
    const warnings = [
      { kind: 'consent', memberId: UNASKED.id, message: 'Consent to share not asked' },
    ] as const;
    const unacknowledged = reducer(
      saving,
      SessionsApiActions.saveNeedsAcknowledgement({ warnings }),
    );

    expect(saving).toEqual({ ...loaded, saveStatus: 'saving' });
    expect(unacknowledged).toEqual({ ...loaded, saveStatus: 'unacknowledged', warnings });
    expect(
      reducer(unacknowledged, SessionsApiActions.sessionPlanned({ session: planned })),
    ).toEqual({
      ...sessionsAdapter.addOne(planned, loaded),
      saveStatus: 'saved',
    });
  });

  it('keeps a conflict until the user discards their change, and records a refusal', () => {
    const current = { ...newer, durationMinutes: 90, version: 2 };
    const saving = reducer(
      loaded,
      PlanDialogActions.submitted({
        clientId: CLIENT_ID,
        sessionId: newer.id,
        plan: {} as never,
        version: 1,
      }),
    );
    const conflicted = reducer(
      saving,
      SessionsApiActions.saveConflicted({
        conflict: { current, edit: { kind: 'plan', plan: {} as never } },
      }),
    );

    expect(conflicted.saveStatus).toBe('conflicted');
    expect(reducer(conflicted, PlanDialogActions.conflictDiscarded({ current }))).toEqual(
      sessionsAdapter.upsertOne(current, loaded),
    );
    expect(reducer(saving, SessionsApiActions.saveFailed({ problem }))).toEqual({
      ...loaded,
      saveStatus: 'failed',
      saveError: problem,
    });
  });

  it('starts the record page with a clean save, and replaces the recorded session', () => {
    const failed: SessionsState = { ...loaded, saveStatus: 'failed', saveError: problem };
    const opening = reducer(
      failed,
      RecordPageActions.opened({ clientId: CLIENT_ID, sessionId: newer.id }),
    );
    const recorded = completedSession({ id: newer.id, startsAt: newer.startsAt });

    expect(opening).toEqual({
      ...loaded,
      detail: { sessionId: newer.id, status: 'loading', error: null },
      ...loadingMembers,
    });
    expect(reducer(opening, SessionsApiActions.sessionRecorded({ session: recorded }))).toEqual({
      ...sessionsAdapter.upsertOne(recorded, opening),
      saveStatus: 'saved',
    });
  });

  it('loads one session’s history at a time', () => {
    const asked = reducer(
      loaded,
      SessionHistoryDialogActions.opened({ clientId: CLIENT_ID, sessionId: older.id }),
    );
    const items = [revisionWith()];

    expect(asked.history).toEqual({
      sessionId: older.id,
      items: [],
      status: 'loading',
      error: null,
    });
    expect(
      reducer(asked, SessionsApiActions.historyLoaded({ sessionId: older.id, items })).history
        .items,
    ).toEqual(items);
    expect(
      reducer(asked, SessionsApiActions.historyLoaded({ sessionId: newer.id, items })),
    ).toEqual(asked);
  });

  it('lists open follow-ups and drops one once marked done', () => {
    const item = openFollowUpWith();
    const other = openFollowUpWith({
      id: '0190a1b2-5555-7000-8000-000000000002',
      what: 'Call the GP',
    });
    const cardOpened = reducer(loaded, ClientOverviewActions.opened({ clientId: CLIENT_ID }));
    const listed = reducer(
      cardOpened,
      SessionsApiActions.followUpsLoaded({ clientId: CLIENT_ID, items: [item, other] }),
    );
    const marking = reducer(
      listed,
      OpenFollowUpsActions.markDoneClicked({
        clientId: CLIENT_ID,
        sessionId: item.sessionId,
        followUpId: item.id,
      }),
    );
    const session = completedSession({ id: item.sessionId });

    expect(cardOpened.followUps).toEqual({
      clientId: CLIENT_ID,
      items: [],
      status: 'loading',
      error: null,
      markingId: null,
      markError: null,
    });
    expect(marking.followUps.markingId).toBe(item.id);
    expect(
      reducer(marking, SessionsApiActions.followUpMarkedDone({ followUpId: item.id, session })),
    ).toEqual({
      ...sessionsAdapter.upsertOne(session, marking),
      followUps: { ...listed.followUps, items: [other] },
    });
    expect(
      reducer(
        marking,
        SessionsApiActions.followUpMarkFailed({
          clientId: CLIENT_ID,
          followUpId: item.id,
          problem,
        }),
      ).followUps,
    ).toEqual({ ...listed.followUps, markError: problem });
    expect(
      reducer(
        marking,
        SessionsApiActions.followUpMarkConflicted({ clientId: CLIENT_ID, followUpId: item.id }),
      ).followUps,
    ).toEqual({
      ...listed.followUps,
      status: 'loading',
    });
  });
});

describe('sessions selectors', () => {
  const state = (sessions: SessionsState, role: 'therapist' | 'supervisor' = 'therapist') => ({
    ...signedInState(sessionInfoFor(role)),
    sessions,
  });

  it('split planned sessions (soonest first) from the others (newest first)', () => {
    const soon = sessionNumber(1, { startsAt: '2026-12-01T14:00:00.000Z' });
    const later = sessionNumber(2, { startsAt: '2027-01-05T14:00:00.000Z' });
    const past = sessionNumber(3, { startsAt: '2026-10-01T14:00:00.000Z', status: 'completed' });
    const cancelled = sessionNumber(4, {
      startsAt: '2026-11-01T14:00:00.000Z',
      status: 'cancelled',
    });
    const model = sessionsFeature.selectTabViewModel(
      state(sessionsStateShowing([past, later, soon, cancelled])),
    );

    expect(model.upcoming.map(({ id }) => id)).toEqual([soon.id, later.id]);
    expect(model.past.map(({ id }) => id)).toEqual([cancelled.id, past.id]);
    expect(model).toEqual(
      jasmine.objectContaining({ loading: false, empty: false, error: null, canWrite: true }),
    );
  });

  it('let only therapists write, and tell an empty list from one still loading', () => {
    expect(
      sessionsFeature.selectTabViewModel(state(sessionsStateShowing([]), 'supervisor')),
    ).toEqual(jasmine.objectContaining({ canWrite: false, empty: true, loading: false }));
    expect(sessionsFeature.selectTabViewModel(state(initialSessionsState))).toEqual(
      jasmine.objectContaining({ empty: false, loading: true }),
    );
  });

  it('name members and former members', () => {
    const names = sessionsFeature.selectMemberNames(
      state(sessionsStateShowing([], { members: [CONSENTING], formerMembers: [UNASKED] })),
    );

    expect(names).toEqual({ [CONSENTING.id]: 'Jo Example', [UNASKED.id]: 'Uncle Ben' });
  });
});
