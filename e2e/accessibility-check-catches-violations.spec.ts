import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';

// Every journey leans on this check; it is tuned for speed (legacy mode, violations only), so this
// shows it still fails on the violations it exists to catch.
test('the accessibility check fails on an unnamed button, an image without alt text and low contrast', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><head><title>Check</title></head><body><main><button></button><img src="data:," width="4" height="4">' +
      '<p style="color:#ddd;background:#fff">faint</p></main></body></html>',
  );
  const failure = await expectNoSeriousA11yViolations(page).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toContain('button-name');
  expect(failure).toContain('image-alt');
  expect(failure).toContain('color-contrast');
});
