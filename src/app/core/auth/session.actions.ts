import { createActionGroup, emptyProps } from '@ngrx/store';

/** The server no longer honours the session: it answered 401, or the idle timeout passed. */
export const SessionActions = createActionGroup({
  source: 'Session',
  events: {
    Ended: emptyProps(),
  },
});
