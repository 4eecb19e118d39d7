import type { NetworkView } from '@domain/network/network-view';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { FamilySession } from '@domain/sessions/family-session';
import type { OpenFollowUp, SessionRevision } from '@domain/sessions/session-views';
import { createActionGroup, props } from '@ngrx/store';
import type { SessionConflict, SessionWarning } from './session-edit';

export const SessionsApiActions = createActionGroup({
  source: 'Sessions API',
  events: {
    'Sessions Loaded': props<{ clientId: string; sessions: readonly FamilySession[] }>(),
    'Sessions Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    /** Today's network: who can be invited, with their consent, and who has left it. */
    'Members Loaded': props<{ clientId: string; view: NetworkView }>(),
    'Members Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Session Loaded': props<{ session: FamilySession }>(),
    'Session Load Failed': props<{ sessionId: string; problem: ProblemDocument }>(),
    'Session Planned': props<{ session: FamilySession }>(),
    'Plan Updated': props<{ session: FamilySession }>(),
    'Session Recorded': props<{ session: FamilySession }>(),
    'Save Failed': props<{ problem: ProblemDocument }>(),
    /** The server wants the clinician to see and accept these warnings first. */
    'Save Needs Acknowledgement': props<{ warnings: readonly SessionWarning[] }>(),
    'Save Conflicted': props<{ conflict: SessionConflict }>(),
    'History Loaded': props<{ sessionId: string; items: readonly SessionRevision[] }>(),
    'History Load Failed': props<{ sessionId: string; problem: ProblemDocument }>(),
    'Follow Ups Loaded': props<{ clientId: string; items: readonly OpenFollowUp[] }>(),
    'Follow Ups Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Follow Up Marked Done': props<{ followUpId: string; session: FamilySession }>(),
    'Follow Up Mark Failed': props<{
      clientId: string;
      followUpId: string;
      problem: ProblemDocument;
    }>(),
    /** The session changed meanwhile: the list is reloaded before the user tries again. */
    'Follow Up Mark Conflicted': props<{ clientId: string; followUpId: string }>(),
  },
});
