import { inject } from '@angular/core';
import type { SupportNote } from '@domain/notes/support-note';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, EMPTY, first, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { Notifier } from '../../core/layout/notifier';
import { saveFailureOf } from '../../shared/versioned-edits/save-failure';
import { NoteDialogActions } from './note-dialog.actions';
import { NoteHistoryDialogActions } from './note-history-dialog.actions';
import { NotesApi } from './notes-api';
import { NotesApiActions } from './notes-api.actions';
import { NotesTabActions } from './notes-tab.actions';
import { NOTES_PAGE_SIZE, notesFeature } from './notes.feature';

/** The first page when the tab opens (or on retry after it failed), the next one on "Load more". */
export const loadNotes = createEffect(
  (actions$ = inject(Actions), store = inject(Store), notesApi = inject(NotesApi)) => {
    return actions$.pipe(
      ofType(NotesTabActions.opened, NotesTabActions.retryClicked, NotesTabActions.loadMoreClicked),
      switchMap(() => store.select(notesFeature.selectNotesState).pipe(first())),
      switchMap(({ clientId, page }) =>
        clientId === null
          ? EMPTY
          : notesApi.loadNotes(clientId, page + 1, NOTES_PAGE_SIZE).pipe(
              map((loaded) => NotesApiActions.notesLoaded({ clientId, page: loaded })),
              catchError((error: unknown) =>
                of(NotesApiActions.notesLoadFailed({ clientId, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

export const createNote = createEffect(
  (actions$ = inject(Actions), notesApi = inject(NotesApi)) => {
    return actions$.pipe(
      ofType(NoteDialogActions.createSubmitted),
      concatMap(({ clientId, request }) =>
        notesApi.createNote(clientId, request).pipe(
          map((note) => NotesApiActions.noteCreated({ note })),
          catchError((error: unknown) =>
            of(NotesApiActions.noteSaveFailed({ problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** An amendment based on a stale version meets the note as it is now; the user then decides. */
export const amendNote = createEffect(
  (actions$ = inject(Actions), notesApi = inject(NotesApi)) => {
    return actions$.pipe(
      ofType(NoteDialogActions.amendSubmitted),
      concatMap(({ clientId, noteId, amendment, version }) =>
        notesApi.amendNote(clientId, noteId, amendment, version).pipe(
          map((note) => NotesApiActions.noteAmended({ note })),
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<SupportNote>(error);
            return of(
              current
                ? NotesApiActions.noteSaveConflicted({ conflict: { current, amendment } })
                : NotesApiActions.noteSaveFailed({ problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadHistory = createEffect(
  (actions$ = inject(Actions), notesApi = inject(NotesApi)) => {
    return actions$.pipe(
      ofType(NoteHistoryDialogActions.opened, NoteHistoryDialogActions.retryClicked),
      switchMap(({ clientId, noteId }) =>
        notesApi.loadHistory(clientId, noteId).pipe(
          map((items) => NotesApiActions.historyLoaded({ noteId, items })),
          catchError((error: unknown) =>
            of(NotesApiActions.historyLoadFailed({ noteId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmNoteSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(NotesApiActions.noteCreated, NotesApiActions.noteAmended),
      tap(
        ({ type }) =>
          void notifier.show(
            type === NotesApiActions.noteCreated.type
              ? 'Note added.'
              : 'Note amended. The earlier wording stays in its history.',
          ),
      ),
    );
  },
  { functional: true, dispatch: false },
);
