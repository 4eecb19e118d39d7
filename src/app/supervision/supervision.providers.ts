import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as teamDashboardEffects from './team-dashboard.effects';
import { teamDashboardFeature } from './team-dashboard.feature';
import { therapistCaseloadFeature } from './therapist-caseload.feature';

/** The team dashboard and a therapist's caseload as their supervisor sees it. */
export const SUPERVISION_STATE_PROVIDERS = [
  provideState(teamDashboardFeature),
  provideState(therapistCaseloadFeature),
  provideEffects(teamDashboardEffects),
];
