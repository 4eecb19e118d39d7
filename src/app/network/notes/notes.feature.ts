import type { SupportNote, SupportNoteRevision } from '@domain/notes/support-note';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../../core/auth/auth.feature';
import type { LoadStatus, SaveStatus } from '../../shared/state/request-status';
import { NoteDialogActions } from './note-dialog.actions';
import type { NoteConflict } from './note-edit';
import { NoteHistoryDialogActions } from './note-history-dialog.actions';
import { NotesApiActions } from './notes-api.actions';
import { NotesTabActions } from './notes-tab.actions';

/** Notes per page the timeline asks for; "Load more" asks for the next page. */
export const NOTES_PAGE_SIZE = 20;

export interface NoteHistoryState {
  readonly noteId: string | null;
  readonly items: readonly SupportNoteRevision[];
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
}

/** One client's support notes, newest first, as far as the user has paged. */
export interface NotesState extends EntityState<SupportNote> {
  readonly clientId: string | null;
  /** The last page loaded (0 before the first). */
  readonly page: number;
  readonly total: number;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly saveStatus: SaveStatus;
  readonly saveError: ProblemDocument | null;
  readonly conflict: NoteConflict | null;
  readonly history: NoteHistoryState;
}

/** The server's order: newest note date first, then newest note (ids are time-ordered). */
const newestFirst = (a: SupportNote, b: SupportNote) =>
  b.noteDate.localeCompare(a.noteDate) || b.id.localeCompare(a.id);

export const notesAdapter = createEntityAdapter<SupportNote>({ sortComparer: newestFirst });

const noHistory: NoteHistoryState = { noteId: null, items: [], status: 'idle', error: null };

export const initialNotesState: NotesState = notesAdapter.getInitialState({
  clientId: null,
  page: 0,
  total: 0,
  loadStatus: 'idle',
  loadError: null,
  saveStatus: 'idle',
  saveError: null,
  conflict: null,
  history: noHistory,
});

const idleSave = { saveStatus: 'idle', saveError: null, conflict: null } as const;

export const notesFeature = createFeature({
  name: 'notes',
  reducer: createReducer(
    initialNotesState,
    // Opening the tab starts the timeline again from its newest page.
    on(NotesTabActions.opened, (state, { clientId }): NotesState => ({
      ...(state.clientId === clientId ? state : { ...initialNotesState, clientId }),
      page: 0,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(NotesTabActions.retryClicked, NotesTabActions.loadMoreClicked, (state): NotesState => ({
      ...state,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(NotesApiActions.notesLoaded, (state, { clientId, page }): NotesState => {
      if (clientId !== state.clientId) {
        return state;
      }
      const changes = {
        page: page.page,
        total: page.total,
        loadStatus: 'loaded',
        loadError: null,
      } as const;
      return page.page === 1
        ? notesAdapter.setAll([...page.items], { ...state, ...changes })
        : notesAdapter.upsertMany([...page.items], { ...state, ...changes });
    }),
    on(NotesApiActions.notesLoadFailed, (state, { clientId, problem }): NotesState =>
      clientId === state.clientId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(NoteDialogActions.opened, (state): NotesState => ({ ...state, ...idleSave })),
    on(
      NoteDialogActions.createSubmitted,
      NoteDialogActions.amendSubmitted,
      (state): NotesState => ({ ...state, saveStatus: 'saving', saveError: null, conflict: null }),
    ),
    on(NotesApiActions.noteCreated, (state, { note }): NotesState =>
      notesAdapter.upsertOne(note, {
        ...state,
        total: state.total + 1,
        saveStatus: 'saved',
        saveError: null,
        conflict: null,
      }),
    ),
    on(NotesApiActions.noteAmended, (state, { note }): NotesState =>
      notesAdapter.upsertOne(note, {
        ...state,
        saveStatus: 'saved',
        saveError: null,
        conflict: null,
      }),
    ),
    on(NotesApiActions.noteSaveFailed, (state, { problem }): NotesState => ({
      ...state,
      saveStatus: 'failed',
      saveError: problem,
    })),
    on(NotesApiActions.noteSaveConflicted, (state, { conflict }): NotesState => ({
      ...state,
      saveStatus: 'conflicted',
      saveError: null,
      conflict,
    })),
    on(NoteDialogActions.conflictDiscarded, (state, { current }): NotesState =>
      notesAdapter.upsertOne(current, { ...state, ...idleSave }),
    ),
    on(
      NoteHistoryDialogActions.opened,
      NoteHistoryDialogActions.retryClicked,
      (state, { noteId }): NotesState => ({
        ...state,
        history: { noteId, items: [], status: 'loading', error: null },
      }),
    ),
    on(NotesApiActions.historyLoaded, (state, { noteId, items }): NotesState =>
      noteId === state.history.noteId
        ? { ...state, history: { noteId, items, status: 'loaded', error: null } }
        : state,
    ),
    on(NotesApiActions.historyLoadFailed, (state, { noteId, problem }): NotesState =>
      noteId === state.history.noteId
        ? { ...state, history: { ...state.history, status: 'failed', error: problem } }
        : state,
    ),
  ),
  extraSelectors: ({
    selectNotesState,
    selectTotal,
    selectLoadStatus,
    selectLoadError,
    selectPage,
  }) => {
    const { selectAll } = notesAdapter.getSelectors(selectNotesState);
    const selectCanWrite = createSelector(
      authFeature.selectUser,
      (user) => user?.role === 'therapist',
    );
    return {
      selectNotes: selectAll,
      selectCanWrite,
      selectNotesViewModel: createSelector(
        selectAll,
        selectTotal,
        selectPage,
        selectLoadStatus,
        selectLoadError,
        selectCanWrite,
        (notes, total, page, status, error, canWrite) => ({
          notes,
          total,
          canWrite,
          /** The first page is on its way: nothing to show yet. */
          loading: (status === 'loading' || status === 'idle') && page === 0,
          /** A further page is on its way: the timeline stays. */
          loadingMore: status === 'loading' && page > 0,
          error: status === 'failed' ? error : null,
          empty: status === 'loaded' && total === 0,
          hasMore: notes.length < total,
        }),
      ),
    };
  },
});
