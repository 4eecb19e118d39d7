import { expect, type Page } from '@playwright/test';

/**
 * Collects console errors and CSP violations for the page's life; `expectNone()` fails the journey
 * if any appeared (failed requests included: the SPA's start-up probe answers 200 when signed out).
 */
export function watchConsoleErrors(page: Page): { expectNone(expected?: readonly RegExp[]): void } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    /** `expected`: messages a journey provokes on purpose (Chromium logs each 4xx answer as an error). */
    expectNone: (expected: readonly RegExp[] = []) =>
      expect(errors.filter((error) => !expected.some((pattern) => pattern.test(error))), 'console errors').toEqual([]),
  };
}
