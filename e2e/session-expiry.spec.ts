import { expect, test } from './helpers/journey';
import { SHORT_SESSION_URL } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

// This server ends sessions after 20 idle seconds and warns 10 seconds before.
test.use({ baseURL: SHORT_SESSION_URL });

test('an idle session warns first, then returns to sign-in', async ({ page }) => {
  await signIn(page, DEMO.therapist);
  const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'idle-warning');

  await expect(page).toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await expect(page.getByText('Your session ended. Sign in again to continue.')).toBeVisible();
});

test('"Stay signed in" keeps the session alive', async ({ page }) => {
  await signIn(page, DEMO.therapist);
  const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(/\/caseload/);
  // Past the original deadline, still signed in.
  await expect(page.getByRole('alertdialog', { name: 'Your session is about to end' })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/caseload/);
});
