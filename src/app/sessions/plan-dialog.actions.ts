import type { FamilySession } from '@domain/sessions/family-session';
import type { PlanSessionRequest } from '@domain/sessions/session-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const PlanDialogActions = createActionGroup({
  source: 'Plan Session Dialog',
  events: {
    Opened: emptyProps(),
    /** A new session (`sessionId` null), or a re-plan based on `version`. */
    Submitted: props<{
      clientId: string;
      sessionId: string | null;
      plan: PlanSessionRequest;
      version: number | null;
    }>(),
    'Conflict Discarded': props<{ current: FamilySession }>(),
  },
});
