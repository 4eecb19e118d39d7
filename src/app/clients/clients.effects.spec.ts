import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import type { CreateClientRequest } from '@domain/clients/client-requests';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, Subject, throwError, toArray, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { Notifier } from '../core/layout/notifier';
import { CaseloadPageActions } from './caseload-page.actions';
import type { ClientEdit } from './client-edit';
import { ClientFormActions } from './client-form.actions';
import { ClientOverviewActions } from './client-overview.actions';
import { ClientPageActions } from './client-page.actions';
import { ClientsApi } from './clients-api';
import { ClientsApiActions } from './clients-api.actions';
import * as effects from './clients.effects';
import { DEFAULT_CASELOAD_QUERY } from './clients.feature';
import { ConflictDialog } from './conflict-dialog/conflict-dialog';
import { ConflictDialogActions } from './conflict-dialog.actions';
import { ReassignDialogActions } from './reassign-dialog.actions';
import { StatusChangeDialogActions } from './status-change-dialog.actions';
import { clientsStateWith, clientWith, HISTORY, overviewOf, problemWith, rowWith, THERAPISTS } from './testing/clients-fixtures';

describe('clients effects', () => {
  let actions$: Observable<Action>;
  let clientsApi: jasmine.SpyObj<ClientsApi>;
  let router: jasmine.SpyObj<Router>;
  let notifier: jasmine.SpyObj<Notifier>;
  let dialog: jasmine.SpyObj<MatDialog>;
  const client = clientWith();
  const request: CreateClientRequest = {
    preferredName: 'Robin',
    legalName: 'Robin Example',
    dateOfBirth: '1990-04-12',
    caseNumber: 'CC-00001',
    pronouns: 'they/them',
    primaryConcerns: ['anxiety', 'depression'],
    treatmentStart: '2026-01-15',
    familyConsent: 'partial',
  };
  const edit: ClientEdit = { kind: 'update', fields: { ...request, preferredName: 'Robbie' } };

  function configure(role: 'therapist' | 'supervisor' = 'therapist'): void {
    clientsApi = jasmine.createSpyObj<ClientsApi>('ClientsApi', [
      'loadCaseload',
      'loadClient',
      'loadHistory',
      'loadOverview',
      'loadTherapists',
      'createClient',
      'saveEdit',
    ]);
    router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open'], { openDialogs: [] });
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            ...signedInState(sessionInfoFor(role)),
            clients: clientsStateWith({ query: { ...DEFAULT_CASELOAD_QUERY, search: 'robin', page: 2 } }),
          },
        }),
        { provide: ClientsApi, useValue: clientsApi },
        { provide: Router, useValue: router },
        { provide: Notifier, useValue: notifier },
        { provide: MatDialog, useValue: dialog },
      ],
    });
  }

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  describe('loadCaseload', () => {
    beforeEach(() => configure());

    it('loads the page the query in the store describes', async () => {
      const page = { items: [rowWith(1)], page: 2, pageSize: 25, total: 26 };
      actions$ = of(CaseloadPageActions.searchChanged({ search: 'robin' }));
      clientsApi.loadCaseload.and.returnValue(of(page));

      expect(await firstValueFrom(run(effects.loadCaseload))).toEqual(ClientsApiActions.caseloadLoaded({ page }));
      expect(clientsApi.loadCaseload).toHaveBeenCalledOnceWith({ ...DEFAULT_CASELOAD_QUERY, search: 'robin', page: 2 });
    });

    it('drops an older request when the query changes again (newest wins)', () => {
      const testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
      const page = { items: [], page: 1, pageSize: 25, total: 0 };
      testScheduler.run(({ hot, cold, expectObservable }) => {
        actions$ = hot('-ab', {
          a: CaseloadPageActions.sortChanged({ sort: 'status', direction: 'asc' }),
          b: CaseloadPageActions.pageChanged({ page: 2, pageSize: 25 }),
        });
        clientsApi.loadCaseload.and.returnValue(cold('---p|', { p: page }));

        expectObservable(run(effects.loadCaseload)).toBe('-----r', { r: ClientsApiActions.caseloadLoaded({ page }) });
      });
      expect(clientsApi.loadCaseload).toHaveBeenCalledTimes(2);
    });

    it('passes on the problem of a failed load', async () => {
      const problem = problemWith(500, { detail: 'Try again.' });
      actions$ = of(CaseloadPageActions.retryClicked());
      clientsApi.loadCaseload.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500, error: problem })));

      expect(await firstValueFrom(run(effects.loadCaseload))).toEqual(ClientsApiActions.caseloadLoadFailed({ problem }));
    });
  });

  describe('loadTherapists', () => {
    it('loads the team’s therapists for a supervisor', async () => {
      configure('supervisor');
      actions$ = of(CaseloadPageActions.opened());
      clientsApi.loadTherapists.and.returnValue(of(THERAPISTS));

      expect(await firstValueFrom(run(effects.loadTherapists))).toEqual(
        ClientsApiActions.therapistsLoaded({ therapists: THERAPISTS }),
      );
    });

    it('asks nothing for a therapist', async () => {
      configure('therapist');
      actions$ = of(CaseloadPageActions.opened(), ReassignDialogActions.opened());

      expect(await firstValueFrom(run(effects.loadTherapists).pipe(toArray()))).toEqual([]);
      expect(clientsApi.loadTherapists).not.toHaveBeenCalled();
    });
  });

  describe('loading one client', () => {
    beforeEach(() => configure());

    it('loads the client the page opened', async () => {
      actions$ = of(ClientPageActions.opened({ id: client.id }));
      clientsApi.loadClient.and.returnValue(of(client));

      expect(await firstValueFrom(run(effects.loadClient))).toEqual(ClientsApiActions.clientLoaded({ client }));
      expect(clientsApi.loadClient).toHaveBeenCalledOnceWith(client.id);
    });

    it('names the client whose load failed', async () => {
      const problem = problemWith(404);
      actions$ = of(ClientFormActions.editOpened({ id: client.id }));
      clientsApi.loadClient.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404, error: problem })));

      expect(await firstValueFrom(run(effects.loadClient))).toEqual(
        ClientsApiActions.clientLoadFailed({ id: client.id, problem }),
      );
    });

    it('loads the history on retry and after a status change, not after a form save nor when the page opens (the Overview brings it)', async () => {
      const hold: ClientEdit = { kind: 'status', status: 'on-hold', dischargedOn: null, dischargeReason: null };
      actions$ = of(
        ClientPageActions.opened({ id: client.id }),
        ClientPageActions.historyRetryClicked({ id: client.id }),
        ClientsApiActions.clientSaved({ client, edit }),
        ClientsApiActions.clientSaved({ client, edit: hold }),
      );
      clientsApi.loadHistory.and.returnValue(of(HISTORY));

      const emitted = await firstValueFrom(run(effects.loadHistory).pipe(toArray()));

      expect(emitted).toEqual([
        ClientsApiActions.historyLoaded({ id: client.id, entries: HISTORY }),
        ClientsApiActions.historyLoaded({ id: client.id, entries: HISTORY }),
      ]);
    });
  });

  describe('the Overview in one request', () => {
    beforeEach(() => configure());
    const overview = overviewOf(client);

    it('asks for the overview of the client in the address when the Overview opens', async () => {
      actions$ = of(ClientOverviewActions.opened({ clientId: client.id }));
      clientsApi.loadOverview.and.returnValue(of(overview));

      expect(await firstValueFrom(run(effects.loadOverview))).toEqual(ClientsApiActions.overviewLoaded({ overview }));
      expect(clientsApi.loadOverview).toHaveBeenCalledOnceWith(client.id);
    });

    it('names the client whose overview failed to load, with the problem', async () => {
      const problem = problemWith(404);
      actions$ = of(ClientOverviewActions.opened({ clientId: client.id }));
      clientsApi.loadOverview.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404, error: problem })));

      expect(await firstValueFrom(run(effects.loadOverview))).toEqual(ClientsApiActions.overviewLoadFailed({ clientId: client.id, problem }));
    });

    it('keeps only the newest overview when the Overview opens for another client meanwhile', () => {
      const other = clientWith({ id: '0190a1b2-0000-7000-8000-0000000000c2' });
      new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ cold, hot, expectObservable }) => {
        actions$ = hot('a-b', { a: ClientOverviewActions.opened({ clientId: client.id }), b: ClientOverviewActions.opened({ clientId: other.id }) });
        clientsApi.loadOverview.and.callFake((id) => cold('---r|', { r: overviewOf(id === client.id ? client : other) }));

        expectObservable(run(effects.loadOverview)).toBe('-----r', { r: ClientsApiActions.overviewLoaded({ overview: overviewOf(other) }) });
      });
    });

    it('hands the record and its history to the client state', async () => {
      actions$ = of(ClientsApiActions.overviewLoaded({ overview }));

      expect(await firstValueFrom(run(effects.overviewRecord).pipe(toArray()))).toEqual([
        ClientsApiActions.clientLoaded({ client }),
        ClientsApiActions.historyLoaded({ id: client.id, entries: HISTORY }),
      ]);
    });

    it('shows a failed overview as a failed history (its retry asks the history alone)', async () => {
      const problem = problemWith(500);
      actions$ = of(ClientsApiActions.overviewLoadFailed({ clientId: client.id, problem }));

      expect(await firstValueFrom(run(effects.overviewRecord).pipe(toArray()))).toEqual([
        ClientsApiActions.historyLoadFailed({ id: client.id, problem }),
      ]);
    });
  });

  describe('saving', () => {
    beforeEach(() => configure());

    it('creates a client', async () => {
      actions$ = of(ClientFormActions.createSubmitted({ request }));
      clientsApi.createClient.and.returnValue(of(client));

      expect(await firstValueFrom(run(effects.createClient))).toEqual(ClientsApiActions.clientCreated({ client }));
      expect(clientsApi.createClient).toHaveBeenCalledOnceWith(request);
    });

    it('sends an edit on top of the version it is based on', async () => {
      const saved = clientWith({ preferredName: 'Robbie', version: 4 });
      actions$ = of(ClientFormActions.editSubmitted({ base: client, edit }));
      clientsApi.saveEdit.and.returnValue(of(saved));

      expect(await firstValueFrom(run(effects.saveClient))).toEqual(ClientsApiActions.clientSaved({ client: saved, edit }));
      expect(clientsApi.saveEdit).toHaveBeenCalledOnceWith(client, edit);
    });

    it('turns a stale version into a conflict holding the base, the current record and the edit', async () => {
      const current = clientWith({ caseNumber: 'CC-09999', version: 4 });
      const problem = problemWith(409, { title: 'Changed by someone else', current });
      actions$ = of(StatusChangeDialogActions.submitted({ base: client, edit }));
      clientsApi.saveEdit.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: problem })));

      expect(await firstValueFrom(run(effects.saveClient))).toEqual(
        ClientsApiActions.saveConflicted({ conflict: { base: client, current, edit } }),
      );
    });

    it('reports a duplicate case number (409 without a current record) as a failed save', async () => {
      const problem = problemWith(409, { errors: [{ field: 'caseNumber', message: 'Another client already has this case number.' }] });
      actions$ = of(ConflictDialogActions.reapplyClicked({ base: client, edit }));
      clientsApi.saveEdit.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: problem })));

      expect(await firstValueFrom(run(effects.saveClient))).toEqual(ClientsApiActions.saveFailed({ problem }));
    });

    it('opens the conflict dialog once per conflict', async () => {
      actions$ = of(ClientsApiActions.saveConflicted({ conflict: { base: client, current: client, edit } }));

      await firstValueFrom(run(effects.showConflict));

      expect(dialog.open).toHaveBeenCalledOnceWith(ConflictDialog, jasmine.objectContaining({ disableClose: true }));
    });

    it('shows the client after creating it or saving the form, with a confirmation', async () => {
      actions$ = of(ClientsApiActions.clientCreated({ client }));
      await firstValueFrom(run(effects.showClientAfterSave));
      await firstValueFrom(run(effects.confirmSave));

      expect(router.navigate).toHaveBeenCalledOnceWith(['/clients', client.id]);
      expect(notifier.show).toHaveBeenCalledOnceWith('Client added.');
    });

    it('stays on the client page after a status change or a reassignment', async () => {
      const discharge: ClientEdit = { kind: 'status', status: 'discharged', dischargedOn: '2026-11-01', dischargeReason: 'Goals met' };
      const reassign: ClientEdit = { kind: 'reassign', therapistId: THERAPISTS[1].id, therapistName: 'Theo Therapist' };
      actions$ = of(ClientsApiActions.clientSaved({ client, edit: discharge }), ClientsApiActions.clientSaved({ client, edit: reassign }));

      await firstValueFrom(run(effects.showClientAfterSave).pipe(toArray()));
      await firstValueFrom(run(effects.confirmSave).pipe(toArray()));

      expect(router.navigate).not.toHaveBeenCalled();
      expect(notifier.show.calls.allArgs()).toEqual([
        ['Status changed to discharged.'],
        ['Client reassigned to Theo Therapist.'],
      ]);
    });
  });

  it('does nothing on actions it does not handle', () => {
    configure();
    const subject = new Subject<Action>();
    actions$ = subject;
    const emitted: Action[] = [];
    run(effects.saveClient).subscribe((action) => emitted.push(action));

    subject.next(CaseloadPageActions.opened());

    expect(emitted).toEqual([]);
  });
});
