import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PrintoutRequest } from '@domain/sessions/session-requests';
import type { SessionPrintout } from '@domain/sessions/session-views';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

/**
 * Printouts of a family session. Creating one records the disclosure in the audit trail, and the
 * server cuts the family copy, so clinical-only text never reaches a page meant for the family.
 */
@Injectable({ providedIn: 'root' })
export class PrintoutApi {
  private readonly http = inject(HttpClient);

  createPrintout(
    clientId: string,
    sessionId: string,
    copy: PrintoutRequest['copy'],
  ): Observable<SessionPrintout> {
    const url = `/api/v1/clients/${encodeURIComponent(clientId)}/sessions/${encodeURIComponent(sessionId)}/printouts`;
    const body: PrintoutRequest = { copy };
    return this.http.post<SessionPrintout>(url, body, {
      ...shownByCaller(),
    });
  }
}
