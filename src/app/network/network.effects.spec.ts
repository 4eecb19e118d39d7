import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { Notifier } from '../core/layout/notifier';
import { MemberDialogActions } from './member-dialog.actions';
import { fieldsOf, type MemberEdit } from './member-edit';
import { NetworkApi } from './network-api';
import { NetworkCompareActions } from './network-compare.actions';
import { NetworkApiActions } from './network-api.actions';
import { NetworkTabActions } from './network-tab.actions';
import * as effects from './network.effects';
import { initialNetworkState, type NetworkState } from './network.feature';
import { NotesTabActions } from './notes/notes-tab.actions';
import { CLIENT_ID, memberWith, viewWith } from './testing/network-fixtures';
import { ClientsApiActions } from '../clients/clients-api.actions';
import { clientWith, overviewOf } from '../clients/testing/clients-fixtures';

describe('network effects', () => {
  let actions$: Observable<Action>;
  let networkApi: jasmine.SpyObj<NetworkApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  let store: MockStore;
  const member = memberWith();
  const client = { id: CLIENT_ID, preferredName: 'Robin', treatmentStart: '2026-01-15' };

  beforeEach(() => {
    networkApi = jasmine.createSpyObj<NetworkApi>('NetworkApi', [
      'loadNetwork',
      'loadClient',
      'saveMember',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: { network: { ...initialNetworkState, clientId: CLIENT_ID } },
        }),
        { provide: NetworkApi, useValue: networkApi },
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> =>
    TestBed.runInInjectionContext(effect);
  const networkIs = (changes: Partial<NetworkState>) =>
    store.setState({ network: { ...initialNetworkState, clientId: CLIENT_ID, ...changes } });

  describe('loadNetwork', () => {
    it('loads the network on the date asked for', async () => {
      networkIs({ asOf: '2026-03-01' });
      actions$ = of(NetworkTabActions.asOfChanged({ asOf: '2026-03-01' }));
      networkApi.loadNetwork.and.returnValue(of(viewWith({ current: false })));

      expect(await firstValueFrom(run(effects.loadNetwork))).toEqual(
        NetworkApiActions.networkLoaded({
          clientId: CLIENT_ID,
          view: viewWith({ current: false }),
        }),
      );
      expect(networkApi.loadNetwork).toHaveBeenCalledOnceWith(CLIENT_ID, '2026-03-01');
    });

    it('loads today’s network for the notes tab, and again after a change', async () => {
      actions$ = of(
        NotesTabActions.opened({ clientId: CLIENT_ID }),
        NetworkApiActions.memberSaved({
          member,
          edit: { kind: 'reactivate', memberId: member.id },
        }),
      );
      networkApi.loadNetwork.and.returnValue(of(viewWith()));

      expect((await firstValueFrom(run(effects.loadNetwork).pipe(toArray()))).length).toBe(2);
      expect(networkApi.loadNetwork.calls.allArgs()).toEqual([
        [CLIENT_ID, null],
        [CLIENT_ID, null],
      ]);
    });

    it('keeps only the newest answer when dates change quickly', () => {
      new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
        ({ hot, cold, expectObservable }) => {
          actions$ = hot('-ab', {
            a: NetworkTabActions.retryClicked(),
            b: NetworkTabActions.retryClicked(),
          });
          networkApi.loadNetwork.and.returnValue(cold('--v|', { v: viewWith() }));

          expectObservable(run(effects.loadNetwork)).toBe('----l', {
            l: NetworkApiActions.networkLoaded({ clientId: CLIENT_ID, view: viewWith() }),
          });
        },
      );
    });

    it('passes on the problem when the network cannot be loaded', async () => {
      const problem: ProblemDocument = { type: 'about:blank', title: 'Not found', status: 404 };
      actions$ = of(NetworkTabActions.retryClicked());
      networkApi.loadNetwork.and.returnValue(
        throwError(() => new HttpErrorResponse({ status: 404, error: problem })),
      );

      expect(await firstValueFrom(run(effects.loadNetwork))).toEqual(
        NetworkApiActions.networkLoadFailed({ clientId: CLIENT_ID, problem }),
      );
    });
  });

  it('loads the client’s name and treatment start when the tab opens', async () => {
    actions$ = of(NetworkTabActions.opened({ clientId: CLIENT_ID }));
    networkApi.loadClient.and.returnValue(of(client));

    expect(await firstValueFrom(run(effects.loadClient))).toEqual(
      NetworkApiActions.clientLoaded({ client }),
    );
  });

  describe('overviewNetwork', () => {
    const overview = overviewOf(clientWith({ id: CLIENT_ID }));

    it("shows today's network out of the client Overview's answer", async () => {
      actions$ = of(ClientsApiActions.overviewLoaded({ overview }));

      expect(await firstValueFrom(run(effects.overviewNetwork))).toEqual(
        NetworkApiActions.networkLoaded({ clientId: CLIENT_ID, view: overview.network }),
      );
      expect(networkApi.loadNetwork).not.toHaveBeenCalled();
    });

    it("shows the Overview's failure on the network panel", async () => {
      const problem = { type: 'about:blank', title: 'Down', status: 500 };
      actions$ = of(ClientsApiActions.overviewLoadFailed({ clientId: CLIENT_ID, problem }));

      expect(await firstValueFrom(run(effects.overviewNetwork))).toEqual(
        NetworkApiActions.networkLoadFailed({ clientId: CLIENT_ID, problem }),
      );
    });
  });

  describe('loadComparison', () => {
    it('loads the network at treatment start and today when the comparison is on', async () => {
      networkIs({ compare: true });
      actions$ = of(NetworkTabActions.compareToggled({ compare: true }));
      networkApi.loadClient.and.returnValue(of(client));
      const start = viewWith({ asOf: '2026-01-15', current: false });
      networkApi.loadNetwork.and.callFake((_clientId, asOf) =>
        of(asOf === null ? viewWith() : start),
      );

      expect(await firstValueFrom(run(effects.loadComparison))).toEqual(
        NetworkApiActions.comparisonLoaded({
          clientId: CLIENT_ID,
          comparison: { treatmentStart: '2026-01-15', earlier: start, later: viewWith() },
        }),
      );
      expect(networkApi.loadNetwork.calls.allArgs()).toEqual([
        [CLIENT_ID, '2026-01-15'],
        [CLIENT_ID, null],
      ]);
    });

    it('loads the two dates asked for', async () => {
      networkIs({ compare: true, compareDates: { earlier: '2026-03-01', later: '2026-06-01' } });
      actions$ = of(NetworkCompareActions.datesChanged({ earlier: '2026-03-01', later: '2026-06-01' }));
      networkApi.loadClient.and.returnValue(of(client));
      networkApi.loadNetwork.and.callFake((_clientId, asOf) => of(viewWith({ asOf: asOf ?? 'today', current: false })));

      const loaded = await firstValueFrom(run(effects.loadComparison));
      expect(networkApi.loadNetwork.calls.allArgs()).toEqual([
        [CLIENT_ID, '2026-03-01'],
        [CLIENT_ID, '2026-06-01'],
      ]);
      expect(loaded.type).toBe(NetworkApiActions.comparisonLoaded.type);
    });

    it('does nothing while the comparison is off', async () => {
      networkIs({ compare: false });
      actions$ = of(NetworkTabActions.compareToggled({ compare: false }));

      expect(await firstValueFrom(run(effects.loadComparison).pipe(toArray()))).toEqual([]);
      expect(networkApi.loadClient).not.toHaveBeenCalled();
    });
  });

  describe('saveMember', () => {
    const edit: MemberEdit = { kind: 'update', memberId: member.id, fields: fieldsOf(member) };

    it('saves the change on its version', async () => {
      actions$ = of(MemberDialogActions.submitted({ clientId: CLIENT_ID, edit, version: 2 }));
      networkApi.saveMember.and.returnValue(of({ ...member, version: 3 }));

      expect(await firstValueFrom(run(effects.saveMember))).toEqual(
        NetworkApiActions.memberSaved({ member: { ...member, version: 3 }, edit }),
      );
      expect(networkApi.saveMember).toHaveBeenCalledOnceWith(CLIENT_ID, edit, 2);
    });

    it('hands a stale version over as a conflict with the member as it is now', async () => {
      const current = { ...member, name: 'Maria L.', version: 5 };
      actions$ = of(MemberDialogActions.submitted({ clientId: CLIENT_ID, edit, version: 2 }));
      networkApi.saveMember.and.returnValue(
        throwError(
          () =>
            new HttpErrorResponse({
              status: 409,
              error: {
                type: 'about:blank',
                title: 'Changed by someone else',
                status: 409,
                current,
              },
            }),
        ),
      );

      expect(await firstValueFrom(run(effects.saveMember))).toEqual(
        NetworkApiActions.memberSaveConflicted({ conflict: { current, edit } }),
      );
    });

    it('passes on field errors', async () => {
      const problem: ProblemDocument = {
        type: 'about:blank',
        title: 'Invalid request',
        status: 400,
        errors: [{ field: 'endedOn', message: 'Cannot be before the relationship started.' }],
      };
      actions$ = of(MemberDialogActions.submitted({ clientId: CLIENT_ID, edit, version: 2 }));
      networkApi.saveMember.and.returnValue(
        throwError(() => new HttpErrorResponse({ status: 400, error: problem })),
      );

      expect(await firstValueFrom(run(effects.saveMember))).toEqual(
        NetworkApiActions.memberSaveFailed({ problem }),
      );
    });
  });

  it('re-activates an ended relationship, and reports a failure (the list then reloads)', async () => {
    const edit: MemberEdit = { kind: 'reactivate', memberId: member.id };
    actions$ = of(
      NetworkTabActions.reactivateClicked({ clientId: CLIENT_ID, memberId: member.id, version: 4 }),
    );
    networkApi.saveMember.and.returnValues(
      of(member),
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { type: 'about:blank', title: 'This relationship is active.', status: 409 },
          }),
      ),
    );

    expect(await firstValueFrom(run(effects.reactivateMember))).toEqual(
      NetworkApiActions.memberSaved({ member, edit }),
    );
    expect(networkApi.saveMember).toHaveBeenCalledOnceWith(CLIENT_ID, edit, 4);
    expect((await firstValueFrom(run(effects.reactivateMember))).type).toBe(
      NetworkApiActions.reactivateFailed.type,
    );
  });

  it('confirms each kind of save in words', async () => {
    actions$ = of(
      NetworkApiActions.memberSaved({ member, edit: { kind: 'create', fields: fieldsOf(member) } }),
      NetworkApiActions.memberSaved({
        member,
        edit: { kind: 'end', memberId: member.id, endedOn: '2026-11-01', endReason: 'Moved' },
      }),
    );

    await firstValueFrom(run(effects.confirmMemberSaved).pipe(toArray()));

    expect(notifier.show.calls.allArgs()).toEqual([
      ['Person added to the network.'],
      ['Relationship ended. It stays in the network’s history.'],
    ]);
  });
});
