import type { Account } from '@domain/accounts/account';
import type { AuditEventView } from '@domain/audit/audit-event';
import type { Page } from '@domain/common/page';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    'Events Loaded': props<{ page: Page<AuditEventView> }>(),
    'Events Load Failed': props<{ problem: ProblemDocument }>(),
    'Users Loaded': props<{ users: readonly Account[] }>(),
    'Users Load Failed': props<{ problem: ProblemDocument }>(),
  },
});
