import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test('a supervisor opens the team caseload and reads a client of therapist 1, without edit controls', async ({
  page,
  browser,
}) => {
  // Therapist 1's name as the clinic knows it (the demo generator picks names).
  const therapistPage = await (await browser.newContext()).newPage();
  await signIn(therapistPage, DEMO.therapist);
  const me = (await (await therapistPage.request.get('/api/v1/auth/me')).json()) as { user: { name: string } };
  const therapistName = me.user.name;
  await therapistPage.context().close();

  const console = watchConsoleErrors(page);
  await signIn(page, DEMO.supervisor);
  await page.getByRole('link', { name: 'Team caseload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team caseload' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Therapist' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add client' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Therapist' }).selectOption({ label: therapistName });
  const rows = page.getByRole('row').filter({ hasText: therapistName });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasNotText: therapistName })).toHaveCount(1); // the header row
  await expectNoSeriousA11yViolations(page);

  // A client of the demo clinic (case numbers CC-nnnnn), with sessions and measures: other journeys on
  // this worker's server import or add clients of therapist 1 that have neither.
  await rows.filter({ hasText: /CC-\d{5}/ }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  const header = page.locator('app-client-page header');
  await expect(header.getByText('Read-only')).toBeVisible();
  await expect(header).toContainText(therapistName);
  await expect(page.getByRole('heading', { name: 'Record' })).toBeVisible();
  for (const name of ['Edit', 'Discharge', 'Put on hold', 'Re-open']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Reassign' })).toBeVisible();
  // The one reassign dialog (the administrators' too): the client's facts, therapist 1 offered only as
  // the current one. Cancelled: this journey changes nothing. (No axe run of its own: the journey is
  // long on a shared machine, and the administrators' journey opens the same dialog.)
  await page.getByRole('button', { name: 'Reassign' }).click();
  const reassign = page.getByRole('dialog', { name: /^Reassign/ });
  await expect(reassign).toContainText(therapistName);
  await reassign.getByRole('combobox', { name: 'New therapist' }).click();
  await expect(page.getByRole('option', { name: `${therapistName} (current)` })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(reassign).toBeVisible();
  await reassign.getByRole('button', { name: 'Cancel' }).click();
  await expect(reassign).toHaveCount(0);
  // The demo clinic's records were seeded, not edited: their history may be empty, but it has loaded.
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading the history' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'client-readonly');

  // The edit address (a bookmark, a link from a therapist) brings the supervisor back here, saying why.
  const clientPath = new URL(page.url()).pathname;
  await page.goto(`${clientPath}/edit`);
  await expect(page).toHaveURL(new RegExp(`${clientPath}$`));
  await expect(page.getByText(/Supervisors read client records without changing them/)).toBeVisible();
  // Read, then dismissed as a person would: a snack bar fading out as axe looks is a half-transparent
  // contrast failure, not the page's.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(/Supervisors read client records without changing them/)).toHaveCount(0);

  // The support network is drawn for the supervisor too, without any way to change it.
  await page.getByRole('tab', { name: 'Support network' }).click();
  await expect(page.getByRole('heading', { name: 'Support network', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add person' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Sessions: listed and readable, printable, but nothing to plan or record.
  await page.getByRole('tab', { name: 'Sessions' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plan a session' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('table').first().getByRole('link').first().click();
  await expect(page.getByRole('link', { name: 'Print family copy' }).or(page.getByRole('button', { name: 'Print family copy' })).first()).toBeVisible();
  for (const name of ['Record session', 'Amend record', 'Edit plan']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'session-readonly');

  // Measures: the trend and the table, without recording.
  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByRole('button', { name: 'Show as table' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record a measure' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Record a measure' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  console.expectNone();
});
