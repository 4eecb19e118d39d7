import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { CLIENT_ID, noteWith, revisionWith } from '../testing/network-fixtures';
import { NotesApi } from './notes-api';

describe('NotesApi', () => {
  let api: NotesApi;
  let backend: HttpTestingController;
  const base = `/api/v1/clients/${CLIENT_ID}/notes`;
  const note = noteWith();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(NotesApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads a page of the timeline, showing its own problems', () => {
    let answer: unknown;
    api.loadNotes(CLIENT_ID, 2, 20).subscribe((page) => (answer = page));

    const call = backend.expectOne({ method: 'GET', url: `${base}?page=2&pageSize=20` });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush({ items: [note], page: 2, pageSize: 20, total: 21 });
    expect(answer).toEqual({ items: [note], page: 2, pageSize: 20, total: 21 });
  });

  it('writes a note', () => {
    const request = {
      noteDate: '2026-11-20',
      text: 'Sister now drives to sessions.',
      memberIds: [],
    };
    api.createNote(CLIENT_ID, request).subscribe();

    const call = backend.expectOne({ method: 'POST', url: base });
    expect(call.request.body).toEqual(request);
    call.flush(note, { status: 201, statusText: 'Created' });
  });

  it('amends a note on the version it is based on', () => {
    api
      .amendNote(CLIENT_ID, note.id, { text: 'Corrected', memberIds: [], reason: 'Typo' }, 1)
      .subscribe();

    const call = backend.expectOne({ method: 'POST', url: `${base}/${note.id}/amendments` });
    expect(call.request.body).toEqual({
      text: 'Corrected',
      memberIds: [],
      reason: 'Typo',
      version: 1,
    });
  });

  it('loads a note’s history as its list of versions', () => {
    let answer: unknown;
    api.loadHistory(CLIENT_ID, note.id).subscribe((items) => (answer = items));

    backend
      .expectOne({ method: 'GET', url: `${base}/${note.id}/history` })
      .flush({ items: [revisionWith()] });

    expect(answer).toEqual([revisionWith()]);
  });
});
