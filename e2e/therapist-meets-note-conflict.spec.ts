import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addNote, amendNote, createClient, uniqueSuffix } from './helpers/clinic-api';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test('a note amended elsewhere while open: the save shows the note as it is now, and re-applies on top', async ({ page }) => {
  // The browser itself logs the refused (409) save; nothing else may appear.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page, DEMO.therapist);
  const suffix = uniqueSuffix();
  const clientId = await createClient(page, `Noor ${suffix}`);
  const noteId = await addNote(page, clientId, `Sister visits on Sundays ${suffix}.`);

  await page.goto(`/clients/${clientId}/notes`);
  await page
    .getByRole('listitem')
    .filter({ hasText: `Sister visits on Sundays ${suffix}.` })
    .getByRole('button', { name: /^Amend/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Amend the note of/ });
  await expect(dialog.getByLabel('Note', { exact: true })).toBeFocused();

  // Another tab saves first, from the same version.
  await amendNote(page, clientId, noteId, `Sister visits on Saturdays ${suffix}.`, 1);

  await dialog.getByLabel('Note', { exact: true }).fill(`Sister visits on Sundays after church ${suffix}.`);
  await dialog.getByLabel('Reason for the amendment').fill('Added when');
  await dialog.getByRole('button', { name: 'Save amendment' }).click();

  const notice = dialog.getByRole('alert', { name: 'Someone else amended this note after you opened it' });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Nothing was overwritten');
  await expect(notice).toContainText(`Sister visits on Saturdays ${suffix}.`);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'note-conflict');

  await notice.getByRole('button', { name: 'Re-apply my amendment' }).click();
  await expect(dialog).toBeHidden();
  const note = page.getByRole('listitem').filter({ hasText: `Sister visits on Sundays after church ${suffix}.` });
  await expect(note).toContainText('Amended');

  // Both amendments are kept: neither overwrote the other silently.
  await note.getByRole('button', { name: /^History/ }).click();
  const history = page.getByRole('dialog', { name: /^History of the note of/ });
  await expect(history.getByRole('heading', { name: 'Amendment 1' })).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Amendment 2' })).toBeVisible();
  await expect(history).toContainText(`Sister visits on Saturdays ${suffix}.`);
  expect(errors.filter((text) => !/status of 409/.test(text)), 'console errors').toEqual([]);
});
