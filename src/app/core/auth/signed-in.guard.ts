import { inject } from '@angular/core';
import { Router, type CanMatchFn } from '@angular/router';
import { map } from 'rxjs';
import { sessionCheckResult } from './session-check';

export const CHANGE_PASSWORD_PATH = 'change-password';

/**
 * Lets signed-in users in; others go to the sign-in page. A user who must change the password is
 * sent to the change-password page first, whatever they asked for.
 */
export const signedInGuard: CanMatchFn = (_route, segments) => {
  const router = inject(Router);
  return sessionCheckResult().pipe(
    map((user) => {
      if (user === null) {
        return router.parseUrl('/sign-in');
      }
      const toChangePassword = segments.length === 1 && segments[0].path === CHANGE_PASSWORD_PATH;
      if (user.mustChangePassword && !toChangePassword) {
        return router.parseUrl(`/${CHANGE_PASSWORD_PATH}`);
      }
      return true;
    }),
  );
};
