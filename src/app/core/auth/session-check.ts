import { inject } from '@angular/core';
import type { SessionUser } from '@domain/accounts/session-info';
import { Store } from '@ngrx/store';
import { filter, map, take, type Observable } from 'rxjs';
import { authFeature, type SessionCheck } from './auth.feature';

/**
 * The session check once the start-up probe has finished; guards wait on it so that a reload of a
 * deep link does not bounce through the sign-in page. Call in an injection context.
 */
export function settledSessionCheck(): Observable<SessionCheck> {
  return inject(Store)
    .select(authFeature.selectSessionCheck)
    .pipe(
      filter((check) => check.settled),
      take(1),
    );
}

/** The signed-in user (or null) once the session check has settled. Call in an injection context. */
export function sessionCheckResult(): Observable<SessionUser | null> {
  return settledSessionCheck().pipe(map((check) => check.user));
}
