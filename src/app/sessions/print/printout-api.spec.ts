import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { PrintoutApi } from './printout-api';
import { CLIENT_ID, printoutOf, SESSION_ID } from './testing/print-fixtures';

describe('PrintoutApi', () => {
  it('creates a printout of the chosen copy, showing its own problems', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const printout = printoutOf('family');
    let answer: unknown;

    TestBed.inject(PrintoutApi)
      .createPrintout(CLIENT_ID, SESSION_ID, 'family')
      .subscribe((created) => (answer = created));

    const call = backend.expectOne({
      method: 'POST',
      url: `/api/v1/clients/${CLIENT_ID}/sessions/${SESSION_ID}/printouts`,
    });
    expect(call.request.body).toEqual({ copy: 'family' });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush(printout);
    expect(answer).toEqual(printout);
    backend.verify();
  });
});
