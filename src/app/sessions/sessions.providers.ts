import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as followUpsEffects from './follow-ups.effects';
import * as saveEffects from './session-saves.effects';
import * as sessionsEffects from './sessions.effects';
import { sessionsFeature } from './sessions.feature';

/**
 * The sessions slice, for any route that shows sessions or their follow-ups (the Sessions tab, the
 * Overview's follow-ups card). Providing it twice is harmless: NgRx keeps one reducer and runs
 * each set of effects once.
 */
export const SESSIONS_STATE_PROVIDERS = [
  provideState(sessionsFeature),
  provideEffects(sessionsEffects, saveEffects, followUpsEffects),
];
