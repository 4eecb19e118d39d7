import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SessionActions } from './session.actions';
import { END_SESSION_ON_UNAUTHORIZED, unauthorizedInterceptor } from './unauthorized.interceptor';

describe('unauthorizedInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let dispatch: jasmine.Spy;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
        provideMockStore(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
  });

  afterEach(() => backend.verify());

  function answer401(url: string, context?: HttpContext): jasmine.Spy {
    const failed = jasmine.createSpy('failed');
    http.get(url, { context }).subscribe({ error: failed });
    backend
      .expectOne(url)
      .flush({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    return failed;
  }

  it('ends the session when the API answers 401, and still fails the request', () => {
    const failed = answer401('/api/v1/clients');

    expect(dispatch).toHaveBeenCalledOnceWith(SessionActions.ended());
    expect(failed).toHaveBeenCalledTimes(1);
  });

  it('leaves a 401 alone when the request expects one (sign-in, start-up check)', () => {
    const failed = answer401('/api/v1/auth/sign-in', new HttpContext().set(END_SESSION_ON_UNAUTHORIZED, false));

    expect(dispatch).not.toHaveBeenCalled();
    expect(failed).toHaveBeenCalledTimes(1);
  });

  it('ignores other failures and other hosts', () => {
    http.get('/api/v1/clients').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/clients').flush(null, { status: 403, statusText: 'Forbidden' });
    answer401('/assets/config.json');

    expect(dispatch).not.toHaveBeenCalled();
  });
});
