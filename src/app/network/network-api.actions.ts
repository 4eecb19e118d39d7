import type { NetworkMember } from '@domain/network/network-member';
import type { NetworkView } from '@domain/network/network-view';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';
import type { MemberConflict, MemberEdit } from './member-edit';
import type { NetworkClient } from './network-api';

/** The network on two dates side by side: by default at treatment start and today. */
export interface NetworkComparison {
  readonly treatmentStart: string;
  readonly earlier: NetworkView;
  readonly later: NetworkView;
}

export const NetworkApiActions = createActionGroup({
  source: 'Network API',
  events: {
    'Network Loaded': props<{ clientId: string; view: NetworkView }>(),
    'Network Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Client Loaded': props<{ client: NetworkClient }>(),
    'Client Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Comparison Loaded': props<{ clientId: string; comparison: NetworkComparison }>(),
    'Comparison Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Member Saved': props<{ member: NetworkMember; edit: MemberEdit }>(),
    'Member Save Failed': props<{ problem: ProblemDocument }>(),
    'Member Save Conflicted': props<{ conflict: MemberConflict }>(),
    'Reactivate Failed': props<{ problem: ProblemDocument }>(),
  },
});
