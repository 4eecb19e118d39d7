import { HttpErrorResponse } from '@angular/common/http';
import { problemOf } from './problem-of';

describe('problemOf', () => {
  it('returns the problem document the server sent', () => {
    const problem = { type: 'about:blank', title: 'Sign-in failed', status: 401, detail: 'Email or password is incorrect.' };
    const error = new HttpErrorResponse({ status: 401, error: problem });

    expect(problemOf(error)).toEqual(problem);
  });

  it('describes a lost connection', () => {
    const problem = problemOf(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));

    expect(problem.status).toBe(0);
    expect(problem.title).toBe('No connection');
  });

  it('describes an answer that is not a problem document', () => {
    const problem = problemOf(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' }));

    expect(problem).toEqual(jasmine.objectContaining({ status: 502, title: 'Bad Gateway' }));
  });
});
