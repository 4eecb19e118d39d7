import type { ActivatedRoute } from '@angular/router';
import { combineLatest, distinctUntilChanged, filter, map, type Observable } from 'rxjs';
import { clientIdOf } from '../shared/router/client-id-of';

export interface SessionRef {
  readonly clientId: string;
  readonly sessionId: string;
}

/** The client and session a page under `clients/:id/sessions/:sessionId` is about. */
export function sessionRefOf(route: ActivatedRoute): Observable<SessionRef> {
  return combineLatest([
    clientIdOf(route),
    route.paramMap.pipe(
      map((params) => params.get('sessionId')),
      filter((id): id is string => id !== null && id !== ''),
    ),
  ]).pipe(
    map(([clientId, sessionId]) => ({ clientId, sessionId })),
    distinctUntilChanged((a, b) => a.clientId === b.clientId && a.sessionId === b.sessionId),
  );
}
