import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Notifier } from '../layout/notifier';
import { PROBLEM_SHOWN_BY_CALLER, problemSnackbarInterceptor } from './problem-snackbar.interceptor';

describe('problemSnackbarInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(() => {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemSnackbarInterceptor])),
        provideHttpClientTesting(),
        { provide: Notifier, useValue: notifier },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function fail(status: number, context?: HttpContext): void {
    http.post('/api/v1/clients', {}, { context }).subscribe({ error: () => undefined });
    backend
      .expectOne('/api/v1/clients')
      .flush(
        { type: 'about:blank', title: 'Not allowed', status, detail: 'You may not change this record.' },
        { status, statusText: 'Error' },
      );
  }

  it('shows the problem title and detail', () => {
    fail(403);

    expect(notifier.show).toHaveBeenCalledOnceWith('Not allowed: You may not change this record.', 'assertive');
  });

  it('says nothing about a 401, which leads to the sign-in page instead', () => {
    fail(401);

    expect(notifier.show).not.toHaveBeenCalled();
  });

  it('says nothing when the caller shows the problem itself', () => {
    fail(400, new HttpContext().set(PROBLEM_SHOWN_BY_CALLER, true));

    expect(notifier.show).not.toHaveBeenCalled();
  });

  it('says nothing when the request succeeds', () => {
    http.get('/api/v1/clients').subscribe();
    backend.expectOne('/api/v1/clients').flush([]);

    expect(notifier.show).not.toHaveBeenCalled();
  });
});
