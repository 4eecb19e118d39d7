import { auditEventWith, auditStateWith, accountWith, problemWith } from '../testing/admin-fixtures';
import { AuditApiActions } from './audit-api.actions';
import { AuditTrailPageActions } from './audit-trail-page.actions';
import { auditFeature, DEFAULT_AUDIT_QUERY, initialAuditState, NO_AUDIT_FILTERS, type AuditFilters, type AuditState } from './audit.feature';

const { reducer } = auditFeature;
const newest = auditEventWith({ id: 'e2', at: '2026-11-25T10:00:00.000Z' });
const older = auditEventWith({ id: 'e1', at: '2026-11-25T09:00:00.000Z', action: 'sign-in', recordType: 'user', fields: [] });
const loaded = auditStateWith({ loadStatus: 'loaded', total: 2 }, [newest, older]);
const signIns: AuditFilters = { ...NO_AUDIT_FILTERS, action: 'sign-in', outcome: 'success', from: '2026-11-01', to: '2026-11-25' };

describe('audit reducer', () => {
  it('starts empty and loads events and users when the page opens', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual(initialAuditState);
    expect(reducer(initialAuditState, AuditTrailPageActions.opened())).toEqual({
      ...initialAuditState,
      loadStatus: 'loading',
      usersStatus: 'loading',
    });
  });

  it('keeps the newest-first order of a loaded page', () => {
    const state = reducer(
      { ...initialAuditState, loadStatus: 'loading' },
      AuditApiActions.eventsLoaded({ page: { items: [newest, older], page: 1, pageSize: 25, total: 2 } }),
    );

    expect(state).toEqual(loaded);
  });

  it('applies filters from the first page, and clears them', () => {
    const onPage4: AuditState = { ...loaded, query: { ...DEFAULT_AUDIT_QUERY, page: 4 } };
    const filtered = reducer(onPage4, AuditTrailPageActions.filtersChanged({ filters: signIns }));

    expect(filtered).toEqual({ ...loaded, query: { ...DEFAULT_AUDIT_QUERY, ...signIns }, loadStatus: 'loading' });
    expect(reducer(filtered, AuditTrailPageActions.filtersCleared())).toEqual({
      ...loaded,
      query: DEFAULT_AUDIT_QUERY,
      loadStatus: 'loading',
    });
  });

  it('changes page without touching the filters', () => {
    const filtered: AuditState = { ...loaded, query: { ...DEFAULT_AUDIT_QUERY, ...signIns } };

    expect(reducer(filtered, AuditTrailPageActions.pageChanged({ page: 2, pageSize: 50 })).query).toEqual({
      ...DEFAULT_AUDIT_QUERY,
      ...signIns,
      page: 2,
      pageSize: 50,
    });
  });

  it('keeps a failed load for the page to show, and retries', () => {
    const problem = problemWith(500);
    const failed = reducer({ ...loaded, loadStatus: 'loading' }, AuditApiActions.eventsLoadFailed({ problem }));

    expect(failed).toEqual({ ...loaded, loadStatus: 'failed', loadError: problem });
    expect(reducer(failed, AuditTrailPageActions.retryClicked())).toEqual({ ...loaded, loadStatus: 'loading' });
  });

  it('keeps the accounts to filter by', () => {
    const users = [accountWith()];

    expect(reducer({ ...loaded, usersStatus: 'loading' }, AuditApiActions.usersLoaded({ users }))).toEqual({
      ...loaded,
      users,
      usersStatus: 'loaded',
    });
    expect(reducer({ ...loaded, usersStatus: 'loading' }, AuditApiActions.usersLoadFailed({ problem: problemWith(500) }))).toEqual({
      ...loaded,
      usersStatus: 'failed',
    });
  });

  it('describes the page, including whether any filter is on', () => {
    expect(auditFeature.selectPageViewModel.projector([newest], DEFAULT_AUDIT_QUERY, 1, 'loaded', null)).toEqual({
      events: [newest],
      query: DEFAULT_AUDIT_QUERY,
      total: 1,
      loading: false,
      error: null,
      empty: false,
      filtered: false,
    });
    const filtered = auditFeature.selectPageViewModel.projector([], { ...DEFAULT_AUDIT_QUERY, outcome: 'denied' }, 0, 'loaded', null);
    expect(filtered.filtered).toBeTrue();
    expect(filtered.empty).toBeTrue();
  });
});
