import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { Notifier } from '../../core/layout/notifier';
import { assignmentsStateWith, assignmentWith, OTHER_THERAPIST_ID, problemWith, THERAPISTS } from '../testing/admin-fixtures';
import { AssignmentsApi } from './assignments-api';
import { AssignmentsApiActions } from './assignments-api.actions';
import { AssignmentsPageActions } from './assignments-page.actions';
import * as effects from './assignments.effects';
import { DEFAULT_ASSIGNMENTS_QUERY } from './assignments.feature';
import { ReassignClientDialogActions } from './reassign-client-dialog.actions';

describe('assignments effects', () => {
  let actions$: Observable<Action>;
  let assignmentsApi: jasmine.SpyObj<AssignmentsApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  const robin = assignmentWith();
  const moved = assignmentWith({ therapistId: OTHER_THERAPIST_ID, therapistName: 'Theo Therapist', version: 5 });
  const query = { ...DEFAULT_ASSIGNMENTS_QUERY, status: 'active' as const };
  const page = { items: [robin], page: 1, pageSize: 25, total: 1 };
  const request = { therapistId: OTHER_THERAPIST_ID, version: robin.version };

  beforeEach(() => {
    assignmentsApi = jasmine.createSpyObj<AssignmentsApi>('AssignmentsApi', ['list', 'therapists', 'reassign']);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { assignments: assignmentsStateWith({ query }) } }),
        { provide: AssignmentsApi, useValue: assignmentsApi },
        { provide: Notifier, useValue: notifier },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  it('loads the page the query in the store describes', async () => {
    actions$ = of(AssignmentsPageActions.opened());
    assignmentsApi.list.and.returnValue(of(page));

    expect(await firstValueFrom(run(effects.loadClients))).toEqual(AssignmentsApiActions.clientsLoaded({ page }));
    expect(assignmentsApi.list).toHaveBeenCalledOnceWith(query);
  });

  it('waits for a pause in typing before searching', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable }) => {
      actions$ = hot('-a', { a: AssignmentsPageActions.searchChanged({ search: 'CC-000' }) });
      assignmentsApi.list.and.returnValue(cold('p|', { p: page }));

      expectObservable(run(effects.loadClients)).toBe('- 300ms l', { l: AssignmentsApiActions.clientsLoaded({ page }) });
    });
  });

  it('reloads after a reassignment and after a stale-version conflict', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable }) => {
      actions$ = hot('-a-b-c', {
        a: AssignmentsApiActions.clientReassigned({ client: moved }),
        b: AssignmentsApiActions.reassignFailed({ problem: problemWith(400), current: null }),
        c: AssignmentsApiActions.reassignFailed({ problem: problemWith(409), current: moved }),
      });
      assignmentsApi.list.and.returnValue(cold('p|', { p: page }));
      const loaded = AssignmentsApiActions.clientsLoaded({ page });

      expectObservable(run(effects.loadClients)).toBe('-l---l', { l: loaded });
    });
  });

  it('loads the therapists when the page or the dialog opens', async () => {
    actions$ = of(ReassignClientDialogActions.opened());
    assignmentsApi.therapists.and.returnValue(of(THERAPISTS));

    expect(await firstValueFrom(run(effects.loadTherapists))).toEqual(AssignmentsApiActions.therapistsLoaded({ therapists: THERAPISTS }));
  });

  it('reassigns with the version the change is based on', async () => {
    actions$ = of(ReassignClientDialogActions.submitted({ client: robin, request }));
    assignmentsApi.reassign.and.returnValue(of(moved));

    expect(await firstValueFrom(run(effects.reassignClient))).toEqual(AssignmentsApiActions.clientReassigned({ client: moved }));
    expect(assignmentsApi.reassign).toHaveBeenCalledOnceWith(robin.id, request);
  });

  it('passes on a refusal with its field error', async () => {
    const problem = problemWith(400, { errors: [{ field: 'therapistId', message: 'Not an active therapist you may assign clients to.' }] });
    actions$ = of(ReassignClientDialogActions.submitted({ client: robin, request }));
    assignmentsApi.reassign.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error: problem })));

    expect(await firstValueFrom(run(effects.reassignClient))).toEqual(AssignmentsApiActions.reassignFailed({ problem, current: null }));
  });

  it('keeps only the assignment facts of the current record after a stale version', async () => {
    const problem = problemWith(409, { title: 'Changed by someone else' });
    // The server answers the whole client record here; clinical fields must not reach an administrator's store.
    const wholeRecord = { ...moved, dateOfBirth: '1990-04-12', primaryConcerns: ['anxiety'], familyConsent: 'partial', dischargeReason: null };
    actions$ = of(ReassignClientDialogActions.submitted({ client: robin, request }));
    assignmentsApi.reassign.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: { ...problem, current: wholeRecord } })));

    expect(await firstValueFrom(run(effects.reassignClient))).toEqual(AssignmentsApiActions.reassignFailed({ problem, current: moved }));
  });

  it('confirms a reassignment', async () => {
    actions$ = of(AssignmentsApiActions.clientReassigned({ client: moved }));

    await firstValueFrom(run(effects.confirmReassignment));

    expect(notifier.show).toHaveBeenCalledOnceWith('Robin (CC-00001) is now assigned to Theo Therapist.');
  });
});
