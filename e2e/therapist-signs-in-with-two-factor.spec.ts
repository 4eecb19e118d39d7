import { expect, test, type Browser, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { authenticatorCode } from './helpers/authenticator';
import { DEMO, DEMO_PASSWORD } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

// A therapist no other journey signs in as: the policy and the enrolment stay out of their way.
const THERAPIST = 'therapist6@demo.carecircle.test';
const PHONE = { width: 390, height: 844 };

async function submitPassword(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(THERAPIST);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Screenshots at desktop and phone width, for a person to look at. */
async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `${name}-desktop`);
  const desktop = page.viewportSize()!;
  await page.setViewportSize(PHONE);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

async function setPolicy(page: Page, choice: 'Nobody (each person may turn it on)' | 'Chosen roles', roles: string[] = []): Promise<void> {
  await page.goto('/admin/two-factor');
  await expect(page.getByRole('heading', { level: 1, name: 'Two-factor policy' })).toBeVisible();
  await page.getByRole('radio', { name: choice }).check();
  for (const role of roles) {
    await page.getByRole('checkbox', { name: role }).check();
  }
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText('Two-factor policy saved.')).toBeVisible();
}

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, DEMO.admin);
  return page;
}

test('an administrator requires two-factor sign-in for therapists; a therapist enrols, signs in with a code, a recovery code works once, and a reset sends them back to enrolment', async ({
  page,
  browser,
}) => {
  // One long journey through two browsers, with axe at every step.
  test.setTimeout(240_000);
  const admin = await adminPage(browser);
  try {
    // The administrator requires it of therapists.
    await setPolicy(admin, 'Chosen roles', ['Therapist']);
    await expectNoSeriousA11yViolations(admin);

    // The therapist's password leads to enrolment, and nowhere else.
    await submitPassword(page);
    await expect(page).toHaveURL(/\/two-factor\/set-up$/);
    await expect(page.getByText('Your clinic requires two-factor sign-in.')).toBeVisible();
    await page.goto('/caseload');
    await expect(page).toHaveURL(/\/two-factor\/set-up$/);
    const qrCode = page.getByRole('img', { name: 'QR code that adds CareCircle to your authenticator app' });
    await expect(qrCode).toBeVisible();
    const secret = (await page.locator('.key code').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'two-factor-enrolment');

    // A wrong code is refused and the notice takes focus; the right one turns it on.
    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByRole('alert')).toContainText('That code is not right');
    await expect(page.getByRole('alert')).toBeFocused();
    await page.getByLabel('Code from the app').fill(await authenticatorCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeFocused();
    const recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
    expect(recoveryCodes.length).toBe(10);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'I saved them' }).click();
    await expect(page).toHaveURL(/\/caseload$/);
    await signOut(page);

    // Next sign-in: password, then a code (one step ahead: the enrolment's code is spent).
    await submitPassword(page);
    await expect(page).toHaveURL(/\/two-factor$/);
    const codeInput = page.getByLabel('Authenticator code');
    await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(codeInput).toHaveAttribute('inputmode', 'numeric');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'two-factor-code-prompt');
    const code = await authenticatorCode(secret, 1);
    await codeInput.fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/caseload$/);
    await signOut(page);

    // The same code again is refused: codes work once.
    await submitPassword(page);
    await expect(page).toHaveURL(/\/two-factor$/);
    await page.getByLabel('Authenticator code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toContainText('That code is not right, or it was already used.');
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'two-factor-code-refused');

    // A recovery code instead works, once.
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/caseload$/);
    await page.goto('/account');
    await expect(page.getByText('9 of 10 recovery codes left.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signOut(page);
    await submitPassword(page);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toContainText('That recovery code is not right, or it was already used.');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    // The administrator resets the factor (a lost phone); the therapist must enrol again.
    await admin.goto('/admin/accounts');
    await admin.getByLabel('Search by name or email').fill('therapist6@');
    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: THERAPIST, exact: true }) });
    await expect(admin.getByRole('row')).toHaveCount(2);
    await row.getByRole('button', { name: /^Actions for / }).click();
    await admin.getByRole('menuitem', { name: /Reset two-factor/ }).click();
    const confirm = admin.getByRole('alertdialog');
    await expect(confirm).toContainText('two-factor sign-in?');
    await confirm.getByRole('button', { name: 'Reset two-factor' }).click();
    await expect(admin.getByText("two-factor sign-in is reset.")).toBeVisible();

    await submitPassword(page);
    await expect(page).toHaveURL(/\/two-factor\/set-up$/);
    await expect(page.getByRole('img', { name: 'QR code that adds CareCircle to your authenticator app' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
  } finally {
    // Other journeys sign therapists in with a password only.
    await setPolicy(admin, 'Nobody (each person may turn it on)');
    await admin.context().close();
  }
});
