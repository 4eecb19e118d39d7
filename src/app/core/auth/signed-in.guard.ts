import { inject } from '@angular/core';
import { Router, type CanMatchFn } from '@angular/router';
import { map } from 'rxjs';
import { secondStepUrlOf } from '../two-factor/second-step.guard';
import { settledSessionCheck } from './session-check';

export const CHANGE_PASSWORD_PATH = 'change-password';

/**
 * Lets signed-in users in; others go to the sign-in page. A user who still owes the second sign-in
 * step goes to it first, and one who must change the password to the change-password page.
 */
export const signedInGuard: CanMatchFn = (_route, segments) => {
  const router = inject(Router);
  return settledSessionCheck().pipe(
    map((check) => {
      const user = check.user;
      if (user === null) {
        return router.parseUrl('/sign-in');
      }
      const secondStepUrl = secondStepUrlOf(check);
      if (secondStepUrl !== null) {
        return router.parseUrl(secondStepUrl);
      }
      const toChangePassword = segments.length === 1 && segments[0].path === CHANGE_PASSWORD_PATH;
      if (user.mustChangePassword && !toChangePassword) {
        return router.parseUrl(`/${CHANGE_PASSWORD_PATH}`);
      }
      return true;
    }),
  );
};
