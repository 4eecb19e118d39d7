import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as agendaEffects from './agenda.effects';
import { agendaFeature } from './agenda.feature';

/** The agenda slice, for the `agenda` route. */
export const AGENDA_STATE_PROVIDERS = [provideState(agendaFeature), provideEffects(agendaEffects)];
