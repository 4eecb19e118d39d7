import { HttpContext } from '@angular/common/http';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';

/**
 * Request options for a call whose failure the page or dialog shows itself (inline, beside the
 * form), so the snack bar stays quiet about it. Spread into options that carry more: `{ params, ...shownByCaller() }`.
 */
export function shownByCaller(context = new HttpContext()): { context: HttpContext } {
  return { context: context.set(PROBLEM_SHOWN_BY_CALLER, true) };
}
