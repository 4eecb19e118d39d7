import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only violations are read: axe skips collecting every passing node (a quarter of the time).
  resultTypes: ['violations'],
};

/**
 * axe-core's WCAG 2.x A/AA violations on the page as it is now, axe run in the page itself with its
 * script added once per document (a journey's checks mostly happen in one document: the SPA
 * navigates without reloading). @axe-core/playwright added the 550 kB script and configured axe
 * again on every check: about 0.8 s a check, against 0.5 s this way. The app has no frames, the one
 * thing that wrapper adds.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
    RUN_OPTIONS,
  );
  return results.violations;
}
