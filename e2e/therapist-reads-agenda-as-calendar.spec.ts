import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

/** The document and the app's scrolling pane fit the viewport: nothing needs a sideways scroll. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const pane = document.querySelector('mat-sidenav-content');
    return {
      document: document.documentElement.scrollWidth - window.innerWidth,
      pane: pane ? pane.scrollWidth - pane.clientWidth : 0,
    };
  });
  expect(overflow.document, 'document overflow').toBeLessThanOrEqual(0);
  expect(overflow.pane, 'pane overflow').toBeLessThanOrEqual(0);
}

const calendarDays = (page: Page) =>
  page
    .getByRole('list')
    .filter({ has: page.locator('.calendar-day') })
    .locator('> li');

test('the agenda reads as a week and a day calendar, chosen by keyboard, kept in the address, on a phone and a desktop', async ({
  page,
}) => {
  const consoleErrors = watchConsoleErrors(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, DEMO.therapist);
  await page.goto('/agenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();

  // The view switch is a labelled radio group of toggles a keyboard reaches and presses.
  const views = page.getByRole('radiogroup', { name: 'View' });
  await views.getByRole('radio', { name: 'Week' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]view=week(&|$)/);

  // Seven days, Monday first, each with its heading; today is marked for screen readers.
  await expect(calendarDays(page)).toHaveCount(7);
  const headings = page.locator('.calendar-day-heading');
  await expect(headings.first()).toContainText('Monday');
  await expect(headings.nth(6)).toContainText('Sunday');
  await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
  // The demo clinic has sessions ahead: one of the weeks from this one on shows at least one.
  const sessionLinks = page.locator('.calendar-session a');
  for (let week = 0; week < 4 && (await sessionLinks.count()) === 0; week += 1) {
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  }
  await expect(sessionLinks.first()).toBeVisible();
  await expect(sessionLinks.first()).toHaveAttribute('href', /^\/clients\/[^/]+\/sessions\/[^/]+$/);
  // The address holds a view name and a date, never anything about a client.
  const address = new URL(page.url()).searchParams;
  expect([...address.keys()].every((key) => key === 'view' || key === 'date')).toBe(true);
  expect(address.get('date') ?? '2000-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'agenda-week-desktop');

  // A reload keeps the week shown.
  const weekUrl = page.url();
  await page.reload();
  await expect(page).toHaveURL(weekUrl);
  await expect(page.locator('.calendar-session a').first()).toBeVisible();

  // On a phone the week is a column of days with no sideways scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(calendarDays(page)).toHaveCount(7);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'agenda-week-phone');

  // The day view: one day, moved with Previous / Next, back to today.
  await views.getByRole('radio', { name: 'Day' }).click();
  await expect(page).toHaveURL(/[?&]view=day(&|$)/);
  await expect(calendarDays(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'agenda-day-phone');

  // And back to the list, as it was.
  await views.getByRole('radio', { name: 'List' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Period' })).toBeVisible();
  consoleErrors.expectNone();
});
