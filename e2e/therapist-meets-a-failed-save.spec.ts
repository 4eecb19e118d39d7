import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addConsentingMember, createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';
import { resizeTo } from './helpers/viewport';

/** What the server (or a proxy in front of it) answers while it cannot take writes. */
const UNAVAILABLE = {
  status: 503,
  contentType: 'application/problem+json',
  body: JSON.stringify({
    type: 'about:blank',
    title: 'Service unavailable',
    status: 503,
    detail: 'The server could not save just now. Nothing was saved; try again in a moment.',
  }),
};

test('a save that fails for a reason outside the form says why, and the notice takes focus at the bottom of a long dialog, on a desktop and on a phone', async ({
  page,
}) => {
  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const suffix = uniqueSuffix();
  const clientId = await createClient(page, `Wren ${suffix}`);
  await addConsentingMember(page, clientId, `Ash ${suffix}`, 'friend');
  // Every save of this member fails as if the server were down; reads go through.
  await page.route(`**/api/v1/clients/${clientId}/network/*`, (route) =>
    route.request().method() === 'PUT' ? route.fulfill(UNAVAILABLE) : route.continue(),
  );

  await page.goto(`/clients/${clientId}/network`);
  const ecomap = page.getByRole('group', { name: /^Ecomap: support network of/ });
  await ecomap.getByRole('button', { name: new RegExp(`^Ash ${suffix}, `) }).click();
  const dialog = page.getByRole('dialog', { name: `Edit Ash ${suffix}` });
  await dialog.getByLabel('Boundaries note').fill('Calls only after six.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  const notice = dialog.getByRole('alert');
  await expect(notice).toHaveText('The server could not save just now. Nothing was saved; try again in a moment.');
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  // The dialog stays open with the user's words in it, to save again.
  await expect(dialog.getByLabel('Boundaries note')).toHaveValue('Calls only after six.');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'member-dialog-save-failed-1366');

  // On a phone the dialog is full-screen and scrolled to Save; the second refusal takes focus again.
  await resizeTo(page, { width: 390, height: 844 });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  await saveScreenshot(page, 'member-dialog-save-failed-390');
  // The browser logs each refused request; those two are the ones this journey made.
  console.expectNone([/status of 503/]);
});
