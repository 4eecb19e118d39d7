import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as notesEffects from './notes.effects';
import { notesFeature } from './notes.feature';

/** The support notes slice, for the Notes tab (which also needs the network slice: notes tag members). */
export const NOTES_STATE_PROVIDERS = [provideState(notesFeature), provideEffects(notesEffects)];
