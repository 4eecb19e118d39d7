import type { TwoFactorPolicy } from '@domain/accounts/two-factor';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const TwoFactorPolicyApiActions = createActionGroup({
  source: 'Two-factor Policy API',
  events: {
    'Policy Loaded': props<{ policy: TwoFactorPolicy }>(),
    'Policy Load Failed': props<{ problem: ProblemDocument }>(),
    'Policy Saved': props<{ policy: TwoFactorPolicy }>(),
    /** `current`: the policy as it is now, when the change was based on an old version. */
    'Policy Save Failed': props<{ problem: ProblemDocument; current: TwoFactorPolicy | null }>(),
  },
});
