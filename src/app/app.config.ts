import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { isDevMode, provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { routes } from './app.routes';
import { AUTH_STATE_PROVIDERS } from './core/auth/auth.providers';
import { problemSnackbarInterceptor } from './core/auth/problem-snackbar.interceptor';
import { sessionActivityInterceptor } from './core/auth/session-activity.interceptor';
import { unauthorizedInterceptor } from './core/auth/unauthorized.interceptor';
import { PageTitleStrategy } from './core/layout/page-title-strategy';
import { TWO_FACTOR_STATE_PROVIDERS } from './core/two-factor/two-factor.providers';

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
    AUTH_STATE_PROVIDERS,
    TWO_FACTOR_STATE_PROVIDERS,
    provideRouterStore(),
    isDevMode() ? provideStoreDevtools({ maxAge: 50, trace: false }) : [],
  ],
};
