import { HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { SessionActivity } from './session-activity';

/** Records each successful API answer as activity for the idle watcher. */
export const sessionActivityInterceptor: HttpInterceptorFn = (request, next) => {
  const activity = inject(SessionActivity);
  return next(request).pipe(
    tap((event) => {
      if (event instanceof HttpResponse && request.url.startsWith('/api/')) {
        activity.record();
      }
    }),
  );
};
