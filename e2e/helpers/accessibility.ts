import { expect, type Page } from '@playwright/test';
import { axeViolations } from './axe-in-page';

/** Fails on any serious or critical axe-core violation of WCAG 2.x A/AA on the current page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // axe reads colours as painted: a hint fading in, or a panel fading out, fails contrast half-way.
  // Finite animations are let finish first (spinners and progress bars run forever and are skipped).
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const serious = (await axeViolations(page))
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, 'serious or critical accessibility violations').toEqual([]);
}
