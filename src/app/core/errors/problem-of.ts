import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { isProblemDocument } from '@domain/problem/problem-guard';

/**
 * The problem document behind a failed request. The server always answers errors with one; a proxy,
 * a lost connection or a bug in the SPA may not, so those get a document of their own.
 */
export function problemOf(error: unknown): ProblemDocument {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      type: 'about:blank',
      title: 'Something went wrong',
      status: 0,
      detail: 'CareCircle ran into an unexpected problem. Reload the page and try again.',
    };
  }
  if (isProblemDocument(error.error)) {
    return error.error;
  }
  if (error.status === 0) {
    return {
      type: 'about:blank',
      title: 'No connection',
      status: 0,
      detail: 'CareCircle could not reach the server. Check the connection and try again.',
    };
  }
  return {
    type: 'about:blank',
    title: error.statusText || 'Request failed',
    status: error.status,
    detail: `The server answered with status ${error.status}. Try again in a moment.`,
  };
}
