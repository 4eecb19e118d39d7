import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEventView } from '@domain/audit/audit-event';
import type { Page } from '@domain/common/page';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';
import type { AuditQueryState } from './audit.feature';

const AUDIT_URL = '/api/v1/audit-events';

/** The audit trail endpoint: read-only, as the trail itself is. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQueryState): Observable<Page<AuditEventView>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize).set('outcome', query.outcome);
    for (const key of ['userId', 'action', 'recordType', 'from', 'to'] as const) {
      const value = query[key];
      if (value !== null) {
        params = params.set(key, value);
      }
    }
    // The page shows its own error state.
    return this.http.get<Page<AuditEventView>>(AUDIT_URL, {
      params,
      ...shownByCaller(),
    });
  }
}
