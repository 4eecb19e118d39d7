import type { Page } from '@domain/common/page';
import type { CaseloadRow } from '@domain/clients/client';
import { CaseloadPageActions } from './caseload-page.actions';
import type { ClientEdit } from './client-edit';
import { ClientFormActions } from './client-form.actions';
import { ClientPageActions } from './client-page.actions';
import { ClientsApiActions } from './clients-api.actions';
import { clientsFeature, DEFAULT_CASELOAD_QUERY, initialClientsState, type ClientsState } from './clients.feature';
import { ConflictDialogActions } from './conflict-dialog.actions';
import { StatusChangeDialogActions } from './status-change-dialog.actions';
import {
  clientsStateWith,
  clientWith,
  HISTORY,
  problemWith,
  rowOf,
  rowWith,
  THERAPISTS,
} from './testing/clients-fixtures';

const { reducer } = clientsFeature;
const rows = [rowWith(1), rowWith(2)];
const pageOf = (items: readonly CaseloadRow[], total = items.length): Page<CaseloadRow> => ({
  items,
  page: 1,
  pageSize: 25,
  total,
});
const client = clientWith();
const hold: ClientEdit = { kind: 'status', status: 'on-hold', dischargedOn: null, dischargeReason: null };

describe('clients reducer: caseload', () => {
  it('starts with the active clients, first page of 25, by preferred name', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual(initialClientsState);
    expect(initialClientsState.query).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'preferredName',
      direction: 'asc',
      search: '',
      status: 'active',
      concern: 'all',
      flag: 'all',
      therapistId: null,
    });
  });

  it('loads when the page opens and keeps the rows in the server’s order', () => {
    const loading = reducer(initialClientsState, CaseloadPageActions.opened());
    const reversed = [rows[1], rows[0]];
    const loaded = reducer(loading, ClientsApiActions.caseloadLoaded({ page: pageOf(reversed, 40) }));

    expect(loading).toEqual({ ...initialClientsState, caseloadStatus: 'loading' });
    expect(loaded).toEqual(clientsStateWith({ total: 40, caseloadStatus: 'loaded' }, reversed));
  });

  it('keeps the page number when paging, and returns to page 1 on any other change of query', () => {
    const onPage3 = clientsStateWith({ query: { ...DEFAULT_CASELOAD_QUERY, page: 3 }, caseloadStatus: 'loaded' });

    expect(reducer(onPage3, CaseloadPageActions.pageChanged({ page: 4, pageSize: 50 })).query).toEqual({
      ...DEFAULT_CASELOAD_QUERY,
      page: 4,
      pageSize: 50,
    });
    expect(reducer(onPage3, CaseloadPageActions.sortChanged({ sort: 'caseNumber', direction: 'desc' }))).toEqual({
      ...onPage3,
      query: { ...DEFAULT_CASELOAD_QUERY, sort: 'caseNumber', direction: 'desc' },
      caseloadStatus: 'loading',
    });
    expect(reducer(onPage3, CaseloadPageActions.searchChanged({ search: 'robin' })).query).toEqual({
      ...DEFAULT_CASELOAD_QUERY,
      search: 'robin',
    });
    expect(reducer(onPage3, CaseloadPageActions.statusFilterChanged({ status: 'all' })).query.status).toBe('all');
    expect(reducer(onPage3, CaseloadPageActions.concernFilterChanged({ concern: 'grief' })).query.concern).toBe('grief');
    expect(reducer(onPage3, CaseloadPageActions.therapistFilterChanged({ therapistId: THERAPISTS[1].id })).query).toEqual({
      ...DEFAULT_CASELOAD_QUERY,
      therapistId: THERAPISTS[1].id,
    });
  });

  it('filters by measure flag from the first page, and counts it as a filter', () => {
    const onPage3 = clientsStateWith({ query: { ...DEFAULT_CASELOAD_QUERY, page: 3 }, caseloadStatus: 'loaded' });
    const flagged = reducer(onPage3, CaseloadPageActions.flagFilterChanged({ flag: 'loneliness' }));

    expect(flagged.query).toEqual({ ...DEFAULT_CASELOAD_QUERY, flag: 'loneliness' });
    expect(flagged.caseloadStatus).toBe('loading');
    expect(clientsFeature.selectCaseloadViewModel.projector([], flagged.query, 0, 'loaded', null).filtered).toBeTrue();
    expect(reducer(flagged, CaseloadPageActions.filtersCleared()).query.flag).toBe('all');
  });

  it('clears the filters but keeps the page size and sort', () => {
    const filtered = clientsStateWith({
      query: { ...DEFAULT_CASELOAD_QUERY, page: 2, pageSize: 10, sort: 'status', search: 'x', status: 'all', concern: 'grief' },
    });

    expect(reducer(filtered, CaseloadPageActions.filtersCleared()).query).toEqual({
      ...DEFAULT_CASELOAD_QUERY,
      pageSize: 10,
      sort: 'status',
    });
  });

  it('remembers a failed load until the retry', () => {
    const problem = problemWith(500);
    const failed = reducer(
      clientsStateWith({ caseloadStatus: 'loading' }),
      ClientsApiActions.caseloadLoadFailed({ problem }),
    );

    expect(failed).toEqual(clientsStateWith({ caseloadStatus: 'failed', caseloadError: problem }));
    expect(reducer(failed, CaseloadPageActions.retryClicked())).toEqual(clientsStateWith({ caseloadStatus: 'loading' }));
  });

  it('keeps the therapists a supervisor may choose from', () => {
    expect(reducer(initialClientsState, ClientsApiActions.therapistsLoaded({ therapists: THERAPISTS }))).toEqual({
      ...initialClientsState,
      therapists: THERAPISTS,
      therapistsStatus: 'loaded',
    });
  });
});

describe('clients reducer: one client', () => {
  it('loads the client and its history when the client page opens', () => {
    const opening = reducer(initialClientsState, ClientPageActions.opened({ id: client.id }));
    const withClient = reducer(opening, ClientsApiActions.clientLoaded({ client }));
    const withHistory = reducer(withClient, ClientsApiActions.historyLoaded({ id: client.id, entries: HISTORY }));

    expect(opening).toEqual({ ...initialClientsState, clientId: client.id, clientStatus: 'loading', historyStatus: 'loading' });
    expect(withHistory).toEqual({
      ...initialClientsState,
      clientId: client.id,
      client,
      clientStatus: 'loaded',
      history: HISTORY,
      historyStatus: 'loaded',
    });
  });

  it('does not show the previous client while another one loads', () => {
    const shown: ClientsState = { ...initialClientsState, clientId: client.id, client, clientStatus: 'loaded', history: HISTORY };
    const other = clientWith({ id: '0190a1b2-1111-7000-8000-0000000000ff' });

    const opening = reducer(shown, ClientPageActions.opened({ id: other.id }));

    expect(opening.client).toBeNull();
    expect(opening.history).toEqual([]);
    expect(reducer(shown, ClientPageActions.opened({ id: client.id })).client).toBe(client);
  });

  it('ignores an answer about a client that is no longer open', () => {
    const opening = reducer(initialClientsState, ClientPageActions.opened({ id: 'another-id' }));

    expect(reducer(opening, ClientsApiActions.clientLoaded({ client }))).toEqual(opening);
    expect(reducer(opening, ClientsApiActions.historyLoadFailed({ id: client.id, problem: problemWith(500) }))).toEqual(opening);
  });

  it('records a failed load of the client and of its history', () => {
    const opening = reducer(initialClientsState, ClientPageActions.opened({ id: client.id }));
    const notFound = problemWith(404);

    expect(reducer(opening, ClientsApiActions.clientLoadFailed({ id: client.id, problem: notFound }))).toEqual({
      ...opening,
      clientStatus: 'failed',
      clientError: notFound,
    });
    expect(reducer(opening, ClientsApiActions.historyLoadFailed({ id: client.id, problem: notFound }))).toEqual({
      ...opening,
      historyStatus: 'failed',
      historyError: notFound,
    });
  });
});

describe('clients reducer: saving', () => {
  const shown: ClientsState = clientsStateWith(
    { clientId: client.id, client, clientStatus: 'loaded', caseloadStatus: 'loaded', total: 1 },
    [rowOf(client)],
  );

  it('tracks a save and takes the saved record, in the caseload row too', () => {
    const saving = reducer(shown, StatusChangeDialogActions.submitted({ base: client, edit: hold }));
    const saved = clientWith({ status: 'on-hold', version: 4 });

    expect(saving).toEqual({ ...shown, saveStatus: 'saving' });
    expect(reducer(saving, ClientsApiActions.clientSaved({ client: saved, edit: hold }))).toEqual(
      clientsStateWith(
        { clientId: client.id, client: saved, clientStatus: 'loaded', caseloadStatus: 'loaded', total: 1, saveStatus: 'saved' },
        [rowOf(saved)],
      ),
    );
  });

  it('keeps the problem of a failed save', () => {
    const problem = problemWith(409, { errors: [{ field: 'caseNumber', message: 'Another client already has this case number.' }] });
    const saving = reducer(shown, ClientFormActions.editSubmitted({ base: client, edit: hold }));

    expect(reducer(saving, ClientsApiActions.saveFailed({ problem }))).toEqual({ ...shown, saveStatus: 'failed', saveError: problem });
  });

  it('keeps a conflict until the user re-applies or discards', () => {
    const current = clientWith({ preferredName: 'Robbie', version: 4 });
    const conflict = { base: client, current, edit: hold };
    const conflicted = reducer(shown, ClientsApiActions.saveConflicted({ conflict }));

    expect(conflicted).toEqual({ ...shown, saveStatus: 'conflicted', conflict });
    expect(reducer(conflicted, ConflictDialogActions.reapplyClicked({ base: current, edit: hold }))).toEqual({
      ...shown,
      saveStatus: 'saving',
    });
    expect(reducer(conflicted, ConflictDialogActions.discardClicked({ current }))).toEqual({ ...shown, client: current });
  });

  it('starts a new client form without the last save’s outcome, and shows the created client', () => {
    const failed: ClientsState = { ...initialClientsState, saveStatus: 'failed', saveError: problemWith(400) };
    const created = clientWith({ version: 1 });

    expect(reducer(failed, ClientFormActions.newOpened())).toEqual(initialClientsState);
    expect(reducer(initialClientsState, ClientsApiActions.clientCreated({ client: created }))).toEqual({
      ...initialClientsState,
      clientId: created.id,
      client: created,
      clientStatus: 'loaded',
      saveStatus: 'saved',
    });
  });
});

describe('clients selectors', () => {
  const stateOf = (clients: ClientsState) => ({ clients });

  it('say the caseload is empty only once the server has answered', () => {
    expect(clientsFeature.selectCaseloadViewModel(stateOf(clientsStateWith({ caseloadStatus: 'loading' })))).toEqual(
      jasmine.objectContaining({ loading: true, empty: false }),
    );
    expect(clientsFeature.selectCaseloadViewModel(stateOf(clientsStateWith({ caseloadStatus: 'loaded' })))).toEqual(
      jasmine.objectContaining({ loading: false, empty: true, filtered: false }),
    );
  });

  it('tell filters beyond the default apart', () => {
    const searched = clientsStateWith({ query: { ...DEFAULT_CASELOAD_QUERY, search: 'robin' }, caseloadStatus: 'loaded' });
    const allStatuses = clientsStateWith({ query: { ...DEFAULT_CASELOAD_QUERY, status: 'all' }, caseloadStatus: 'loaded' });

    expect(clientsFeature.selectCaseloadViewModel(stateOf(searched)).filtered).toBeTrue();
    expect(clientsFeature.selectCaseloadViewModel(stateOf(allStatuses)).filtered).toBeTrue();
  });

  it('give the rows and the error of a failed load', () => {
    const problem = problemWith(500);
    const viewModel = clientsFeature.selectCaseloadViewModel(
      stateOf(clientsStateWith({ caseloadStatus: 'failed', caseloadError: problem, total: 2 }, rows)),
    );

    expect(viewModel.rows).toEqual(rows);
    expect(viewModel.error).toBe(problem);
  });
});
