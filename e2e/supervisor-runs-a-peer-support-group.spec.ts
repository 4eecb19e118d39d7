import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { createClient, referToGroup, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { resizeTo } from './helpers/viewport';
import { signIn } from './helpers/sign-in';

/** Therapist 4 works in supervisor 2's team: a facilitator who is not the referred client's therapist. */
const FACILITATOR = 'therapist4@demo.carecircle.test';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

async function bothWidths(page: Page, name: string): Promise<void> {
  await resizeTo(page, { width: 1366, height: 900 });
  await saveScreenshot(page, `${name}-1366`);
  await resizeTo(page, { width: 390, height: 844 });
  // The side navigation turns from beside the page into a closed overlay as the width drops: let it go.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), { message: `${name}: no sideways scroll at 390 px` }).toBe(true);
  await saveScreenshot(page, `${name}-390`);
  await resizeTo(page, { width: 1366, height: 900 });
}

test('a supervisor creates a peer-support group; a therapist refers a client; the facilitator accepts and records; the therapist sees it without other members', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const groupName = `Evening peer support ${suffix}`;
  const ownClientName = `Alexis${suffix}`;
  const otherClientName = `Quentin${suffix}`;
  const today = isoDate(new Date());
  const until = isoDate(new Date(Date.now() + 84 * 86_400_000));

  // The facilitator's name, and one of their own clients who will share the group.
  const facilitatorPage = await (await browser.newContext()).newPage();
  const facilitatorConsole = watchConsoleErrors(facilitatorPage);
  await signIn(facilitatorPage, FACILITATOR);
  const facilitatorName = ((await (await facilitatorPage.request.get('/api/v1/auth/me')).json()) as { user: { name: string } }).user.name;
  const otherClientId = await createClient(facilitatorPage, otherClientName);

  // 1. The supervisor creates the group.
  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.supervisor);
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await page.getByRole('link', { name: 'New group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New group' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(groupName);
  await page.getByRole('combobox', { name: 'Kind of group' }).click();
  await page.getByRole('option', { name: 'Peer-support group' }).click();
  await page.getByRole('combobox', { name: 'Facilitators (clinicians)' }).click();
  await page.getByRole('option', { name: facilitatorName }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Peer facilitators').fill('Robin');
  await page.getByLabel('Capacity').fill('8');
  // The server's rule, named: the end before the start is refused and nothing is created.
  await page.getByLabel('First meeting').fill(today);
  await page.getByLabel('Runs until').fill('2020-01-01');
  await page.getByLabel('Location').fill('Community room');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Cannot be before the start date.')).toBeVisible();
  await expect(page.getByLabel('Runs until')).toBeFocused();
  await page.getByLabel('Runs until').fill(until);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await expect(page.getByText(/Only the group’s facilitators see who is in it/)).toBeVisible();
  const groupId = new URL(page.url()).pathname.split('/').pop()!;
  await expectNoSeriousA11yViolations(page);
  await bothWidths(page, 'group-page-supervisor');
  console.expectNone();

  // 2. Therapist 1 refers their client from the client's Groups tab: it leads to the one referral
  // form, on the support network, which asks for the client's consent to share their details.
  const therapistPage = await (await browser.newContext()).newPage();
  const therapistConsole = watchConsoleErrors(therapistPage);
  await signIn(therapistPage, DEMO.therapist);
  const ownClientId = await createClient(therapistPage, ownClientName);
  await therapistPage.goto(`/clients/${ownClientId}/groups`);
  await expect(therapistPage.getByRole('heading', { name: 'Groups', exact: true })).toBeVisible();
  await therapistPage.getByRole('link', { name: 'Refer to a group or programme' }).click();
  await expect(therapistPage.getByRole('heading', { name: 'New referral' })).toBeFocused();
  await therapistPage.getByRole('combobox', { name: 'Group or programme' }).click();
  await therapistPage.getByRole('option', { name: new RegExp(groupName) }).click();
  await therapistPage.getByRole('textbox', { name: 'Reason for the referral' }).fill('To meet others returning to work.');
  await therapistPage.getByRole('checkbox', { name: /agrees that these details may be shared/ }).check();
  await therapistPage.getByRole('button', { name: 'Refer', exact: true }).click();
  await expect(therapistPage.getByRole('article', { name: groupName })).toBeVisible();
  await therapistPage.goto(`/clients/${ownClientId}/groups`);
  await expect(therapistPage.getByRole('heading', { level: 3, name: groupName })).toBeVisible();
  await expect(therapistPage.getByText(/Referred · referred/)).toBeVisible();
  await expectNoSeriousA11yViolations(therapistPage);

  // The facilitator's own client is referred too: the therapist must never learn this name.
  await referToGroup(facilitatorPage, otherClientId, groupId);

  // 3. The facilitator accepts both and records today's meeting.
  await facilitatorPage.goto(`/groups/${groupId}`);
  await expect(facilitatorPage.getByRole('heading', { name: 'Referrals to decide' })).toBeVisible();
  for (const name of [ownClientName, otherClientName]) {
    await facilitatorPage.getByRole('button', { name: `Accept ${name}` }).click();
    await expect(facilitatorPage.getByRole('region', { name: 'Roster' }).getByText(name, { exact: true })).toBeVisible();
  }
  await expect(facilitatorPage.getByText('No referrals waiting for a decision.')).toBeVisible();
  await expectNoSeriousA11yViolations(facilitatorPage);
  await bothWidths(facilitatorPage, 'group-page-facilitator');

  await facilitatorPage.getByRole('link', { name: new RegExp(`^${today} at 18:00`) }).click();
  await expect(facilitatorPage.getByRole('heading', { level: 1, name: `${groupName}: meeting of ${today}` })).toBeVisible();
  const ownRow = facilitatorPage.getByRole('radiogroup', { name: ownClientName });
  await ownRow.getByRole('radio', { name: 'Present' }).check();
  await facilitatorPage.getByLabel(`Progress note for ${ownClientName}`).fill('Spoke about returning to work; others offered encouragement.');
  await facilitatorPage.getByRole('radiogroup', { name: otherClientName }).getByRole('radio', { name: 'Excused' }).check();
  const attendanceSaved = facilitatorPage.waitForResponse((response) => response.url().endsWith('/attendance') && response.request().method() === 'PUT');
  await facilitatorPage.getByRole('button', { name: 'Save attendance' }).click();
  expect((await attendanceSaved).status()).toBe(200);
  await expect(facilitatorPage.getByRole('status')).toHaveText('Saved.');
  await facilitatorPage.getByRole('textbox', { name: 'Group note' }).fill('Warm first meeting; agreed ground rules.');
  const noteSaved = facilitatorPage.waitForResponse((response) => response.url().endsWith('/group-note') && response.request().method() === 'PUT');
  await facilitatorPage.getByRole('button', { name: 'Save group note' }).click();
  expect((await noteSaved).status()).toBe(200);
  await facilitatorPage.reload();
  await expect(facilitatorPage.getByLabel(`Progress note for ${ownClientName}`)).toHaveValue('Spoke about returning to work; others offered encouragement.');
  await expect(facilitatorPage.getByRole('radiogroup', { name: otherClientName }).getByRole('radio', { name: 'Excused' })).toBeChecked();
  await expect(facilitatorPage.getByRole('textbox', { name: 'Group note' })).toHaveValue('Warm first meeting; agreed ground rules.');
  await expectNoSeriousA11yViolations(facilitatorPage);
  await bothWidths(facilitatorPage, 'meeting-attendance');

  // The printed attendance sheet: names only.
  await facilitatorPage.getByRole('link', { name: 'Printable attendance sheet' }).click();
  await expect(facilitatorPage.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await expect(facilitatorPage.getByRole('cell', { name: ownClientName })).toBeVisible();
  await expect(facilitatorPage.getByText('Spoke about returning to work')).toHaveCount(0);
  await expectNoSeriousA11yViolations(facilitatorPage);
  await facilitatorPage.emulateMedia({ media: 'print' });
  await expect(facilitatorPage.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(facilitatorPage.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await saveScreenshot(facilitatorPage, 'attendance-sheet-print');
  await facilitatorPage.emulateMedia({ media: 'screen' });
  facilitatorConsole.expectNone();

  // 4. The therapist sees the attendance and progress note on the client's page, and no other member.
  await therapistPage.reload();
  const place = therapistPage.getByRole('article', { name: groupName });
  await expect(place.getByText('Present')).toBeVisible();
  await expect(place.getByText('Spoke about returning to work; others offered encouragement.')).toBeVisible();
  await expect(place.getByText(`(${facilitatorName})`)).toBeVisible();
  await expect(therapistPage.getByText(otherClientName)).toHaveCount(0);
  expect(await therapistPage.content()).not.toContain(otherClientName);
  await expectNoSeriousA11yViolations(therapistPage);
  await bothWidths(therapistPage, 'client-groups-tab');
  // The Overview lists the group with the client's attendance, and the referral with its status.
  await therapistPage.goto(`/clients/${ownClientId}`);
  const overview = therapistPage.getByRole('region', { name: 'Groups and referrals' });
  await expect(overview.getByRole('list', { name: 'Groups' }).getByRole('listitem')).toHaveText([new RegExp(`${groupName}\\s*Enrolled · attended 1 of 1 meeting`)]);
  await expect(overview.getByRole('list', { name: 'Referrals' }).getByRole('listitem')).toHaveText([new RegExp(`${groupName}\\s*Attending since`)]);
  expect(await therapistPage.content()).not.toContain(otherClientName);
  await expectNoSeriousA11yViolations(therapistPage);
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ]) {
    await resizeTo(therapistPage, { width, height });
    await overview.scrollIntoViewIfNeeded();
    await saveScreenshot(therapistPage, `client-overview-groups-referrals-${width}`);
  }
  await resizeTo(therapistPage, { width: 1366, height: 900 });
  // The roster stays closed to them, answered like a group they cannot see.
  await therapistPage.goto(`/groups/${groupId}`);
  await expect(therapistPage.getByText(/Only the group’s facilitators see who is in it/)).toBeVisible();
  await expect(therapistPage.getByText(otherClientName)).toHaveCount(0);
  therapistConsole.expectNone();

  await facilitatorPage.context().close();
  await therapistPage.context().close();
});
