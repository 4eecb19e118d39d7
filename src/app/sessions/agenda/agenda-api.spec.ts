import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { AgendaApi } from './agenda-api';
import { agendaEntryNumber } from './testing/agenda-fixtures';

describe('AgendaApi', () => {
  it('loads the sessions between two dates, showing its own problems', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const entry = agendaEntryNumber(1);
    let answer: unknown;

    TestBed.inject(AgendaApi)
      .loadAgenda({ from: '2026-12-02', to: '2026-12-09' })
      .subscribe((items) => (answer = items));

    const call = backend.expectOne({
      method: 'GET',
      url: '/api/v1/sessions/agenda?from=2026-12-02&to=2026-12-09',
    });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush({ items: [entry] });
    expect(answer).toEqual([entry]);
    backend.verify();
  });
});
