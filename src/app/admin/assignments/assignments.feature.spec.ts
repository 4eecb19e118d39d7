import { assignmentsStateWith, assignmentWith, OTHER_THERAPIST_ID, problemWith, THERAPISTS } from '../testing/admin-fixtures';
import { AssignmentsApiActions } from './assignments-api.actions';
import { AssignmentsPageActions } from './assignments-page.actions';
import {
  assignmentsFeature,
  DEFAULT_ASSIGNMENTS_QUERY,
  initialAssignmentsState,
  type AssignmentsState,
} from './assignments.feature';
import { ReassignClientDialogActions } from './reassign-client-dialog.actions';

const { reducer } = assignmentsFeature;
const robin = assignmentWith();
const sam = assignmentWith({ id: '0190a1b2-3333-7000-8000-000000000002', preferredName: 'Sam', caseNumber: 'CC-00002' });
const loaded = assignmentsStateWith({ loadStatus: 'loaded', total: 2 }, [robin, sam]);

describe('assignments reducer', () => {
  it('starts empty and loads clients and therapists when the page opens', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual(initialAssignmentsState);
    expect(reducer(initialAssignmentsState, AssignmentsPageActions.opened())).toEqual({
      ...initialAssignmentsState,
      loadStatus: 'loading',
      therapistsStatus: 'loading',
    });
  });

  it('keeps the server order of a loaded page and its total', () => {
    expect(
      reducer(
        { ...initialAssignmentsState, loadStatus: 'loading' },
        AssignmentsApiActions.clientsLoaded({ page: { items: [robin, sam], page: 1, pageSize: 25, total: 2 } }),
      ),
    ).toEqual(loaded);
  });

  it('goes back to the first page when the search or a filter changes', () => {
    const onPage2: AssignmentsState = { ...loaded, query: { ...DEFAULT_ASSIGNMENTS_QUERY, page: 2 } };

    expect(reducer(onPage2, AssignmentsPageActions.searchChanged({ search: 'CC-0001' }))).toEqual({
      ...loaded,
      query: { ...DEFAULT_ASSIGNMENTS_QUERY, search: 'CC-0001' },
      loadStatus: 'loading',
    });
    expect(reducer(onPage2, AssignmentsPageActions.statusFilterChanged({ status: 'on-hold' })).query).toEqual({
      ...DEFAULT_ASSIGNMENTS_QUERY,
      status: 'on-hold',
    });
    expect(reducer(onPage2, AssignmentsPageActions.therapistFilterChanged({ therapistId: OTHER_THERAPIST_ID })).query).toEqual({
      ...DEFAULT_ASSIGNMENTS_QUERY,
      therapistId: OTHER_THERAPIST_ID,
    });
  });

  it('changes page and keeps a failed load for the page to show', () => {
    const problem = problemWith(500);

    expect(reducer(loaded, AssignmentsPageActions.pageChanged({ page: 3, pageSize: 10 })).query).toEqual({
      ...DEFAULT_ASSIGNMENTS_QUERY,
      page: 3,
      pageSize: 10,
    });
    expect(reducer({ ...loaded, loadStatus: 'loading' }, AssignmentsApiActions.clientsLoadFailed({ problem }))).toEqual({
      ...loaded,
      loadStatus: 'failed',
      loadError: problem,
    });
  });

  it('keeps the therapists to assign to', () => {
    expect(reducer({ ...loaded, therapistsStatus: 'loading' }, AssignmentsApiActions.therapistsLoaded({ therapists: THERAPISTS }))).toEqual({
      ...loaded,
      therapists: THERAPISTS,
      therapistsStatus: 'loaded',
    });
  });

  it('resets the dialog when it opens, keeping therapists already loaded', () => {
    const afterFailure: AssignmentsState = {
      ...loaded,
      therapists: THERAPISTS,
      therapistsStatus: 'loaded',
      dialogStatus: 'failed',
      dialogError: problemWith(400),
    };

    expect(reducer(afterFailure, ReassignClientDialogActions.opened())).toEqual({ ...loaded, therapists: THERAPISTS, therapistsStatus: 'loaded' });
  });

  it('puts a reassigned client in place', () => {
    const moved = assignmentWith({ therapistId: OTHER_THERAPIST_ID, therapistName: 'Theo Therapist', version: 5 });
    const saving = reducer(loaded, ReassignClientDialogActions.submitted({ client: robin, request: { therapistId: OTHER_THERAPIST_ID, version: 4 } }));

    expect(saving).toEqual({ ...loaded, dialogStatus: 'saving' });
    expect(reducer(saving, AssignmentsApiActions.clientReassigned({ client: moved }))).toEqual(
      assignmentsStateWith({ loadStatus: 'loaded', total: 2, dialogStatus: 'saved' }, [moved, sam]),
    );
  });

  it('keeps a refusal, and takes the current client from a stale-version conflict', () => {
    const notAssignable = problemWith(400, { errors: [{ field: 'therapistId', message: 'Not an active therapist you may assign clients to.' }] });
    const stale = problemWith(409, { title: 'Changed by someone else' });
    const current = assignmentWith({ therapistId: OTHER_THERAPIST_ID, therapistName: 'Theo Therapist', version: 6 });

    expect(reducer({ ...loaded, dialogStatus: 'saving' }, AssignmentsApiActions.reassignFailed({ problem: notAssignable, current: null }))).toEqual({
      ...loaded,
      dialogStatus: 'failed',
      dialogError: notAssignable,
    });
    expect(reducer({ ...loaded, dialogStatus: 'saving' }, AssignmentsApiActions.reassignFailed({ problem: stale, current }))).toEqual(
      assignmentsStateWith({ loadStatus: 'loaded', total: 2, dialogStatus: 'failed', dialogError: stale }, [current, sam]),
    );
  });

  it('describes the dialog, telling a stale version from a refusal', () => {
    expect(assignmentsFeature.selectDialogViewModel.projector(THERAPISTS, 'loaded', 'failed', problemWith(409)).stale).toBeTrue();
    expect(
      assignmentsFeature.selectDialogViewModel.projector(THERAPISTS, 'loaded', 'failed', problemWith(400, { errors: [{ field: 'therapistId', message: 'No.' }] })),
    ).toEqual({
      therapists: THERAPISTS,
      therapistsLoading: false,
      therapistsFailed: false,
      saving: false,
      saved: false,
      error: problemWith(400, { errors: [{ field: 'therapistId', message: 'No.' }] }),
      stale: false,
    });
  });
});
