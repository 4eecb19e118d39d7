import type { ProblemDocument } from '@domain/problem/problem-document';
import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { MemberDialogActions } from './member-dialog.actions';
import { fieldsOf } from './member-edit';
import { NetworkCompareActions } from './network-compare.actions';
import { NetworkApiActions } from './network-api.actions';
import { NetworkTabActions } from './network-tab.actions';
import {
  initialNetworkState,
  membersAdapter,
  networkFeature,
  type NetworkState,
} from './network.feature';
import { NotesTabActions } from './notes/notes-tab.actions';
import {
  CLIENT_ID,
  memberNumber,
  memberWith,
  summaryWith,
  viewWith,
} from './testing/network-fixtures';

const { reducer } = networkFeature;
const problem: ProblemDocument = { type: 'about:blank', title: 'Not found', status: 404 };

describe('network reducer', () => {
  const opened = reducer(initialNetworkState, NetworkTabActions.opened({ clientId: CLIENT_ID }));
  const parent = memberNumber(1, { name: 'Maria Lopez' });
  const friend = memberNumber(2, {
    name: 'Amir Haddad',
    relationship: 'friend',
    category: 'friends',
  });
  const ended = memberNumber(3, {
    name: 'Old friend',
    endedOn: '2026-06-30',
    endReason: 'Moved away',
  });
  const view = viewWith({ members: [parent, friend], endedMembers: [ended] });
  const loaded = reducer(opened, NetworkApiActions.networkLoaded({ clientId: CLIENT_ID, view }));

  it('starts loading the client’s network when the tab opens', () => {
    expect(opened).toEqual({ ...initialNetworkState, clientId: CLIENT_ID, loadStatus: 'loading' });
  });

  it('keeps the members by name, the date and figures shown, and who has left', () => {
    expect(loaded).toEqual({
      ...membersAdapter.setAll([parent, friend], opened),
      shown: { asOf: view.asOf, current: true, summary: view.summary },
      endedMembers: [ended],
      loadStatus: 'loaded',
    });
    expect(networkFeature.selectMembers({ network: loaded }).map((member) => member.name)).toEqual([
      'Amir Haddad',
      'Maria Lopez',
    ]);
  });

  it('keeps what is on screen when the same client’s tab opens again, and starts afresh for another client', () => {
    const again = reducer(loaded, NetworkTabActions.opened({ clientId: CLIENT_ID }));
    const other = reducer(loaded, NetworkTabActions.opened({ clientId: 'another-client' }));

    expect(again).toEqual({ ...loaded, loadStatus: 'loading' });
    expect(other).toEqual({
      ...initialNetworkState,
      clientId: 'another-client',
      loadStatus: 'loading',
    });
  });

  it('asks for today’s network when the notes tab opens', () => {
    const past = reducer(loaded, NetworkTabActions.asOfChanged({ asOf: '2026-03-01' }));

    expect(reducer(past, NotesTabActions.opened({ clientId: CLIENT_ID }))).toEqual({
      ...past,
      asOf: null,
      loadStatus: 'loading',
    });
  });

  it('ignores an answer about another client', () => {
    expect(
      reducer(opened, NetworkApiActions.networkLoaded({ clientId: 'another-client', view })),
    ).toEqual(opened);
    expect(
      reducer(opened, NetworkApiActions.networkLoadFailed({ clientId: 'another-client', problem })),
    ).toEqual(opened);
  });

  it('records a failed load, and a retry', () => {
    const failed = reducer(
      opened,
      NetworkApiActions.networkLoadFailed({ clientId: CLIENT_ID, problem }),
    );

    expect(failed).toEqual({ ...opened, loadStatus: 'failed', loadError: problem });
    expect(reducer(failed, NetworkTabActions.retryClicked())).toEqual({
      ...failed,
      loadStatus: 'loading',
      loadError: null,
    });
  });

  it('asks for a past date, and for today again', () => {
    const past = reducer(loaded, NetworkTabActions.asOfChanged({ asOf: '2026-03-01' }));

    expect(past).toEqual({ ...loaded, asOf: '2026-03-01', loadStatus: 'loading' });
    expect(reducer(past, NetworkTabActions.asOfChanged({ asOf: null }))).toEqual({
      ...past,
      asOf: null,
    });
  });

  it('compares other dates when asked, loading again', () => {
    const on = reducer(loaded, NetworkTabActions.compareToggled({ compare: true }));
    const moved = reducer(on, NetworkCompareActions.datesChanged({ earlier: '2026-03-01', later: '2026-06-01' }));
    expect(moved.compareDates).toEqual({ earlier: '2026-03-01', later: '2026-06-01' });
    expect(moved.comparisonStatus).toBe('loading');
  });

  it('turns the comparison on and off, and keeps it once loaded', () => {
    const on = reducer(loaded, NetworkTabActions.compareToggled({ compare: true }));
    const comparison = {
      treatmentStart: '2026-01-15',
      earlier: viewWith({ current: false }),
      later: view,
    };

    expect(on).toEqual({ ...loaded, compare: true, comparisonStatus: 'loading' });
    expect(
      reducer(on, NetworkApiActions.comparisonLoaded({ clientId: CLIENT_ID, comparison })),
    ).toEqual({
      ...on,
      comparison,
      comparisonStatus: 'loaded',
    });
    expect(
      reducer(on, NetworkApiActions.comparisonLoadFailed({ clientId: CLIENT_ID, problem })),
    ).toEqual({
      ...on,
      comparisonStatus: 'failed',
      comparisonError: problem,
    });
    expect(reducer(on, NetworkTabActions.compareToggled({ compare: false }))).toEqual({
      ...on,
      compare: false,
      comparisonStatus: 'idle',
    });
  });

  it('keeps the client’s name and treatment start', () => {
    const client = { id: CLIENT_ID, preferredName: 'Robin', treatmentStart: '2026-01-15' };

    expect(reducer(opened, NetworkApiActions.clientLoaded({ client }))).toEqual({
      ...opened,
      client,
    });
    expect(
      reducer(opened, NetworkApiActions.clientLoaded({ client: { ...client, id: 'other' } })),
    ).toEqual(opened);
  });

  describe('saving a member', () => {
    const edit = { kind: 'update', memberId: parent.id, fields: fieldsOf(parent) } as const;
    const saving = reducer(
      reducer(loaded, MemberDialogActions.opened()),
      MemberDialogActions.submitted({ clientId: CLIENT_ID, edit, version: 1 }),
    );

    it('tracks the save', () => {
      expect(saving).toEqual({ ...loaded, saveStatus: 'saving' });
    });

    it('puts a changed member in place', () => {
      const changed = { ...parent, tieQuality: 'strained' as const, version: 2 };
      const saved = reducer(saving, NetworkApiActions.memberSaved({ member: changed, edit }));

      expect(saved).toEqual({ ...membersAdapter.upsertOne(changed, loaded), saveStatus: 'saved' });
    });

    it('moves an ended member to the ended relationships, and a re-activated one back', () => {
      const endedParent = { ...parent, endedOn: '2026-11-01', endReason: 'Moved away', version: 2 };
      const end = {
        kind: 'end',
        memberId: parent.id,
        endedOn: '2026-11-01',
        endReason: 'Moved away',
      } as const;
      const afterEnd = reducer(
        saving,
        NetworkApiActions.memberSaved({ member: endedParent, edit: end }),
      );

      expect(afterEnd.ids).toEqual([friend.id]);
      expect(afterEnd.endedMembers).toEqual([ended, endedParent]);

      const back = { ...parent, version: 3 };
      const afterReactivate = reducer(
        afterEnd,
        NetworkApiActions.memberSaved({
          member: back,
          edit: { kind: 'reactivate', memberId: parent.id },
        }),
      );
      expect(afterReactivate.ids).toEqual([friend.id, parent.id]);
      expect(afterReactivate.endedMembers).toEqual([ended]);
    });

    it('keeps a refusal and a conflict for the form, and drops the user’s change when they discard it', () => {
      const refused: ProblemDocument = {
        type: 'about:blank',
        title: 'Invalid request',
        status: 400,
        errors: [{ field: 'name', message: 'Required.' }],
      };
      const current = { ...parent, name: 'Maria L.', version: 5 };
      const conflicted = reducer(
        saving,
        NetworkApiActions.memberSaveConflicted({ conflict: { current, edit } }),
      );

      expect(reducer(saving, NetworkApiActions.memberSaveFailed({ problem: refused }))).toEqual({
        ...saving,
        saveStatus: 'failed',
        saveError: refused,
      });
      expect(conflicted).toEqual({
        ...saving,
        saveStatus: 'conflicted',
        conflict: { current, edit },
      });
      expect(reducer(conflicted, MemberDialogActions.conflictDiscarded({ current }))).toEqual({
        ...membersAdapter.upsertOne(current, loaded),
        saveStatus: 'idle',
      });
    });
  });
});

describe('network selectors', () => {
  const view = viewWith({ members: [memberWith()] });
  const state = (
    network: Partial<NetworkState>,
    role: 'therapist' | 'supervisor' = 'therapist',
  ) => ({
    ...signedInState(sessionInfoFor(role)),
    network: {
      ...membersAdapter.setAll([...view.members], initialNetworkState),
      clientId: CLIENT_ID,
      shown: { asOf: view.asOf, current: true, summary: summaryWith() },
      loadStatus: 'loaded' as const,
      ...network,
    },
  });

  it('let therapists change today’s network only', () => {
    expect(networkFeature.selectCanEdit(state({}))).toBeTrue();
    expect(networkFeature.selectCanEdit(state({}, 'supervisor'))).toBeFalse();
    expect(networkFeature.selectCanEdit(state({ asOf: '2026-03-01' }))).toBeFalse();
  });

  it('say empty only once the server has answered with nobody', () => {
    const empty = membersAdapter.removeAll(state({}).network);

    expect(networkFeature.selectNetworkViewModel(state({ ...empty })).empty).toBeTrue();
    expect(
      networkFeature.selectNetworkViewModel(state({ ...empty, loadStatus: 'loading' })).empty,
    ).toBeFalse();
    expect(
      networkFeature.selectNetworkViewModel(state({ loadStatus: 'failed', loadError: problem }))
        .error,
    ).toEqual(problem);
  });

  it('name everyone who is or was in the network', () => {
    const ended = memberNumber(9, { name: 'Old friend', endedOn: '2026-06-30' });

    expect(networkFeature.selectMemberNames(state({ endedMembers: [ended] }))).toEqual({
      [memberWith().id]: 'Maria Lopez',
      [ended.id]: 'Old friend',
    });
  });
});
