import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { AccountsApi } from '../accounts/accounts-api';
import { accountWith, auditEventWith, auditStateWith, problemWith } from '../testing/admin-fixtures';
import { AuditApi } from './audit-api';
import { AuditApiActions } from './audit-api.actions';
import { AuditTrailPageActions } from './audit-trail-page.actions';
import * as effects from './audit.effects';
import { DEFAULT_AUDIT_QUERY, NO_AUDIT_FILTERS } from './audit.feature';

describe('audit effects', () => {
  let actions$: Observable<Action>;
  let auditApi: jasmine.SpyObj<AuditApi>;
  let accountsApi: jasmine.SpyObj<AccountsApi>;
  const query = { ...DEFAULT_AUDIT_QUERY, action: 'sign-in', page: 2 };
  const page = { items: [auditEventWith()], page: 2, pageSize: 25, total: 26 };

  beforeEach(() => {
    auditApi = jasmine.createSpyObj<AuditApi>('AuditApi', ['list']);
    accountsApi = jasmine.createSpyObj<AccountsApi>('AccountsApi', ['everyone']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { audit: auditStateWith({ query }) } }),
        { provide: AuditApi, useValue: auditApi },
        { provide: AccountsApi, useValue: accountsApi },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  it('loads the page the query in the store describes', async () => {
    actions$ = of(AuditTrailPageActions.opened());
    auditApi.list.and.returnValue(of(page));

    expect(await firstValueFrom(run(effects.loadEvents))).toEqual(AuditApiActions.eventsLoaded({ page }));
    expect(auditApi.list).toHaveBeenCalledOnceWith(query);
  });

  it('lets the newest query win', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable }) => {
      actions$ = hot('-ab', {
        a: AuditTrailPageActions.filtersChanged({ filters: { ...NO_AUDIT_FILTERS, outcome: 'denied' } }),
        b: AuditTrailPageActions.filtersCleared(),
      });
      auditApi.list.and.returnValue(cold('--p|', { p: page }));

      expectObservable(run(effects.loadEvents)).toBe('----l', { l: AuditApiActions.eventsLoaded({ page }) });
    });
  });

  it('passes on the problem of a failed load', async () => {
    const problem = problemWith(403, { title: 'Forbidden' });
    actions$ = of(AuditTrailPageActions.retryClicked());
    auditApi.list.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403, error: problem })));

    expect(await firstValueFrom(run(effects.loadEvents))).toEqual(AuditApiActions.eventsLoadFailed({ problem }));
  });

  it('loads every account for the user filter when the page opens', async () => {
    const users = [accountWith()];
    actions$ = of(AuditTrailPageActions.opened());
    accountsApi.everyone.and.returnValue(of(users));

    expect(await firstValueFrom(run(effects.loadUsers))).toEqual(AuditApiActions.usersLoaded({ users }));
  });
});
