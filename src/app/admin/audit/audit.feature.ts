import type { Account } from '@domain/accounts/account';
import type { AuditEventView } from '@domain/audit/audit-event';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus } from '../../shared/state/request-status';
import { AuditApiActions } from './audit-api.actions';
import { AuditTrailPageActions } from './audit-trail-page.actions';

/** What the audit trail is narrowed to; `null` means "any". Dates are YYYY-MM-DD, inclusive. */
export interface AuditFilters {
  readonly userId: string | null;
  readonly action: string | null;
  readonly recordType: string | null;
  readonly outcome: AuditEventView['outcome'] | 'all';
  readonly from: string | null;
  readonly to: string | null;
}

export interface AuditQueryState extends AuditFilters {
  readonly page: number;
  readonly pageSize: number;
}

export const NO_AUDIT_FILTERS: AuditFilters = {
  userId: null,
  action: null,
  recordType: null,
  outcome: 'all',
  from: null,
  to: null,
};

export const DEFAULT_AUDIT_QUERY: AuditQueryState = { page: 1, pageSize: 25, ...NO_AUDIT_FILTERS };

/** One page of audit events, newest first as the server sorts them, and the accounts to filter by. */
export interface AuditState extends EntityState<AuditEventView> {
  readonly query: AuditQueryState;
  readonly total: number;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly users: readonly Account[];
  readonly usersStatus: LoadStatus;
}

export const auditAdapter = createEntityAdapter<AuditEventView>();

export const initialAuditState: AuditState = auditAdapter.getInitialState({
  query: DEFAULT_AUDIT_QUERY,
  total: 0,
  loadStatus: 'idle',
  loadError: null,
  users: [],
  usersStatus: 'idle',
});

const loading = (state: AuditState): AuditState => ({ ...state, loadStatus: 'loading', loadError: null });

export const auditFeature = createFeature({
  name: 'audit',
  reducer: createReducer(
    initialAuditState,
    on(AuditTrailPageActions.opened, (state): AuditState => ({ ...loading(state), usersStatus: 'loading' })),
    on(AuditTrailPageActions.retryClicked, (state): AuditState => loading(state)),
    on(
      AuditTrailPageActions.pageChanged,
      (state, { page, pageSize }): AuditState => loading({ ...state, query: { ...state.query, page, pageSize } }),
    ),
    on(
      AuditTrailPageActions.filtersChanged,
      (state, { filters }): AuditState => loading({ ...state, query: { ...state.query, ...filters, page: 1 } }),
    ),
    on(
      AuditTrailPageActions.filtersCleared,
      (state): AuditState => loading({ ...state, query: { ...state.query, ...NO_AUDIT_FILTERS, page: 1 } }),
    ),
    on(
      AuditApiActions.eventsLoaded,
      (state, { page }): AuditState =>
        auditAdapter.setAll([...page.items], { ...state, total: page.total, loadStatus: 'loaded', loadError: null }),
    ),
    on(
      AuditApiActions.eventsLoadFailed,
      (state, { problem }): AuditState => ({ ...state, loadStatus: 'failed', loadError: problem }),
    ),
    on(AuditApiActions.usersLoaded, (state, { users }): AuditState => ({ ...state, users, usersStatus: 'loaded' })),
    on(AuditApiActions.usersLoadFailed, (state): AuditState => ({ ...state, usersStatus: 'failed' })),
  ),
  extraSelectors: ({ selectAuditState, selectQuery, selectTotal, selectLoadStatus, selectLoadError }) => {
    const { selectAll } = auditAdapter.getSelectors();
    const selectEvents = createSelector(selectAuditState, selectAll);
    return {
      selectEvents,
      selectPageViewModel: createSelector(
        selectEvents,
        selectQuery,
        selectTotal,
        selectLoadStatus,
        selectLoadError,
        (events, query, total, loadStatus, error) => ({
          events,
          query,
          total,
          loading: loadStatus === 'loading',
          error: loadStatus === 'failed' ? error : null,
          empty: loadStatus === 'loaded' && events.length === 0,
          filtered:
            query.userId !== null ||
            query.action !== null ||
            query.recordType !== null ||
            query.outcome !== 'all' ||
            query.from !== null ||
            query.to !== null,
        }),
      ),
    };
  },
});
