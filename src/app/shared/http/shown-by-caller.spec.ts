import { HttpContext, HttpContextToken } from '@angular/common/http';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { shownByCaller } from './shown-by-caller';

describe('shownByCaller', () => {
  it('keeps the snack bar quiet about the request', () => {
    expect(shownByCaller().context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    expect(new HttpContext().get(PROBLEM_SHOWN_BY_CALLER)).toBeFalse();
  });

  it('keeps what the context already says', () => {
    const OTHER = new HttpContextToken<boolean>(() => true);
    const { context } = shownByCaller(new HttpContext().set(OTHER, false));
    expect(context.get(OTHER)).toBeFalse();
    expect(context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
  });
});
