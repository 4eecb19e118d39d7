import { inject } from '@angular/core';
import { Router, type CanMatchFn } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { map } from 'rxjs';
import { homeOf } from './role-home';
import { sessionCheckResult } from './session-check';

/** Only the given roles may use the route; anyone else is sent to their own home page. */
export function roleGuard(...allowed: readonly Role[]): CanMatchFn {
  return () => {
    const router = inject(Router);
    return sessionCheckResult().pipe(
      map((user) => {
        if (user === null) {
          return router.parseUrl('/sign-in');
        }
        return allowed.includes(user.role) ? true : router.parseUrl(homeOf(user.role));
      }),
    );
  };
}
