import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { Notifier } from '../../core/layout/notifier';
import { CLIENT_ID, noteWith, revisionWith } from '../testing/network-fixtures';
import { NoteDialogActions } from './note-dialog.actions';
import { NoteHistoryDialogActions } from './note-history-dialog.actions';
import { NotesApi } from './notes-api';
import { NotesApiActions } from './notes-api.actions';
import { NotesTabActions } from './notes-tab.actions';
import * as effects from './notes.effects';
import { initialNotesState, NOTES_PAGE_SIZE } from './notes.feature';

describe('notes effects', () => {
  let actions$: Observable<Action>;
  let notesApi: jasmine.SpyObj<NotesApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  let store: MockStore;
  const note = noteWith();
  const page = { items: [note], page: 1, pageSize: NOTES_PAGE_SIZE, total: 1 };
  const amendment = { text: 'Corrected', memberIds: [], reason: 'Typo' };

  beforeEach(() => {
    notesApi = jasmine.createSpyObj<NotesApi>('NotesApi', [
      'loadNotes',
      'createNote',
      'amendNote',
      'loadHistory',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: { notes: { ...initialNotesState, clientId: CLIENT_ID } },
        }),
        { provide: NotesApi, useValue: notesApi },
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> =>
    TestBed.runInInjectionContext(effect);

  it('loads the first page when the tab opens', async () => {
    actions$ = of(NotesTabActions.opened({ clientId: CLIENT_ID }));
    notesApi.loadNotes.and.returnValue(of(page));

    expect(await firstValueFrom(run(effects.loadNotes))).toEqual(
      NotesApiActions.notesLoaded({ clientId: CLIENT_ID, page }),
    );
    expect(notesApi.loadNotes).toHaveBeenCalledOnceWith(CLIENT_ID, 1, NOTES_PAGE_SIZE);
  });

  it('loads the page after the last one on "Load more"', async () => {
    store.setState({ notes: { ...initialNotesState, clientId: CLIENT_ID, page: 2 } });
    actions$ = of(NotesTabActions.loadMoreClicked());
    notesApi.loadNotes.and.returnValue(of({ ...page, page: 3 }));

    await firstValueFrom(run(effects.loadNotes));

    expect(notesApi.loadNotes).toHaveBeenCalledOnceWith(CLIENT_ID, 3, NOTES_PAGE_SIZE);
  });

  it('passes on the problem when the notes cannot be loaded', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };
    actions$ = of(NotesTabActions.retryClicked());
    notesApi.loadNotes.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 403, error: problem })),
    );

    expect(await firstValueFrom(run(effects.loadNotes))).toEqual(
      NotesApiActions.notesLoadFailed({ clientId: CLIENT_ID, problem }),
    );
  });

  it('writes a note, and confirms it', async () => {
    const request = {
      noteDate: '2026-11-20',
      text: 'Sister now drives to sessions.',
      memberIds: [],
    };
    actions$ = of(NoteDialogActions.createSubmitted({ clientId: CLIENT_ID, request }));
    notesApi.createNote.and.returnValue(of(note));

    const action = await firstValueFrom(run(effects.createNote));
    expect(action).toEqual(NotesApiActions.noteCreated({ note }));
    expect(notesApi.createNote).toHaveBeenCalledOnceWith(CLIENT_ID, request);

    actions$ = of(action);
    await firstValueFrom(run(effects.confirmNoteSaved));
    expect(notifier.show).toHaveBeenCalledOnceWith('Note added.');
  });

  it('amends a note on its version', async () => {
    const amended = { ...note, text: 'Corrected', amended: true, version: 2 };
    actions$ = of(
      NoteDialogActions.amendSubmitted({
        clientId: CLIENT_ID,
        noteId: note.id,
        amendment,
        version: 1,
      }),
    );
    notesApi.amendNote.and.returnValue(of(amended));

    expect(await firstValueFrom(run(effects.amendNote))).toEqual(
      NotesApiActions.noteAmended({ note: amended }),
    );
    expect(notesApi.amendNote).toHaveBeenCalledOnceWith(CLIENT_ID, note.id, amendment, 1);
  });

  it('hands an amendment on a stale version over as a conflict', async () => {
    const current = { ...note, text: 'Someone else’s wording', version: 2 };
    actions$ = of(
      NoteDialogActions.amendSubmitted({
        clientId: CLIENT_ID,
        noteId: note.id,
        amendment,
        version: 1,
      }),
    );
    notesApi.amendNote.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { type: 'about:blank', title: 'Changed by someone else', status: 409, current },
          }),
      ),
    );

    expect(await firstValueFrom(run(effects.amendNote))).toEqual(
      NotesApiActions.noteSaveConflicted({ conflict: { current, amendment } }),
    );
  });

  it('passes on a refused note', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'text', message: 'Required.' }],
    };
    actions$ = of(
      NoteDialogActions.createSubmitted({
        clientId: CLIENT_ID,
        request: { noteDate: '2026-11-20', text: ' ', memberIds: [] },
      }),
    );
    notesApi.createNote.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 400, error: problem })),
    );

    expect(await firstValueFrom(run(effects.createNote))).toEqual(
      NotesApiActions.noteSaveFailed({ problem }),
    );
  });

  it('loads a note’s history', async () => {
    const items = [revisionWith(), revisionWith({ version: 2, reason: 'Typo' })];
    actions$ = of(NoteHistoryDialogActions.opened({ clientId: CLIENT_ID, noteId: note.id }));
    notesApi.loadHistory.and.returnValue(of(items));

    expect(await firstValueFrom(run(effects.loadHistory))).toEqual(
      NotesApiActions.historyLoaded({ noteId: note.id, items }),
    );
  });

  it('tells the user an amendment keeps the earlier wording', async () => {
    actions$ = of(NotesApiActions.noteAmended({ note }));

    await firstValueFrom(run(effects.confirmNoteSaved).pipe(toArray()));

    expect(notifier.show).toHaveBeenCalledOnceWith(
      'Note amended. The earlier wording stays in its history.',
    );
  });
});
