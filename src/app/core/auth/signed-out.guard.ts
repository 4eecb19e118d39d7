import { inject } from '@angular/core';
import { Router, type CanMatchFn } from '@angular/router';
import { map } from 'rxjs';
import { sessionCheckResult } from './session-check';

/** The sign-in page is for signed-out users; a signed-in user goes to their home page instead. */
export const signedOutGuard: CanMatchFn = () => {
  const router = inject(Router);
  return sessionCheckResult().pipe(map((user) => (user === null ? true : router.parseUrl('/'))));
};
