import { expect, test, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { resizeTo } from './helpers/viewport';
import { signIn } from './helpers/sign-in';

/** Axe and a screenshot at 1366 and 390 px, with `shown` scrolled into view for each. */
async function bothWidths(page: Page, name: string, shown?: Locator): Promise<void> {
  await resizeTo(page, { width: 1366, height: 900 });
  await shown?.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, `${name}-1366`);
  await resizeTo(page, { width: 390, height: 844 });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), { message: `${name}: no sideways scroll at 390 px` }).toBe(true);
  await shown?.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, `${name}-390`);
  await resizeTo(page, { width: 1366, height: 900 });
}

test('an administrator adds a programme; a therapist refers a client to it with consent and follows it referred → contacted → attending, and it joins the ecomap', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const programmeName = `Riverside walking group ${suffix}`;
  const clientName = `Morgan${suffix}`;

  // 1. The administrator adds the programme to the directory.
  const adminConsole = watchConsoleErrors(page);
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Community programmes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Community programmes' })).toBeVisible();
  await page.getByRole('button', { name: 'Add programme' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(programmeName);
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Peer-support group' }).click();
  await page.getByRole('textbox', { name: 'Area' }).fill('North');
  // The server's rule, named beside its field: nothing is stored.
  await page.getByRole('textbox', { name: 'Email' }).fill('not an address');
  await page.getByRole('button', { name: 'Save programme' }).click();
  await expect(page.getByText('Not an email address.', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill('hello@riverside.example');
  await page.getByRole('button', { name: 'Save programme' }).click();
  await expect(page.getByRole('heading', { level: 2, name: programmeName })).toBeVisible();
  await bothWidths(page, 'programmes-directory');
  adminConsole.expectNone();

  // 2. Therapist 1 refers their client from the network tab; without consent nothing is stored.
  const therapistPage = await (await browser.newContext()).newPage();
  const therapistConsole = watchConsoleErrors(therapistPage);
  await signIn(therapistPage, DEMO.therapist);
  const clientId = await createClient(therapistPage, clientName);
  await therapistPage.goto(`/clients/${clientId}/network`);
  await expect(therapistPage.getByRole('heading', { name: 'Referrals to groups and programmes' })).toBeVisible();
  await expect(therapistPage.getByText('No referrals yet')).toBeVisible();
  await therapistPage.getByRole('button', { name: `Refer ${clientName}` }).click();
  await therapistPage.getByRole('combobox', { name: 'Group or programme' }).click();
  await therapistPage.getByRole('option', { name: new RegExp(programmeName) }).click();
  await therapistPage.getByRole('textbox', { name: 'Reason for the referral' }).fill('Would like to walk with others.');
  await therapistPage.getByRole('button', { name: 'Refer', exact: true }).click();
  await expect(therapistPage.getByText('The client must agree to their details being shared before a referral.', { exact: true })).toBeVisible();
  await expect(therapistPage.getByText('No referrals yet')).toBeVisible();
  await therapistPage.getByRole('checkbox', { name: /agrees that these details may be shared/ }).check();
  await therapistPage.getByRole('button', { name: 'Refer', exact: true }).click();
  const referral = therapistPage.getByRole('article', { name: programmeName });
  await expect(referral.getByText('Referred', { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(therapistPage);

  // The letter to the programme: the client agreed to share their name only, so no reason and no
  // contact line; opening it records a print.
  await referral.getByRole('link', { name: `Referral letter to ${programmeName}` }).click();
  await expect(therapistPage.getByRole('heading', { level: 1, name: `Referral to ${programmeName}` })).toBeVisible();
  const letter = therapistPage.getByRole('article', { name: `Referral to ${programmeName}` });
  await expect(letter).toContainText(clientName);
  await expect(letter).toContainText('hello@riverside.example');
  await expect(letter).toContainText('Not shared: please contact the referring clinician.');
  await expect(letter).not.toContainText('Would like to walk with others.');
  await expect(therapistPage.getByText('opening this page recorded a print')).toBeVisible();
  await bothWidths(therapistPage, 'referral-letter');
  await therapistPage.emulateMedia({ media: 'print' });
  await expect(therapistPage.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(therapistPage.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await therapistPage.pdf({ path: 'screenshots/referral-letter.pdf', format: 'A4', printBackground: true });
  await therapistPage.emulateMedia({ media: 'screen' });
  await expect(therapistPage.getByRole('link', { name: 'Back to the support network' })).toHaveAttribute('href', `/clients/${clientId}/network`);
  // Loaded afresh rather than clicked: after the phone width the navigation slides back over the page for a while.
  await therapistPage.goto(`/clients/${clientId}/network`);
  await expect(referral).toBeVisible();

  // 3. Contacted, then attending: each step on the timeline with its date and who recorded it.
  const timeline = referral.getByRole('list', { name: `Timeline of the referral to ${programmeName}` });
  await referral.getByRole('button', { name: `Record next step for ${programmeName}` }).click();
  await expect(referral.getByRole('combobox', { name: 'Next step' })).toHaveText('Contacted');
  await referral.getByRole('textbox', { name: 'Note (optional)' }).fill('Spoke to the organiser');
  await referral.getByRole('button', { name: 'Record step' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await referral.getByRole('button', { name: `Record next step for ${programmeName}` }).click();
  await expect(referral.getByRole('combobox', { name: 'Next step' })).toHaveText('Attending');
  await referral.getByRole('button', { name: 'Record step' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Spoke to the organiser');
  await expect(timeline.getByRole('listitem').nth(2)).toContainText('Attending');
  await expect(timeline.getByRole('listitem').nth(2)).toContainText('recorded by');
  await expect(referral.getByText(`attends ${programmeName}`)).toBeVisible();
  await bothWidths(therapistPage, 'referral-timeline', timeline);

  // 4. The programme joins the support network, in its category, drawn on the ecomap.
  await referral.getByRole('button', { name: 'Add to the network' }).click();
  await expect(referral.getByText(`On the support network as ${programmeName}.`)).toBeVisible();
  const onEcomap = therapistPage.getByRole('group', { name: /^Ecomap: support network of/ }).getByRole('button', { name: new RegExp(`^${programmeName}, `) });
  await expect(onEcomap).toBeVisible();
  await expect(onEcomap).toHaveAccessibleName(/Peer-support group/);
  await expectNoSeriousA11yViolations(therapistPage);
  await bothWidths(therapistPage, 'referral-on-ecomap', onEcomap);

  // 5. The client's Overview lists the referral with its status and date, and no group yet.
  await therapistPage.goto(`/clients/${clientId}`);
  const overview = therapistPage.getByRole('region', { name: 'Groups and referrals' });
  await expect(overview.getByRole('list', { name: 'Referrals' }).getByRole('listitem')).toHaveText([new RegExp(`${programmeName}\\s*Attending since`)]);
  await expect(overview.getByText('Not in any group.')).toBeVisible();
  await bothWidths(therapistPage, 'client-overview-referrals', overview);
  therapistConsole.expectNone();
  await therapistPage.context().close();
});
