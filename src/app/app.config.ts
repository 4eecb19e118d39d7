import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState, provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { routes } from './app.routes';
import * as authEffects from './core/auth/auth.effects';
import { authFeature } from './core/auth/auth.feature';
import { problemSnackbarInterceptor } from './core/auth/problem-snackbar.interceptor';
import { sessionActivityInterceptor } from './core/auth/session-activity.interceptor';
import { unauthorizedInterceptor } from './core/auth/unauthorized.interceptor';
import { PageTitleStrategy } from './core/layout/page-title-strategy';
import * as twoFactorEffects from './core/two-factor/two-factor.effects';
import { twoFactorFeature } from './core/two-factor/two-factor.feature';

/**
 * The production build defines `ngDevMode` as false, so the devtools branch and its 11 kB package
 * drop out of the bundle; `isDevMode()` is a run-time call and kept both.
 */
declare const ngDevMode: unknown;
const devTools = typeof ngDevMode === 'undefined' || ngDevMode ? [provideStoreDevtools({ maxAge: 50, trace: false })] : [];

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useExisting: PageTitleStrategy },
    provideHttpClient(
      withInterceptors([sessionActivityInterceptor, unauthorizedInterceptor, problemSnackbarInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideStore({ router: routerReducer }),
    provideState(authFeature),
    // Two-factor pages live both outside the shell (the sign-in step) and inside it (the account page).
    provideState(twoFactorFeature),
    provideEffects(authEffects, twoFactorEffects),
    provideRouterStore(),
    ...devTools,
  ],
};
