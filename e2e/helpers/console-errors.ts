import { expect, type Page } from '@playwright/test';

/**
 * Collects console errors and CSP violations for the page's life; `expectNone()` fails the journey
 * if any appeared. 401 answers are expected while signed out and are not console errors of ours.
 */
export function watchConsoleErrors(page: Page): { expectNone(): void } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 401/.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    expectNone: () => expect(errors, 'console errors').toEqual([]),
  };
}
