import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NEVER } from 'rxjs';
import { CLOCK, type Clock } from '../time/clock';
import { SessionActivity } from './session-activity';
import { sessionActivityInterceptor } from './session-activity.interceptor';

describe('sessionActivityInterceptor', () => {
  let now: number;
  let http: HttpClient;
  let backend: HttpTestingController;
  let activity: SessionActivity;

  beforeEach(() => {
    now = 1_000_000;
    const clock: Clock = { now: () => now, ticks: () => NEVER };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionActivityInterceptor])),
        provideHttpClientTesting(),
        { provide: CLOCK, useValue: clock },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    activity = TestBed.inject(SessionActivity);
  });

  it('records a successful API answer as activity', () => {
    now += 30_000;
    http.get('/api/v1/auth/me').subscribe();
    backend.expectOne('/api/v1/auth/me').flush({});

    expect(activity.lastAt()).toBe(1_030_000);
  });

  it('does not count failures', () => {
    now += 30_000;
    http.get('/api/v1/auth/me').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/me').flush(null, { status: 500, statusText: 'Server Error' });

    expect(activity.lastAt()).toBe(1_000_000);
  });
});
