import { inject } from '@angular/core';
import type { SessionUser } from '@domain/accounts/session-info';
import { Store } from '@ngrx/store';
import { filter, map, take, type Observable } from 'rxjs';
import { authFeature } from './auth.feature';

/**
 * The signed-in user (or null) once the start-up session check has finished; guards wait on it so
 * that a reload of a deep link does not bounce through the sign-in page. Call in an injection context.
 */
export function sessionCheckResult(): Observable<SessionUser | null> {
  return inject(Store)
    .select(authFeature.selectSessionCheck)
    .pipe(
      filter((check) => check.settled),
      take(1),
      map((check) => check.user),
    );
}
