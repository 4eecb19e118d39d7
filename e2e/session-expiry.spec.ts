import { expect, test } from './helpers/journey';
import { SHORT_SESSION_URL } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

// This server ends sessions after 20 idle seconds and warns 10 seconds before.
test.use({ baseURL: SHORT_SESSION_URL });

// Two people idle side by side, each in a browser of their own: one lets the session end, the other
// chooses "Stay signed in". Together they take one idle timeout of the run's time instead of two.
test('an idle session warns first, then returns to sign-in; "Stay signed in" keeps another session alive', async ({ page, browser }) => {
  const keeper = await browser.newPage({ baseURL: SHORT_SESSION_URL });
  await Promise.all([signIn(page, DEMO.therapist), signIn(keeper, DEMO.supervisor)]);

  const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
  const keeperWarning = keeper.getByRole('alertdialog', { name: 'Your session is about to end' });
  await expect(keeperWarning).toBeVisible({ timeout: 20_000 });
  await keeperWarning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(keeperWarning).toBeHidden();
  const keeperUrl = keeper.url();

  await expect(warning).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'idle-warning');
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await expect(page.getByText('Your session ended. Sign in again to continue.')).toBeVisible();

  // Past the deadline the first session met, the one kept alive is still signed in and warned anew.
  await expect(keeperWarning).toBeVisible({ timeout: 20_000 });
  expect(keeper.url()).toBe(keeperUrl);
  // And the server still takes it: staying signed in again works, on the same page.
  await keeperWarning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(keeperWarning).toBeHidden();
  await expect(keeper).toHaveURL(keeperUrl);
  await keeper.close();
});
