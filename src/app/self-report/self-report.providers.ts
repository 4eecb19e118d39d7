import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as selfReportEffects from './self-report.effects';
import { selfReportFeature } from './self-report.feature';
import * as sessionFeedbackEffects from './session-feedback.effects';
import { sessionFeedbackFeature } from './session-feedback.feature';

/** The self-report requests, for a route that shows the Measures tab's panel. */
export const SELF_REPORT_STATE_PROVIDERS = [provideState(selfReportFeature), provideEffects(selfReportEffects)];

/** Family feedback on sessions and its trend, for the Sessions tab's routes. */
export const SESSION_FEEDBACK_STATE_PROVIDERS = [provideState(sessionFeedbackFeature), provideEffects(sessionFeedbackEffects)];
