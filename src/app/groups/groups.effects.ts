import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, EMPTY, first, forkJoin, map, of, switchMap } from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { ClientGroupsTabActions } from './client-groups-tab.actions';
import { GroupPageActions } from './group-page.actions';
import { GroupsApi } from './groups-api';
import { GroupsApiActions } from './groups-api.actions';
import { GroupsPageActions } from './groups-page.actions';
import { groupsFeature } from './groups.feature';
import { MeetingPageActions } from './meeting-page.actions';

const saveFailed = (error: unknown) => of(GroupsApiActions.saveFailed({ problem: problemOf(error) }));

/** The groups list: the groups page, and the client's groups tab (to pick a group to refer to). */
export const loadGroups = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(GroupsPageActions.opened, GroupsPageActions.retryClicked, ClientGroupsTabActions.opened),
      switchMap(() =>
        api.loadGroups().pipe(
          map((groups) => GroupsApiActions.groupsLoaded({ groups })),
          catchError((error: unknown) => of(GroupsApiActions.groupsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadFacilitatorOptions = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(GroupsPageActions.createDialogOpened),
      switchMap(() =>
        api.loadFacilitatorOptions().pipe(
          map((options) => GroupsApiActions.facilitatorOptionsLoaded({ options })),
          catchError((error: unknown) => of(GroupsApiActions.saveFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createGroup = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(GroupsPageActions.createSubmitted),
      concatMap(({ request }) =>
        api.createGroup(request).pipe(
          map((group) => GroupsApiActions.groupSaved({ group })),
          catchError(saveFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const updateGroup = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(GroupsPageActions.updateSubmitted),
      concatMap(({ groupId, request }) =>
        api.updateGroup(groupId, request).pipe(
          map((group) => GroupsApiActions.groupSaved({ group })),
          catchError(saveFailed),
        ),
      ),
    );
  },
  { functional: true },
);

/** The group's facts; its roster and meetings too when the caller runs it (nobody else may read them). */
export const loadGroup = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(GroupPageActions.opened, GroupsApiActions.rosterEntrySaved),
      switchMap(() => store.select(groupsFeature.selectGroupId).pipe(first())),
      switchMap((groupId) =>
        groupId === null
          ? EMPTY
          : api.loadGroup(groupId).pipe(
              switchMap((group) =>
                group.isFacilitator
                  ? forkJoin({ roster: api.loadRoster(groupId), meetings: api.loadMeetings(groupId) }).pipe(map(({ roster, meetings }) => ({ group, roster, meetings })))
                  : of({ group, roster: [], meetings: [] }),
              ),
              map(({ group, roster, meetings }) => GroupsApiActions.groupLoaded({ group, roster, meetings })),
              catchError((error: unknown) => of(GroupsApiActions.groupLoadFailed({ groupId, problem: problemOf(error) }))),
            ),
      ),
    );
  },
  { functional: true },
);

export const saveRosterDecision = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(GroupPageActions.decisionSubmitted, GroupPageActions.leaveSubmitted),
      concatMap((action) =>
        (action.type === GroupPageActions.decisionSubmitted.type
          ? api.decide(action.groupId, action.enrolmentId, action.request as Parameters<GroupsApi['decide']>[2])
          : api.leave(action.groupId, action.enrolmentId, action.request as Parameters<GroupsApi['leave']>[2])
        ).pipe(
          map((entry) => GroupsApiActions.rosterEntrySaved({ entry })),
          catchError(saveFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadMeeting = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(MeetingPageActions.opened),
      switchMap(({ groupId, meetingId }) =>
        api.loadMeeting(groupId, meetingId).pipe(
          map((meeting) => GroupsApiActions.meetingLoaded({ meeting })),
          catchError((error: unknown) => of(GroupsApiActions.meetingLoadFailed({ meetingId, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveMeeting = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(MeetingPageActions.attendanceSubmitted, MeetingPageActions.groupNoteSubmitted, MeetingPageActions.changeSubmitted),
      concatMap((action) => {
        const save =
          action.type === MeetingPageActions.attendanceSubmitted.type
            ? api.recordAttendance(action.groupId, action.meetingId, action.request)
            : action.type === MeetingPageActions.groupNoteSubmitted.type
              ? api.writeGroupNote(action.groupId, action.meetingId, action.request)
              : api.changeMeeting(action.groupId, action.meetingId, action.request);
        return save.pipe(
          map((meeting) => GroupsApiActions.meetingSaved({ meeting })),
          catchError(saveFailed),
        );
      }),
    );
  },
  { functional: true },
);

export const loadClientGroups = createEffect(
  (actions$ = inject(Actions), api = inject(GroupsApi)) => {
    return actions$.pipe(
      ofType(ClientGroupsTabActions.opened),
      switchMap(({ clientId }) =>
        api.loadClientGroups(clientId).pipe(
          map((groups) => GroupsApiActions.clientGroupsLoaded({ clientId, groups })),
          catchError((error: unknown) => of(GroupsApiActions.clientGroupsLoadFailed({ clientId, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

