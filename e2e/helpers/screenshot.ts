import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Saves a full-page screenshot under screenshots/ (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync('screenshots', { recursive: true });
  const path = `screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
