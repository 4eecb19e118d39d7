import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test.use({ viewport: { width: 1600, height: 1600 } });

/** Today as a date input takes it (the browser's local date). */
function localToday(): string {
  const date = new Date();
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Records one instrument through the form, answering every item with the number keys as a
 * clinician reading answers aloud would, and checks the live score before saving.
 */
async function recordMeasure(page: Page, instrument: string, answers: readonly number[], liveTotal: string): Promise<void> {
  await page.getByRole('link', { name: 'Record a measure' }).or(page.getByRole('button', { name: 'Record a measure' })).first().click();
  await page.getByRole('combobox', { name: 'Instrument' }).click();
  await page.getByRole('option', { name: new RegExp(`^${instrument}:`) }).click();
  await page.getByLabel('Date administered').fill(localToday());
  await page.getByRole('radio', { name: 'Client self-report' }).check();
  await page.getByRole('radiogroup', { name: /^Item 1:/ }).getByRole('radio').first().focus();
  for (const answer of answers) {
    await page.keyboard.press(String(answer));
  }
  await expect(page.getByRole('radiogroup', { name: new RegExp(`^Item ${answers.length}:`) }).getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: `${instrument} score` })).toContainText(liveTotal);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, `measures-form-${instrument.toLowerCase()}`);
  await page.getByRole('button', { name: 'Save measure' }).click();
  await expect(page).toHaveURL(/\/measures$/);
}

/** The chart's accessible description: what a screen reader hears, and what the table must match. */
const trendChart = (page: Page) => page.getByRole('img', { name: /^Trend chart of the / });

test('a therapist records each instrument, sees the trend and flags, and finds the client by flag on the caseload', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const name = `Mara${uniqueSuffix()}`;
  const clientId = await createClient(page, name);

  await page.goto(`/clients/${clientId}/measures`);
  await expect(page.getByText(/No measures/i).first()).toBeVisible();

  // MSPSS all 2s: mean 2.00, low perceived support.
  await recordMeasure(page, 'MSPSS', Array(12).fill(2), '2.00');
  await expect(page.getByText('Low perceived support').first()).toBeVisible();
  await expect(trendChart(page)).toHaveAttribute('aria-label', /MSPSS total: one measure.*Latest 2\.00/);

  // LSNS-6 all 1s: 6, below the cut-off of 12.
  await recordMeasure(page, 'LSNS-6', [1, 1, 1, 1, 1, 1], '6');
  await expect(page.getByText('Isolation risk').first()).toBeVisible();

  // UCLA-3 3, 3, 2: 8, lonely.
  await recordMeasure(page, 'UCLA-3', [3, 3, 2], '8');
  await expect(page.getByText('Loneliness').first()).toBeVisible();

  // The chart shows one instrument at a time; the table alternative gives the same numbers.
  await page.getByRole('radio', { name: 'UCLA-3' }).or(page.getByRole('button', { name: 'UCLA-3', exact: true })).first().click();
  await expect(trendChart(page)).toHaveAttribute('aria-label', /UCLA-3 total: one measure.*Latest 8, Lonely/);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'measures-tab-chart');
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: /UCLA-3 scores/ });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('8');
  await expect(table.getByRole('row').nth(1)).toContainText('Lonely');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'measures-tab-table');

  // The caseload finds the client by each raised flag, most severe first when sorted.
  await page.goto('/caseload');
  await page.getByRole('combobox', { name: 'Flag' }).selectOption({ label: 'Isolation risk' });
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Isolation risk');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'caseload-flag-filter');
  consoleErrors.expectNone();
});
