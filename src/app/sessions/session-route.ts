import type { Store } from '@ngrx/store';
import { combineLatest, distinctUntilChanged, filter, map, type Observable } from 'rxjs';
import { selectRouteClientId, selectRouteSessionId } from '../shared/router/route-params.selectors';

export interface SessionRef {
  readonly clientId: string;
  readonly sessionId: string;
}

/** The client and session a page under `clients/:id/sessions/:sessionId` is about, from the router store. */
export function sessionRefOf(store: Store): Observable<SessionRef> {
  return combineLatest([store.select(selectRouteClientId), store.select(selectRouteSessionId)]).pipe(
    filter((ids): ids is [string, string] => ids[0] !== null && ids[1] !== null),
    map(([clientId, sessionId]) => ({ clientId, sessionId })),
    distinctUntilChanged((a, b) => a.clientId === b.clientId && a.sessionId === b.sessionId),
  );
}
