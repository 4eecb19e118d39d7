import { expect, test } from './helpers/journey';
import { addConsentingMember, createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { signIn } from './helpers/sign-in';

test('a field the therapist goes to while a dialog is still opening keeps the focus, so what they type lands there', async ({ page }) => {
  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const suffix = uniqueSuffix();
  const clientId = await createClient(page, `Wren ${suffix}`);
  await addConsentingMember(page, clientId, `Ash ${suffix}`, 'friend');

  await page.goto(`/clients/${clientId}/network`);
  const ecomap = page.getByRole('group', { name: /^Ecomap: support network of/ });
  await ecomap.getByRole('button', { name: new RegExp(`^Ash ${suffix}, `) }).click();
  const dialog = page.getByRole('dialog', { name: `Edit Ash ${suffix}` });
  const note = dialog.getByLabel('Boundaries note');
  // Straight to the field and typing at a person's pace, while the dialog is still opening: typing
  // outlasts the opening, so a first-field focus that came late would take the rest of the words.
  await note.focus();
  await page.keyboard.type('Calls only after six.', { delay: 40 });

  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Calls only after six.');
  await expect(dialog.getByLabel('Name')).toHaveValue(`Ash ${suffix}`);
  console.expectNone();
});
