import type { SessionInfo } from '@domain/accounts/session-info';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Session Restored': props<{ sessionInfo: SessionInfo }>(),
    'Session Not Found': emptyProps(),
    'Session Check Failed': props<{ problem: ProblemDocument }>(),
    'Sign In Succeeded': props<{ sessionInfo: SessionInfo }>(),
    'Sign In Failed': props<{ problem: ProblemDocument; retryAfterSeconds: number | null }>(),
    'Sign Out Succeeded': emptyProps(),
    'Sign Out Failed': props<{ problem: ProblemDocument }>(),
    'Session Refreshed': props<{ sessionInfo: SessionInfo }>(),
    'Session Refresh Failed': props<{ problem: ProblemDocument }>(),
    'Password Changed': props<{ sessionInfo: SessionInfo }>(),
    'Password Change Failed': props<{ problem: ProblemDocument }>(),
  },
});
