import { expect, test, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

/** Keeps this run's accounts apart from the demo clinic and from earlier runs. */
const uniqueSuffix = () => Math.random().toString(36).slice(2, 8);

/** Waits until a table page has arrived (rows shown, no progress bar). */
async function expectLoaded(page: Page, progressName: string): Promise<void> {
  await expect(page.getByRole('row')).not.toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: progressName })).toHaveCount(0);
}

/** Picks an option and waits for its panel to finish closing (axe must not read a half-faded overlay). */
async function chooseOption(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('an administrator creates a therapist account; the therapist must change the temporary password first', async ({ page }) => {
  const console = watchConsoleErrors(page);
  const suffix = uniqueSuffix();
  const name = `Jordan Rivers ${suffix}`;
  const email = `jordan.rivers.${suffix}@clinic.test`;
  // Not built from the name or email: the server refuses a password containing either.
  const newPassword = 'river lantern orchard meadow';

  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin\/accounts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expectLoaded(page, 'Loading accounts');
  await expect(page.getByRole('cell', { name: DEMO.admin })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-accounts');

  // A new therapist in supervisor1's team; the dialog checks the shared schema first.
  await page.getByRole('button', { name: 'New account' }).click();
  const newAccount = page.getByRole('dialog', { name: 'New account' });
  await newAccount.getByRole('button', { name: 'Create account' }).click();
  await expect(newAccount.getByText('A therapist needs a supervisor.')).toBeVisible();
  await expect(newAccount.getByLabel('Name')).toBeFocused();
  await newAccount.getByLabel('Name').fill(name);
  await newAccount.getByLabel('Email').fill(email);
  await chooseOption(page, newAccount.getByRole('combobox', { name: 'Team (supervisor)' }), /supervisor1@demo\.carecircle\.test/);
  await expectNoSeriousA11yViolations(page);
  await newAccount.getByRole('button', { name: 'Create account' }).click();

  // The temporary password, shown once.
  const passwordDialog = page.getByRole('dialog', { name: 'Account created' });
  await expect(passwordDialog).toContainText(`${name} must change it at first sign-in.`);
  const temporaryPassword = await passwordDialog.getByLabel('Temporary password').inputValue();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
  await passwordDialog.getByRole('button', { name: 'Copy' }).click();
  await expect(passwordDialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-temporary-password');
  await passwordDialog.getByRole('button', { name: 'Done' }).click();
  await expect(passwordDialog).toHaveCount(0);

  // Listed in the team, marked as having to change the password; the search text stays out of the URL.
  await page.getByLabel('Search by name or email').fill(suffix);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) });
  await expect(row).toContainText('Therapist');
  await expect(row).toContainText('Must change password');
  await expect(page.getByRole('row')).toHaveCount(2);
  expect(page.url()).not.toContain(suffix);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The new therapist signs in with the temporary password and must choose their own first.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(temporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  console.expectNone();
});

test('an administrator reads the sign-in events in the audit trail, which cannot be changed', async ({ page }) => {
  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.admin);

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByText('nobody can edit or delete them')).toBeVisible();
  await expectLoaded(page, 'Loading events');

  await chooseOption(page, page.getByRole('combobox', { name: 'Action' }), /^Sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: /events? found/ })).toBeAttached();
  await expectLoaded(page, 'Loading events');
  const rows = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Sign-in', exact: true }) });
  await expect(rows.first()).toBeVisible();
  // Every row is now a sign-in (the header row aside), and this one succeeded.
  await expect(page.getByRole('row')).toHaveCount((await rows.count()) + 1);
  await expect(rows.first()).toContainText('Success');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-audit');

  // Only successful sign-ins of the administrator: the user filter lists every account.
  await chooseOption(page, page.getByRole('combobox', { name: 'Outcome' }), 'Success');
  await expectLoaded(page, 'Loading events');
  await expect(rows.first()).toBeVisible();
  console.expectNone();
});

test('an administrator reassigns a client to another therapist (and back)', async ({ page }) => {
  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.admin);

  await page.goto('/admin/assignments');
  await expect(page.getByRole('heading', { level: 1, name: 'Client assignment' })).toBeVisible();
  await expectLoaded(page, 'Loading clients');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-assignments');

  // The first client listed, found again by its case number.
  const firstRow = page.getByRole('row').nth(1);
  const caseNumber = (await firstRow.getByRole('cell').nth(2).innerText()).trim();
  const originalTherapist = (await firstRow.getByRole('cell').nth(4).innerText()).trim();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: caseNumber, exact: true }) });

  async function reassignTo(therapist: string | null): Promise<string> {
    await row.getByRole('button', { name: /^Reassign/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Reassign/ });
    await expect(dialog).toContainText(caseNumber);
    await dialog.getByRole('combobox', { name: 'New therapist' }).click();
    const option = therapist === null ? page.getByRole('option', { disabled: false }).first() : page.getByRole('option', { name: therapist, exact: true });
    const chosen = (await option.innerText()).trim();
    await option.click();
    await dialog.getByRole('button', { name: 'Reassign' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByRole('cell').nth(4)).toHaveText(chosen);
    return chosen;
  }

  const newTherapist = await reassignTo(null);
  expect(newTherapist).not.toBe(originalTherapist);
  await expect(page.getByText(`${caseNumber}) is now assigned to ${newTherapist}.`)).toBeVisible();

  // Leave the demo clinic as other journeys expect it.
  await reassignTo(originalTherapist);
  console.expectNone();
});
