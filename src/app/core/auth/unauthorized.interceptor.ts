import { HttpContextToken, HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { SessionActions } from './session.actions';

/**
 * Whether a 401 answer to this request means the session has ended. False for sign-in (a 401 there
 * is a wrong password) and for the start-up session check (a 401 there means nobody is signed in).
 */
export const END_SESSION_ON_UNAUTHORIZED = new HttpContextToken<boolean>(() => true);

/** A 401 from the API ends the session in the SPA too; `SessionActions.ended` leads to the sign-in page. */
export const unauthorizedInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        request.url.startsWith('/api/') &&
        request.context.get(END_SESSION_ON_UNAUTHORIZED)
      ) {
        store.dispatch(SessionActions.ended());
      }
      return throwError(() => error);
    }),
  );
};
