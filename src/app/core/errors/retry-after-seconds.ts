import { HttpErrorResponse } from '@angular/common/http';

/** Seconds to wait according to a `Retry-After` header (delta-seconds or an HTTP date), if any. */
export function retryAfterSecondsOf(error: unknown, now: number = Date.now()): number | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const header = error.headers.get('Retry-After')?.trim();
  if (!header) {
    return null;
  }
  if (/^\d+$/.test(header)) {
    return Number(header);
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
