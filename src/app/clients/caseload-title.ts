import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';

/** A therapist reads their own caseload; a supervisor reads the team's. */
export const caseloadTitle: ResolveFn<string> = () =>
  inject(Store).selectSignal(authFeature.selectUser)()?.role === 'supervisor' ? 'Team caseload' : 'My caseload';
