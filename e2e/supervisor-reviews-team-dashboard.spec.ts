import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { createClient, localDate, send, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test.use({ viewport: { width: 1280, height: 2400 } });

const SECTIONS = [
  'Caseload per therapist',
  'Measurement coverage',
  'Family sessions per month',
  'Latest perceived support',
  'Median perceived support per month',
  'Outcomes: reliable change',
  'Groups and referrals',
  'Consider a referral',
  'Flagged clients',
] as const;

// The card comes first; its table view is a region of the same name inside it.
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true }).first();

test('a supervisor reads every chart, changes the period, downloads CSV and drills into a therapist and a flagged client', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // A client of the team who is lonely and has no group tie yet: the dashboard suggests a referral.
  const therapistPage = await (await browser.newContext()).newPage();
  await signIn(therapistPage, DEMO.therapist);
  const lonelyName = `Lonely${uniqueSuffix()}`;
  const lonelyId = await createClient(therapistPage, lonelyName);
  await send(therapistPage, 'POST', `/api/v1/clients/${lonelyId}/measures`, { instrument: 'ucla-3', administeredOn: localDate(-1), completedBy: 'self-report', answers: [3, 3, 3] });
  // Their therapist's caseload says so too.
  await therapistPage.goto('/caseload');
  await therapistPage.getByRole('combobox', { name: 'Flag' }).selectOption({ label: 'Loneliness' });
  const lonelyRow = therapistPage.getByRole('row').filter({ hasText: lonelyName });
  await expect(lonelyRow).toContainText('Consider a referral');
  await expectNoSeriousA11yViolations(therapistPage);
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ]) {
    await therapistPage.setViewportSize({ width, height });
    await lonelyRow.scrollIntoViewIfNeeded();
    await saveScreenshot(therapistPage, `caseload-consider-referral-${width}`);
  }
  await therapistPage.context().close();
  const consoleErrors = watchConsoleErrors(page);
  await signIn(page, DEMO.supervisor);
  await page.goto('/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Team dashboard' })).toBeVisible();
  for (const name of SECTIONS) {
    await expect(section(page, name)).toBeVisible();
  }
  // Five charts drawn on canvases, and the flagged clients as a table.
  await expect(page.locator('canvas')).toHaveCount(5);
  await expect(section(page, 'Flagged clients').getByRole('row').nth(1)).toBeVisible();
  // The outcomes card states its rule and has a team row per instrument.
  const outcomes = section(page, 'Outcomes: reliable change');
  await expect(outcomes.getByText('from their first to their last measure in the period')).toBeVisible();
  await expect(outcomes.getByRole('rowheader', { name: 'MSPSS' }).first()).toBeVisible();
  await expect(outcomes.getByRole('row').filter({ hasText: 'Team' })).toHaveCount(3);
  // No phone-width shot here: switching the viewport to 390 px and back leaves the side navigation
  // re-opening over the content for a while, which the drill-down clicks below then hit.
  await outcomes.screenshot({ path: 'screenshots/outcomes-card.png' });
  // In the printed handout the card keeps its rule and drops the download button.
  await page.emulateMedia({ media: 'print' });
  await expect(outcomes.getByRole('button', { name: /^Download CSV/ })).toBeHidden();
  await expect(outcomes.getByText('from their first to their last measure in the period')).toBeVisible();
  await outcomes.screenshot({ path: 'screenshots/outcomes-card-print.png' });
  await page.emulateMedia({ media: 'screen' });
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'team-dashboard');

  // A new period is one new request, and the page says which period it shows.
  const reload = page.waitForResponse((response) => response.url().includes('/api/v1/team/dashboard') && response.status() === 200);
  await page.getByRole('radio', { name: 'Last 12 months' }).or(page.getByRole('button', { name: 'Last 12 months' })).first().click();
  const answer = await (await reload).json();
  const monthsCovered = (Date.parse(answer.period.to) - Date.parse(answer.period.from)) / (30.4 * 86_400_000);
  expect(monthsCovered).toBeGreaterThan(11);
  await expect(page.getByText(new RegExp(`Figures as of`))).toBeVisible();

  // Group attendance and referrals per therapist: the team row is the sums of the answer, its rate from them.
  const groups = section(page, 'Groups and referrals');
  const figures = answer.groupsReferrals as { attendancesPresent: number; attendancesRecorded: number; referrals: Record<string, number> }[];
  const present = figures.reduce((sum, row) => sum + row.attendancesPresent, 0);
  const recorded = figures.reduce((sum, row) => sum + row.attendancesRecorded, 0);
  const referred = figures.reduce((sum, row) => sum + row.referrals['referred'], 0);
  expect(recorded).toBeGreaterThan(0);
  await expect(groups.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Team', exact: true }) })).toHaveText(
    new RegExp(`^\\s*Team\\s*${Math.round((present / recorded) * 100)}\\s*${present}\\s*${recorded}\\s*${referred}`),
  );
  // The lonely client is there to consider, and opens their record.
  const consider = section(page, 'Consider a referral');
  await expect(consider.getByRole('link', { name: lonelyName })).toHaveAttribute('href', `/clients/${lonelyId}`);
  await expect(consider.getByRole('row').filter({ hasText: lonelyName }).getByRole('cell').last()).toHaveText('Lonely');
  await groups.screenshot({ path: 'screenshots/groups-referrals-card.png' });
  await consider.screenshot({ path: 'screenshots/consider-referral-card.png' });
  await page.emulateMedia({ media: 'print' });
  await expect(consider.getByRole('link', { name: lonelyName })).toBeVisible();
  await expect(groups.getByRole('button', { name: /^Download CSV/ })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const [groupsCsv] = await Promise.all([page.waitForEvent('download'), groups.getByRole('button', { name: /^Download CSV/ }).click()]);
  expect(groupsCsv.suggestedFilename()).toBe('groups-and-referrals-by-therapist.csv');
  expect(readFileSync((await groupsCsv.path())!, 'utf8')).toContain('Attendance rate (%)');

  // The table alternative and its CSV carry the same figures.
  const caseload = section(page, 'Caseload per therapist');
  await caseload.getByRole('switch', { name: 'Show as table' }).click();
  const table = caseload.getByRole('table');
  await expect(table).toBeVisible();
  // The busiest therapist (other journeys add therapists without clients to this team).
  const caseloads = answer.caseloads as { therapistName: string; active: number }[];
  const firstTherapist = caseloads.reduce((busiest, row) => (row.active > busiest.active ? row : busiest));
  await expect(table.getByRole('row').filter({ hasText: firstTherapist.therapistName })).toContainText(String(firstTherapist.active));
  const [download] = await Promise.all([page.waitForEvent('download'), caseload.getByRole('button', { name: /^Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  for (const row of answer.caseloads as { therapistName: string }[]) {
    expect(csv).toContain(row.therapistName);
  }
  await expectNoSeriousA11yViolations(page);

  // Drill into a therapist's caseload, read-only.
  await table.getByRole('link', { name: firstTherapist.therapistName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Caseload of ${firstTherapist.therapistName}` })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add client' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'team-therapist-caseload');

  // And from the flagged clients into a client, read-only.
  await page.goBack();
  const flagged = section(page, 'Flagged clients');
  await flagged.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.locator('app-client-page header').getByText('Read-only')).toBeVisible();
  for (const name of ['Edit', 'Discharge', 'Put on hold']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);

  // The new cards at laptop and phone width, last (the phone width leaves the navigation moving).
  await page.goBack();
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await section(page, 'Groups and referrals').scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), { message: `no sideways scroll at ${width} px` }).toBe(true);
    await page.screenshot({ path: `screenshots/team-dashboard-groups-referrals-${width}.png` });
    await section(page, 'Consider a referral').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/team-dashboard-consider-referral-${width}.png` });
  }
  await expectNoSeriousA11yViolations(page);
  consoleErrors.expectNone();
});
