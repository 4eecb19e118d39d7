import { test as base } from '@playwright/test';
import { mainServerUrl } from '../../playwright.config';

export * from '@playwright/test';

/**
 * Playwright's `test`, with each worker talking to its own server and demo clinic (see
 * playwright.config.ts): journeys run two at a time without one changing what another reads.
 */
export const test = base.extend<object, { workerServerUrl: string }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  workerServerUrl: [async ({}, use, workerInfo) => use(mainServerUrl(workerInfo.parallelIndex)), { scope: 'worker' }],
  baseURL: async ({ workerServerUrl }, use) => use(workerServerUrl),
});

/** The SQLite file behind the server a page talks to (journeys that move a date the UI cannot). */
export function databaseFileOf(serverUrl: string): string {
  return `test-results/e2e-${new URL(serverUrl).port}.db`;
}
