import { expect, type Page } from '@playwright/test';

/**
 * Collects console errors and CSP violations for the page's life; `expectNone()` fails the journey
 * if any appeared (failed requests included: the SPA's start-up probe answers 200 when signed out).
 */
export function watchConsoleErrors(page: Page): { expectNone(): void } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    expectNone: () => expect(errors, 'console errors').toEqual([]),
  };
}
