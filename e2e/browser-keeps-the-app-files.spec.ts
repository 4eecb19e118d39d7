import { expect, test } from './helpers/journey';
import { DEMO } from './helpers/demo-accounts';
import { signIn } from './helpers/sign-in';

/**
 * The server keeps only content-named files for good (server/plugins/spa.ts). This reads what the
 * real production build's pages load, so a change in how the build names its files (the chunk
 * optimiser's hashes hold "-" and "_") cannot quietly make every repeat visit download the app again.
 */
test('a repeat visit may reuse every script, style and font of the caseload and a client page, while the page itself and the favicon are asked for again', async ({ page }) => {
  const cacheControl = new Map<string, string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.request().method() === 'GET' && !path.startsWith('/api/')) {
      cacheControl.set(path, response.headers()['cache-control'] ?? '(none)');
    }
  });

  await signIn(page, DEMO.therapist);
  await page.goto('/caseload');
  const firstClient = page.locator('main a.name').first();
  await expect(firstClient).toBeVisible();
  await firstClient.click();
  await expect(page.locator('h1.name')).toBeVisible();
  await page.waitForLoadState('networkidle');

  const files = [...cacheControl].filter(([path]) => /\.(js|css|woff2)$/.test(path));
  expect(files.length, 'scripts, styles and fonts seen').toBeGreaterThan(20);
  for (const [path, header] of files) {
    expect(header, path).toBe('public, max-age=31536000, immutable');
  }
  expect(cacheControl.get('/caseload'), 'the page').toBe('no-store');
  const favicon = [...cacheControl].find(([path]) => path.startsWith('/favicon.'));
  expect(favicon, 'a favicon request').toBeDefined();
  expect(favicon![1], favicon![0]).toBe('no-cache');
});
