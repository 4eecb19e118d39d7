import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page } from '@domain/common/page';
import type { SupportNote, SupportNoteRevision } from '@domain/notes/support-note';
import type { CreateSupportNoteRequest } from '@domain/notes/support-note-requests';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';
import type { NoteAmendment } from './note-edit';

const notesUrl = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/notes`;

/** The support-note endpoints: a timeline that is amended, never silently changed. */
@Injectable({ providedIn: 'root' })
export class NotesApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  loadNotes(clientId: string, page: number, pageSize: number): Observable<Page<SupportNote>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<SupportNote>>(notesUrl(clientId), { params, ...shownByCaller() });
  }

  createNote(clientId: string, request: CreateSupportNoteRequest): Observable<SupportNote> {
    return this.http.post<SupportNote>(notesUrl(clientId), request, shownByCaller());
  }

  /** Based on `version`; a stale version answers 409 with the note as it is now. */
  amendNote(
    clientId: string,
    noteId: string,
    amendment: NoteAmendment,
    version: number,
  ): Observable<SupportNote> {
    return this.http.post<SupportNote>(
      `${notesUrl(clientId)}/${encodeURIComponent(noteId)}/amendments`,
      { ...amendment, version },
      shownByCaller(),
    );
  }

  /** Every version of a note, the original (version 1) first. */
  loadHistory(clientId: string, noteId: string): Observable<readonly SupportNoteRevision[]> {
    return this.http
      .get<{ items: readonly SupportNoteRevision[] }>(
        `${notesUrl(clientId)}/${encodeURIComponent(noteId)}/history`,
        shownByCaller(),
      )
      .pipe(map(({ items }) => items));
  }
}
