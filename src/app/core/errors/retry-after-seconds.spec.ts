import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { retryAfterSecondsOf } from './retry-after-seconds';

describe('retryAfterSecondsOf', () => {
  const errorWith = (retryAfter: string) =>
    new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': retryAfter }) });

  it('reads delta-seconds', () => {
    expect(retryAfterSecondsOf(errorWith('120'))).toBe(120);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');

    expect(retryAfterSecondsOf(errorWith('Thu, 01 Jan 2026 10:05:00 GMT'), now)).toBe(300);
  });

  it('is null without the header', () => {
    expect(retryAfterSecondsOf(new HttpErrorResponse({ status: 429 }))).toBeNull();
  });
});
