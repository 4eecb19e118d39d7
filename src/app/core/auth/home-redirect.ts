import type { RedirectFunction } from '@angular/router';
import { map } from 'rxjs';
import { homeOf } from './role-home';
import { sessionCheckResult } from './session-check';

/** `/` leads to the signed-in user's home page: caseload, team dashboard or accounts. */
export const homeRedirect: RedirectFunction = () =>
  sessionCheckResult().pipe(map((user) => (user === null ? '/sign-in' : homeOf(user.role))));
