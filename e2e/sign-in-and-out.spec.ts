import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test('a therapist signs in, sees the shell for their role, and signs out', async ({ page }) => {
  const console = watchConsoleErrors(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sign-in');

  await signIn(page, DEMO.therapist);
  await expect(page).toHaveURL(/\/caseload/);
  await expect(page.getByText('Therapist', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /My caseload/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Accounts/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'shell-therapist');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The session is gone on the server too: a deep link goes back to sign-in.
  await page.goto('/caseload');
  await expect(page).toHaveURL(/\/sign-in/);
  console.expectNone();
});

test('a wrong password shows one message that does not say whether the account exists', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO.therapist);
  await page.getByLabel('Password').fill('not the password');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
  // The reason takes focus, so a keyboard or screen-reader user is not left typing on unaware.
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sign-in-refused');
});

test('an administrator lands on accounts and sees only admin navigation', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin\/accounts/);
  await expect(page.getByRole('link', { name: /Accounts/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /My caseload/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'shell-admin');
});

test('a supervisor lands on the team dashboard', async ({ page }) => {
  await signIn(page, DEMO.supervisor);
  await expect(page).toHaveURL(/\/team/);
  await expectNoSeriousA11yViolations(page);
});
