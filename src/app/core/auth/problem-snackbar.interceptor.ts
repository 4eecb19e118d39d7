import { HttpContextToken, HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { problemOf } from '../errors/problem-of';
import { Notifier } from '../layout/notifier';

/**
 * Set on requests whose caller shows the problem itself (forms with field errors and their own
 * alert), so the user does not read the same message twice.
 */
export const PROBLEM_SHOWN_BY_CALLER = new HttpContextToken<boolean>(() => false);

/**
 * Tells the user when a request fails: the problem's title and detail in a snack bar. A 401 is
 * left to the unauthorized interceptor, which leads to the sign-in page.
 */
export const problemSnackbarInterceptor: HttpInterceptorFn = (request, next) => {
  const notifier = inject(Notifier);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status !== 401 &&
        (error.status === 0 || error.status >= 400) &&
        !request.context.get(PROBLEM_SHOWN_BY_CALLER)
      ) {
        const problem = problemOf(error);
        const message = problem.detail ? `${problem.title}: ${problem.detail}` : problem.title;
        void notifier.show(message, 'assertive');
      }
      return throwError(() => error);
    }),
  );
};
