import type { ProblemDocument } from '@domain/problem/problem-document';
import {
  MODALITIES,
  SESSION_STATUSES,
  SESSION_TYPES,
  type SessionStatus,
} from '@domain/sessions/session-codes';
import type { AgendaEntry } from '@domain/sessions/session-views';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus } from '../../shared/state/request-status';
import { AgendaApiActions } from './agenda-api.actions';
import { AgendaPageActions } from './agenda-page.actions';
import {
  inWindow,
  sameWindow,
  type AgendaRange,
  type AgendaWindow,
} from './agenda-window';
import { localDateOf } from '../../shared/time/local-time';

/** Sessions per page; a day that straddles two pages is headed on both. */
export const AGENDA_PAGE_SIZE = 20;

/** The therapist's sessions in the chosen period, soonest first. */
export interface AgendaState extends EntityState<AgendaEntry> {
  /** Kept while the user visits a session, so the agenda comes back as they left it. */
  readonly range: AgendaRange;
  readonly window: AgendaWindow | null;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly pageIndex: number;
}

/** One line of the agenda, ready to show. */
export interface AgendaRow {
  readonly sessionId: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly caseNumber: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly type: string;
  readonly modality: string;
  readonly location: string;
  readonly attendees: readonly string[];
  readonly status: SessionStatus;
  readonly statusLabel: string;
}

/** The rows of one local calendar day. */
export interface AgendaDay {
  /** `YYYY-MM-DD` in the clinician's time zone. */
  readonly day: string;
  readonly rows: readonly AgendaRow[];
}

const soonestFirst = (a: AgendaEntry, b: AgendaEntry) =>
  a.session.startsAt.localeCompare(b.session.startsAt) || a.session.id.localeCompare(b.session.id);

export const agendaAdapter = createEntityAdapter<AgendaEntry>({
  selectId: (entry) => entry.session.id,
  sortComparer: soonestFirst,
});

export const initialAgendaState: AgendaState = agendaAdapter.getInitialState({
  range: 'week',
  window: null,
  loadStatus: 'idle',
  loadError: null,
  pageIndex: 0,
});

export function agendaRowOf({ session, client }: AgendaEntry): AgendaRow {
  return {
    sessionId: session.id,
    clientId: client.id,
    clientName: client.preferredName,
    caseNumber: client.caseNumber,
    startsAt: session.startsAt,
    endsAt: new Date(Date.parse(session.startsAt) + session.durationMinutes * 60_000).toISOString(),
    type: SESSION_TYPES[session.type],
    modality: MODALITIES[session.modality],
    location: session.location,
    attendees: session.attendees.map((attendee) => attendee.name),
    status: session.status,
    statusLabel: SESSION_STATUSES[session.status],
  };
}

/** Consecutive rows of the same local day, in order. */
export function groupByDay(rows: readonly AgendaRow[]): AgendaDay[] {
  const days: { day: string; rows: AgendaRow[] }[] = [];
  for (const row of rows) {
    const day = localDateOf(row.startsAt);
    const last = days.at(-1);
    if (last?.day === day) {
      last.rows.push(row);
    } else {
      days.push({ day, rows: [row] });
    }
  }
  return days;
}

export const agendaFeature = createFeature({
  name: 'agenda',
  reducer: createReducer(
    initialAgendaState,
    on(
      AgendaPageActions.opened,
      AgendaPageActions.viewChanged,
      (state, { window }): AgendaState => ({
        ...state,
        window,
        loadStatus: 'loading',
        loadError: null,
      }),
    ),
    on(AgendaPageActions.rangeChanged, (state, { range, window }): AgendaState => ({
      ...state,
      range,
      window,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(AgendaPageActions.retryClicked, (state): AgendaState => ({
      ...state,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(AgendaPageActions.pageChanged, (state, { pageIndex }): AgendaState => ({
      ...state,
      pageIndex,
    })),
    // An answer for a period the user has since left is dropped.
    on(AgendaApiActions.agendaLoaded, (state, { window, items }): AgendaState =>
      sameWindow(window, state.window)
        ? agendaAdapter.setAll([...items], {
            ...state,
            loadStatus: 'loaded',
            loadError: null,
            pageIndex: 0,
          })
        : state,
    ),
    on(AgendaApiActions.agendaLoadFailed, (state, { window, problem }): AgendaState =>
      sameWindow(window, state.window)
        ? { ...state, loadStatus: 'failed', loadError: problem }
        : state,
    ),
  ),
  extraSelectors: ({
    selectAgendaState,
    selectWindow,
    selectRange,
    selectLoadStatus,
    selectLoadError,
    selectPageIndex,
  }) => {
    const { selectAll } = agendaAdapter.getSelectors(selectAgendaState);
    /** The server answers whole UTC days; keep what falls on the clinician's own days. */
    const selectRows = createSelector(selectAll, selectWindow, (entries, window) =>
      window === null
        ? []
        : entries.filter((entry) => inWindow(entry.session.startsAt, window)).map(agendaRowOf),
    );
    return {
      selectRows,
      selectAgendaViewModel: createSelector(
        selectRows,
        selectRange,
        selectWindow,
        selectLoadStatus,
        selectLoadError,
        selectPageIndex,
        (rows, range, window, status, error, pageIndex) => {
          const lastPage = Math.max(0, Math.ceil(rows.length / AGENDA_PAGE_SIZE) - 1);
          const page = Math.min(pageIndex, lastPage);
          return {
            range,
            window,
            loading: status === 'loading' || status === 'idle',
            error: status === 'failed' ? error : null,
            empty: status === 'loaded' && rows.length === 0,
            total: rows.length,
            pageIndex: page,
            pageSize: AGENDA_PAGE_SIZE,
            days:
              status === 'loaded'
                ? groupByDay(rows.slice(page * AGENDA_PAGE_SIZE, (page + 1) * AGENDA_PAGE_SIZE))
                : [],
          };
        },
      ),
    };
  },
});
