import type { SessionInfo } from '@domain/accounts/session-info';
import type { TwoFactorEnrolment, TwoFactorStatus } from '@domain/accounts/two-factor';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const TwoFactorApiActions = createActionGroup({
  source: 'Two-factor API',
  events: {
    'Status Loaded': props<{ status: TwoFactorStatus }>(),
    'Status Load Failed': props<{ problem: ProblemDocument }>(),
    'Enrolment Started': props<{ enrolment: TwoFactorEnrolment }>(),
    'Enrolment Start Failed': props<{ problem: ProblemDocument }>(),
    /** The recovery codes are kept in the store only until the user says they saved them. */
    'Enrolment Confirmed': props<{ recoveryCodes: readonly string[]; sessionInfo: SessionInfo }>(),
    'Enrolment Confirm Failed': props<{ problem: ProblemDocument; retryAfterSeconds: number | null }>(),
    'Code Accepted': props<{ sessionInfo: SessionInfo }>(),
    'Code Refused': props<{ problem: ProblemDocument; retryAfterSeconds: number | null }>(),
    'Recovery Codes Regenerated': props<{ recoveryCodes: readonly string[] }>(),
    'Recovery Codes Regenerate Failed': props<{ problem: ProblemDocument; retryAfterSeconds: number | null }>(),
  },
});
