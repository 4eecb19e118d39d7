import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';

// Every journey leans on this check; it is tuned for speed (axe added once per document, violations
// only), so this shows it still fails on the violations it exists to catch.
test('the accessibility check fails on an unnamed button, an image without alt text and low contrast', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><head><title>Check</title></head><body><main><button></button><img src="data:," width="4" height="4">' +
      '<p style="color:#ddd;background:#fff">faint</p></main></body></html>',
  );
  const failure = await failureOf(expectNoSeriousA11yViolations(page));
  expect(failure).toContain('button-name');
  expect(failure).toContain('image-alt');
  expect(failure).toContain('color-contrast');
});

// axe stays in the document between checks: a later check must read the page as it is then.
test('a second check in the same document sees what changed since the first', async ({ page }) => {
  await page.setContent('<html lang="en"><head><title>Check</title></head><body><main><button>Save</button></main></body></html>');
  await expectNoSeriousA11yViolations(page);
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button></button>'));
  expect(await failureOf(expectNoSeriousA11yViolations(page))).toContain('button-name');
});

const failureOf = (check: Promise<void>) =>
  check.then(
    () => null,
    (error: Error) => error.message,
  );
