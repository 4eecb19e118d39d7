import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AgendaQuery } from '@domain/sessions/session-requests';
import type { AgendaEntry } from '@domain/sessions/session-views';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

/** The therapist's sessions across clients; the page shows its own loading and error states. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  /** Sessions starting between two dates (inclusive, UTC days), soonest first. */
  loadAgenda(query: AgendaQuery): Observable<readonly AgendaEntry[]> {
    const params = new HttpParams().set('from', query.from).set('to', query.to);
    return this.http
      .get<{ items: readonly AgendaEntry[] }>('/api/v1/sessions/agenda', {
        params,
        ...shownByCaller(),
      })
      .pipe(map(({ items }) => items));
  }
}
