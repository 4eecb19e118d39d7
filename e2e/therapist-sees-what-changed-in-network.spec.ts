import { expect, test, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addConsentingMember, createClient, localDate, send, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

/** Screenshots at phone and desktop width, each looked at by a person afterwards. */
async function screenshotsAtBothWidths(page: Page, name: string, shown: Locator): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    // The pannable drawings re-measure themselves as the width changes, which Playwright's own scrolling
    // takes for movement: bring the part into view the way a reader's scroll would.
    await expect(shown).toBeVisible();
    await shown.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, `${name}-${width}`);
  }
}

const UCLA_THRESHOLD = /UCLA-3: reliable change is \d+ or more \(Jacobson & Truax 1991; r \.72 from Hughes et al\. 2004; SD \d+\.\d\d (published|from this clinic’s first measures, \d+ clients)\)\./;

test('a reliable decline shows what changed in the network between the two measures, on the chart and in the ecomap compared over time', async ({ page }) => {
  // Two PDFs, eight axe scans and screenshots: on the shared 2-core machine it ran just past 180 s.
  test.setTimeout(300_000);
  const consoleErrors = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const name = `Noa${uniqueSuffix()}`;
  const clientId = await createClient(page, name, '2026-01-05');
  const brother = `Brother ${uniqueSuffix()}`;
  const brotherId = await addConsentingMember(page, clientId, brother, 'sibling');
  await addConsentingMember(page, clientId, `Friend ${uniqueSuffix()}`, 'friend');

  // UCLA-3 hardly ever lonely forty days ago; the brother's tie turns strained today; lonely today.
  const measures = `/api/v1/clients/${clientId}/measures`;
  await send(page, 'POST', measures, { instrument: 'ucla-3', administeredOn: localDate(-40), completedBy: 'clinician-administered', answers: [1, 1, 1] });
  await send(page, 'PUT', `/api/v1/clients/${clientId}/network/${brotherId}`, {
    name: brother,
    relationship: 'sibling',
    supportTypes: ['emotional', 'companionship'],
    tieStrength: 'strong',
    tieQuality: 'strained',
    energyFlow: 'both',
    contactFrequency: 'weekly',
    livesWithClient: false,
    involvement: 'attends-sessions',
    consent: { status: 'granted', scope: 'Attendance and progress', givenOn: '2026-02-01', expiresOn: '2027-12-31' },
    emergencyContact: false,
    boundariesNote: '',
    activeFrom: '2026-01-05',
    version: 1,
  });
  await send(page, 'POST', measures, { instrument: 'ucla-3', administeredOn: localDate(0), completedBy: 'clinician-administered', answers: [3, 3, 2] });

  // The flag with its threshold, and the network's changes as markers on the chart.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/clients/${clientId}/measures`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Reliable decline since previous measure' })).toContainText(UCLA_THRESHOLD);
  const chart = page.getByRole('img', { name: /Trend chart of the UCLA-3 total/ });
  await expect(chart).toBeVisible();
  await expect(page.getByText('Network change for the worse (1)')).toBeVisible();
  const changesTable = page.getByRole('table', { name: 'Changes in the support network, newest first' });
  // Folded away on screen, but on paper the table of changes prints with the chart.
  await expect(changesTable).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(changesTable).toBeVisible();
  await page.pdf({ format: 'A4', printBackground: true, path: 'screenshots/trend-chart-with-network-print.pdf' });
  await page.emulateMedia({ media: 'screen' });
  await expect(changesTable).toBeHidden();
  await page.getByText(/Network changes on this chart \(\d+\), as a table/).click();
  await expect(changesTable.getByRole('row').nth(1)).toContainText(`${brother}Tie quality changed: supportive → strained (for the worse)`);
  await screenshotsAtBothWidths(page, 'network-markers-on-trend-chart', chart);

  // From the reliable change, by keyboard: what happened between these two measures.
  const changes = page.getByRole('region', { name: /Reliable changes between consecutive UCLA-3 measures/ });
  await expect(changes).toContainText(UCLA_THRESHOLD);
  const between = changes.getByRole('button', { name: 'Between these two measures' });
  await between.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Between these two measures' });
  await expect(page.getByRole('heading', { name: 'Between these two measures' })).toBeFocused();
  await expect(panel).toContainText('Reliable decline in the UCLA-3 total: 3 → 8 (+5).');
  await expect(panel.getByRole('listitem').filter({ hasText: brother })).toContainText('Tie quality changed: supportive → strained (for the worse)');
  await screenshotsAtBothWidths(page, 'between-these-two-measures', panel);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(between).toBeFocused();

  // The ecomap forty days ago beside today's: the brother's tie is marked as changed, in words too.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/clients/${clientId}/network`);
  await page.getByRole('switch', { name: 'Compare two dates' }).click();
  await page.getByLabel('Earlier date').fill(localDate(-40));
  await page.getByRole('button', { name: 'Compare these dates' }).click();
  const differences = page.getByRole('region', { name: /^What changed from / });
  await expect(page.getByRole('heading', { level: 3, name: /^Earlier, / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Today, / })).toBeVisible();
  await expect(differences.getByRole('listitem').filter({ hasText: brother })).toContainText('changed (Tie quality: supportive → strained)');
  // Each drawing names the mark in the member's accessible name; the later one "since" the earlier date.
  await expect(page.getByRole('button', { name: new RegExp(`^${brother}.*Changed since .*Tie quality: supportive → strained`) })).toHaveCount(1);
  await expect(page.locator('.mark[data-mark="changed"]')).toHaveCount(2);
  await screenshotsAtBothWidths(page, 'ecomap-compare-two-dates', page.getByRole('heading', { level: 3, name: /^Earlier, / }));
  await screenshotsAtBothWidths(page, 'ecomap-compare-differences', differences);

  // On paper: both drawings and the list, without the date fields.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Earlier date')).toBeHidden();
  // The line under the heading names both dates, not "today" alone.
  await expect(page.getByText(new RegExp(`^${name}, \\w{3} \\d+, \\d{4} compared with today \\(`))).toBeVisible();
  await expect(differences).toBeVisible();
  await page.pdf({ format: 'A4', printBackground: true, path: 'screenshots/ecomap-compare-print.pdf' });
  await page.emulateMedia({ media: 'screen' });
  consoleErrors.expectNone();
});
