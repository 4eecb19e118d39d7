import type { ProblemDocument } from '@domain/problem/problem-document';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { CLIENT_ID, noteNumber, noteWith, revisionWith } from '../testing/network-fixtures';
import { NoteDialogActions } from './note-dialog.actions';
import { NoteHistoryDialogActions } from './note-history-dialog.actions';
import { NotesApiActions } from './notes-api.actions';
import { NotesTabActions } from './notes-tab.actions';
import { initialNotesState, notesAdapter, notesFeature, type NotesState } from './notes.feature';

const { reducer } = notesFeature;
const problem: ProblemDocument = { type: 'about:blank', title: 'No connection', status: 0 };

describe('notes reducer', () => {
  const opened = reducer(initialNotesState, NotesTabActions.opened({ clientId: CLIENT_ID }));
  const older = noteNumber(1, { noteDate: '2026-10-01' });
  const newer = noteNumber(2, { noteDate: '2026-11-01' });
  const firstPage = reducer(
    opened,
    NotesApiActions.notesLoaded({
      clientId: CLIENT_ID,
      page: { items: [newer, older], page: 1, pageSize: 20, total: 3 },
    }),
  );

  it('starts loading the first page when the tab opens', () => {
    expect(opened).toEqual({ ...initialNotesState, clientId: CLIENT_ID, loadStatus: 'loading' });
  });

  it('keeps the notes newest first, with the page reached and the total', () => {
    expect(firstPage).toEqual({
      ...notesAdapter.setAll([newer, older], opened),
      page: 1,
      total: 3,
      loadStatus: 'loaded',
    });
    expect(notesFeature.selectNotes({ notes: firstPage }).map((note) => note.id)).toEqual([
      newer.id,
      older.id,
    ]);
  });

  it('adds the next page to the timeline on "Load more"', () => {
    const oldest = noteNumber(0, { noteDate: '2026-01-01' });
    const more = reducer(firstPage, NotesTabActions.loadMoreClicked());
    const secondPage = reducer(
      more,
      NotesApiActions.notesLoaded({
        clientId: CLIENT_ID,
        page: { items: [oldest], page: 2, pageSize: 20, total: 3 },
      }),
    );

    expect(more).toEqual({ ...firstPage, loadStatus: 'loading' });
    expect(secondPage).toEqual({ ...notesAdapter.addOne(oldest, firstPage), page: 2 });
  });

  it('records a failed load, and ignores answers about another client', () => {
    expect(
      reducer(opened, NotesApiActions.notesLoadFailed({ clientId: CLIENT_ID, problem })),
    ).toEqual({ ...opened, loadStatus: 'failed', loadError: problem });
    expect(
      reducer(opened, NotesApiActions.notesLoadFailed({ clientId: 'other', problem })),
    ).toEqual(opened);
  });

  it('adds a new note to the timeline and counts it', () => {
    const note = noteNumber(3, { noteDate: '2026-11-20' });
    const saving = reducer(
      reducer(firstPage, NoteDialogActions.opened()),
      NoteDialogActions.createSubmitted({
        clientId: CLIENT_ID,
        request: { noteDate: note.noteDate, text: note.text, memberIds: [] },
      }),
    );

    expect(saving).toEqual({ ...firstPage, saveStatus: 'saving' });
    expect(reducer(saving, NotesApiActions.noteCreated({ note }))).toEqual({
      ...notesAdapter.addOne(note, firstPage),
      total: 4,
      saveStatus: 'saved',
    });
  });

  it('replaces an amended note, and keeps a conflict until the user discards their amendment', () => {
    const amendment = { text: 'Corrected', memberIds: [], reason: 'Typo' };
    const saving = reducer(
      firstPage,
      NoteDialogActions.amendSubmitted({
        clientId: CLIENT_ID,
        noteId: newer.id,
        amendment,
        version: 1,
      }),
    );
    const amended = { ...newer, text: 'Corrected', amended: true, version: 2 };
    const conflicted = reducer(
      saving,
      NotesApiActions.noteSaveConflicted({ conflict: { current: amended, amendment } }),
    );

    expect(reducer(saving, NotesApiActions.noteAmended({ note: amended }))).toEqual({
      ...notesAdapter.upsertOne(amended, firstPage),
      saveStatus: 'saved',
    });
    expect(conflicted).toEqual({
      ...firstPage,
      saveStatus: 'conflicted',
      conflict: { current: amended, amendment },
    });
    expect(reducer(conflicted, NoteDialogActions.conflictDiscarded({ current: amended }))).toEqual(
      notesAdapter.upsertOne(amended, firstPage),
    );
    expect(reducer(saving, NotesApiActions.noteSaveFailed({ problem }))).toEqual({
      ...firstPage,
      saveStatus: 'failed',
      saveError: problem,
    });
  });

  it('loads one note’s history at a time', () => {
    const asked = reducer(
      firstPage,
      NoteHistoryDialogActions.opened({ clientId: CLIENT_ID, noteId: newer.id }),
    );
    const items = [revisionWith(), revisionWith({ version: 2, text: 'Corrected', reason: 'Typo' })];

    expect(asked.history).toEqual({ noteId: newer.id, items: [], status: 'loading', error: null });
    expect(
      reducer(asked, NotesApiActions.historyLoaded({ noteId: newer.id, items })).history,
    ).toEqual({ noteId: newer.id, items, status: 'loaded', error: null });
    expect(reducer(asked, NotesApiActions.historyLoaded({ noteId: older.id, items }))).toEqual(
      asked,
    );
    expect(
      reducer(asked, NotesApiActions.historyLoadFailed({ noteId: newer.id, problem })).history,
    ).toEqual({ noteId: newer.id, items: [], status: 'failed', error: problem });
  });
});

describe('notes selectors', () => {
  const state = (notes: Partial<NotesState>, role: 'therapist' | 'supervisor' = 'therapist') => ({
    ...signedInState(sessionInfoFor(role)),
    notes: { ...initialNotesState, clientId: CLIENT_ID, ...notes },
  });

  it('let only therapists write', () => {
    expect(notesFeature.selectCanWrite(state({}))).toBeTrue();
    expect(notesFeature.selectCanWrite(state({}, 'supervisor'))).toBeFalse();
  });

  it('tell the first load from loading more, and offer more while the timeline is incomplete', () => {
    const loaded = notesAdapter.setAll([noteWith()], {
      ...initialNotesState,
      clientId: CLIENT_ID,
      page: 1,
      total: 2,
      loadStatus: 'loaded' as const,
    });

    expect(notesFeature.selectNotesViewModel(state({ loadStatus: 'loading' }))).toEqual(
      jasmine.objectContaining({ loading: true, loadingMore: false }),
    );
    expect(notesFeature.selectNotesViewModel(state({ ...loaded, loadStatus: 'loading' }))).toEqual(
      jasmine.objectContaining({ loading: false, loadingMore: true }),
    );
    expect(notesFeature.selectNotesViewModel(state(loaded))).toEqual(
      jasmine.objectContaining({ hasMore: true, empty: false }),
    );
    expect(notesFeature.selectNotesViewModel(state({ loadStatus: 'loaded' }))).toEqual(
      jasmine.objectContaining({ empty: true, hasMore: false }),
    );
  });
});
