import type { FamilySession } from '@domain/sessions/family-session';
import { createActionGroup, props } from '@ngrx/store';
import type { SessionRecordFields } from './session-edit';

export const RecordPageActions = createActionGroup({
  source: 'Record Session Page',
  events: {
    Opened: props<{ clientId: string; sessionId: string }>(),
    /** Based on `version`; after a conflict, re-applied on the current version. */
    Submitted: props<{
      clientId: string;
      sessionId: string;
      record: SessionRecordFields;
      version: number;
    }>(),
    'Conflict Discarded': props<{ current: FamilySession }>(),
  },
});
