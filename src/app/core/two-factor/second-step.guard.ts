import { inject } from '@angular/core';
import { Router, type CanMatchFn, type UrlTree } from '@angular/router';
import { map } from 'rxjs';
import type { SessionCheck } from '../auth/auth.feature';
import { settledSessionCheck } from '../auth/session-check';

export const CODE_STEP_URL = '/two-factor';
export const ENROLMENT_URL = '/two-factor/set-up';

/** Where a user who still owes a second step must be; null once fully signed in. */
export function secondStepUrlOf(check: SessionCheck): string | null {
  switch (check.pendingStep) {
    case 'second-factor':
      return CODE_STEP_URL;
    case 'enrolment':
      return ENROLMENT_URL;
    default:
      return null;
  }
}

/**
 * The code prompt is only for a session whose password was right and whose code is owed; the
 * enrolment page also for a fully signed-in user setting two-factor sign-in up by choice. Anyone
 * else goes where they belong: sign-in, their own step, or home.
 */
export function secondStepGuard(page: 'code' | 'enrolment'): CanMatchFn {
  return () => {
    const router = inject(Router);
    return settledSessionCheck().pipe(
      map((check): true | UrlTree => {
        if (check.user === null) {
          return router.parseUrl('/sign-in');
        }
        const owed = secondStepUrlOf(check);
        const wanted = page === 'code' ? CODE_STEP_URL : ENROLMENT_URL;
        if (owed === wanted || (owed === null && page === 'enrolment')) {
          return true;
        }
        return router.parseUrl(owed ?? '/');
      }),
    );
  };
}
