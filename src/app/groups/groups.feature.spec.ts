import type { Meeting, RosterEntry } from '@domain/groups/group';
import { GroupPageActions } from './group-page.actions';
import { GroupsApiActions } from './groups-api.actions';
import { groupsFeature, initialGroupsState } from './groups.feature';
import { MeetingPageActions } from './meeting-page.actions';

const { reducer } = groupsFeature;

const entry: RosterEntry = {
  id: 'e1',
  groupId: 'g1',
  clientId: 'c1',
  clientName: 'Alexis',
  status: 'referred',
  referredOn: '2026-11-20',
  referredByName: 'Dana',
  decidedOn: null,
  declineReason: null,
  enrolledOn: null,
  leftOn: null,
  leaveReason: null,
  version: 1,
};

const meeting: Meeting = {
  id: 'm1',
  groupId: 'g1',
  scheduledOn: '2026-11-25',
  date: '2026-11-25',
  startTime: '18:00',
  cancelled: false,
  moved: false,
  recordedCount: 0,
  version: 1,
  groupName: 'Peer support',
  groupNote: '',
  attendance: [],
};

describe('groups feature', () => {
  it('keeps a saved roster entry and marks the save done', () => {
    const opened = reducer(initialGroupsState, GroupPageActions.opened({ groupId: 'g1' }));
    const saving = reducer(opened, GroupPageActions.decisionSubmitted({ groupId: 'g1', enrolmentId: 'e1', request: { decision: 'accept', version: 1 } }));
    expect(saving.saveStatus).toBe('saving');
    const saved = reducer(saving, GroupsApiActions.rosterEntrySaved({ entry: { ...entry, status: 'enrolled', version: 2 } }));
    expect(saved.saveStatus).toBe('saved');
    expect(saved.roster.entities['e1']).toEqual({ ...entry, status: 'enrolled', version: 2 });
  });

  it('tells a stale write (409) from another failure', () => {
    const conflicted = reducer(initialGroupsState, GroupsApiActions.saveFailed({ problem: { type: 'about:blank', title: 'Changed by someone else', status: 409 } }));
    expect(conflicted.saveStatus).toBe('conflicted');
    const failed = reducer(initialGroupsState, GroupsApiActions.saveFailed({ problem: { type: 'about:blank', title: 'Invalid request', status: 400 } }));
    expect(failed.saveStatus).toBe('failed');
  });

  it('ignores the answer for a meeting the user has already left', () => {
    const opened = reducer(initialGroupsState, MeetingPageActions.opened({ groupId: 'g1', meetingId: 'm2' }));
    expect(reducer(opened, GroupsApiActions.meetingLoaded({ meeting })).meeting).toBeNull();
    const current = reducer(reducer(initialGroupsState, MeetingPageActions.opened({ groupId: 'g1', meetingId: 'm1' })), GroupsApiActions.meetingLoaded({ meeting }));
    expect(current.meeting).toEqual(meeting);
    expect(current.meetingStatus).toBe('loaded');
  });
});
