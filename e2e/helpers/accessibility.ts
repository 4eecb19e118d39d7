import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails on any serious or critical axe-core violation of WCAG 2.x A/AA on the current page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // axe reads colours as painted: a hint fading in, or a panel fading out, fails contrast half-way.
  // Finite animations are let finish first (spinners and progress bars run forever and are skipped).
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page })
    // Legacy mode runs axe in the page itself. The default assembles frame results in a fresh blank
    // page on every call, which cost half of each check here (2.5 s → 0.9 s a call, measured on the
    // phone journey); the app has no cross-origin frames, the one case legacy mode does not cover.
    .setLegacyMode(true)
    // Only violations are read: axe skips collecting every passing node (a quarter of the time).
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, 'serious or critical accessibility violations').toEqual([]);
}
