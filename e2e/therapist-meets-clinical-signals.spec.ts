import { expect, test, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { localDate, send, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

/** Screenshots at phone and desktop width, each looked at by a person afterwards. */
async function screenshotsAtBothWidths(page: Page, name: string, shown: Locator): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    // The app scrolls inside its content pane, so a full-page shot shows the top only: bring the part in view.
    // A list may still re-render its rows for the new width, so try again until the element holds still.
    await expect(async () => shown.scrollIntoViewIfNeeded({ timeout: 2_000 })).toPass({ timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, `${name}-${width}`);
  }
}

// One line per flag, e.g. "UCLA-3: reliable change is 2 or more (Jacobson & Truax 1991; r .72 from Hughes et al. 2004; SD 1.41 from this clinic’s first measures, 120 clients)."
const UCLA_THRESHOLD = /UCLA-3: reliable change is \d+ or more \(Jacobson & Truax 1991; r \.72 from Hughes et al\. 2004; SD \d+\.\d\d (published|from this clinic’s first measures, \d+ clients)\)\./;

test('a client with a reliable decline shows the flag with its threshold; planning a session for a client who declined warns; risk concerns are reviewed', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const name = `Ren${uniqueSuffix()}`;
  const { id: clientId } = await send(page, 'POST', '/api/v1/clients', {
    preferredName: name,
    legalName: `${name} Example`,
    dateOfBirth: '1985-09-30',
    caseNumber: `E2E-${uniqueSuffix()}`,
    pronouns: 'they/them',
    primaryConcerns: ['depression'],
    treatmentStart: '2026-02-01',
    familyConsent: 'declined',
  });

  // UCLA-3 from 3 (hardly ever lonely) to 8: a reliable decline since the previous and the first measure.
  const measures = `/api/v1/clients/${clientId}/measures`;
  await send(page, 'POST', measures, { instrument: 'ucla-3', administeredOn: localDate(-40), completedBy: 'clinician-administered', answers: [1, 1, 1] });
  await send(page, 'POST', measures, { instrument: 'ucla-3', administeredOn: localDate(0), completedBy: 'clinician-administered', answers: [3, 3, 2] });

  await page.goto(`/clients/${clientId}/measures`);
  const flags = page.getByRole('listitem').filter({ hasText: 'Reliable decline since previous measure' });
  await expect(flags).toContainText(UCLA_THRESHOLD);
  await expect(page.getByRole('listitem').filter({ hasText: 'Reliable decline since first measure' })).toContainText(UCLA_THRESHOLD);
  // The trend table lists the newest measure first.
  await screenshotsAtBothWidths(page, 'reliable-decline-measures-tab', flags);
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: /UCLA-3 scores, newest first/ });
  await expect(table.getByRole('row').nth(1)).toContainText('8');
  await screenshotsAtBothWidths(page, 'reliable-decline-trend-table', table);

  // The Overview's short list keeps the threshold line.
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText(UCLA_THRESHOLD).first()).toBeVisible();
  await screenshotsAtBothWidths(page, 'reliable-decline-overview', page.getByText(UCLA_THRESHOLD).first());

  // The caseload shows the band in words and the threshold under the flag.
  await page.goto('/caseload');
  await page.getByLabel(/Search/).first().fill(name);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Lonely');
  await expect(row).toContainText(/UCLA-3 ≥ \d+ \(r \.72 Hughes et al\. 2004;/);
  await screenshotsAtBothWidths(page, 'caseload-band-and-threshold', row.getByRole('link', { name }));

  // Planning a session: the client declined family involvement, so the form warns and asks why.
  await page.setViewportSize({ width: 1366, height: 1200 });
  await page.goto(`/clients/${clientId}/sessions`);
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a session' });
  await expect(dialog.getByRole('heading', { name: 'The client declined family involvement' })).toBeVisible();
  await dialog.getByLabel('Date', { exact: true }).fill(localDate(7));
  await dialog.getByLabel('Start time').fill('06:10');
  await dialog.getByRole('button', { name: 'Save session' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Tick the confirmation and give a reason' })).toBeVisible();
  await dialog.getByRole('checkbox', { name: /client declined and still plan/ }).check();
  await dialog.getByLabel('Reason for planning it anyway').fill('Safety meeting the client asked for');
  await screenshotsAtBothWidths(page, 'plan-dialog-client-declined', dialog.getByRole('heading', { name: 'The client declined family involvement' }));
  await dialog.getByRole('button', { name: 'Save session' }).click();
  await expect(dialog).toBeHidden();

  // Risk concerns recorded in a past session raise "Risk noted" until reviewed with a note.
  const past = await send(page, 'POST', `/api/v1/clients/${clientId}/sessions`, {
    type: 'network-meeting',
    modality: 'in-person',
    startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    durationMinutes: 60,
    pastSession: true,
    clientDeclinedAcknowledged: true,
    clientDeclinedReason: 'Crisis team meeting',
  });
  await send(page, 'PUT', `/api/v1/clients/${clientId}/sessions/${past.id}/record`, {
    status: 'completed',
    summary: 'Met the crisis team.',
    riskConcerns: 'Spoke of not coping',
    version: past.version,
  });
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText('Risk noted').first()).toBeVisible();
  await page.goto(`/clients/${clientId}/sessions/${past.id}`);
  await page.getByLabel('Review note').fill('Safety plan agreed; GP informed');
  await screenshotsAtBothWidths(page, 'session-risk-review', page.getByRole('button', { name: 'Mark risk reviewed' }));
  await page.getByRole('button', { name: 'Mark risk reviewed' }).click();
  await expect(page.getByText(/Risk concerns reviewed on .*: Safety plan agreed; GP informed/)).toBeVisible();
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText(UCLA_THRESHOLD).first()).toBeVisible();
  await expect(page.getByText('Risk noted')).toHaveCount(0);

  consoleErrors.expectNone();
});

// The MSPSS subscale's own line, e.g. "MSPSS Family: reliable change is 1.50 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 1.31 from …)."
const FAMILY_THRESHOLD = /MSPSS Family: reliable change is \d\.\d\d or more \(Jacobson & Truax 1991; r \.85 from Zimet et al\. 1988; SD \d+\.\d\d (published|from this clinic’s first measures, \d+ clients)\)\./;

test('support from family falling reliably raises the decline flags with the MSPSS Family threshold, though the total did not fall reliably', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const name = `Ula${uniqueSuffix()}`;
  const { id: clientId } = await send(page, 'POST', '/api/v1/clients', {
    preferredName: name,
    legalName: `${name} Example`,
    dateOfBirth: '1979-03-14',
    caseNumber: `E2E-${uniqueSuffix()}`,
    pronouns: 'she/her',
    primaryConcerns: ['depression'],
    treatmentStart: '2026-02-01',
    familyConsent: 'granted',
  });
  // Every item 6, then the Family items (3, 4, 8, 11) down to 3 or 4: Family 6 → 3.5 (−2.5), the
  // total 6 → 5.17 (−0.83, under any total threshold, which is at least 1.00).
  const measures = `/api/v1/clients/${clientId}/measures`;
  const answers = (family: number[]) => [6, 6, family[0], family[1], 6, 6, 6, family[2], 6, 6, family[3], 6];
  await send(page, 'POST', measures, { instrument: 'mspss', administeredOn: localDate(-40), completedBy: 'clinician-administered', answers: answers([6, 6, 6, 6]) });
  await send(page, 'POST', measures, { instrument: 'mspss', administeredOn: localDate(0), completedBy: 'clinician-administered', answers: answers([3, 4, 3, 4]) });

  await page.goto(`/clients/${clientId}/measures`);
  const sincePrevious = page.getByRole('listitem').filter({ hasText: 'Reliable decline since previous measure' });
  await expect(sincePrevious).toContainText(FAMILY_THRESHOLD);
  await expect(sincePrevious).not.toContainText('MSPSS: reliable change');
  await expect(page.getByRole('listitem').filter({ hasText: 'Reliable decline since first measure' })).toContainText(FAMILY_THRESHOLD);
  const card = page.getByRole('list', { name: 'Subscales that changed reliably' });
  await expect(card).toContainText('Family: reliable decline since the previous and the first measure');
  await screenshotsAtBothWidths(page, 'subscale-decline-measures-tab', card);

  // The trend chart's list of reliable changes names the subscale, and its interval opens the panel.
  const changes = page.getByRole('region', { name: 'Reliable changes between consecutive MSPSS measures' });
  await expect(changes).toContainText(FAMILY_THRESHOLD);
  await expect(changes.getByRole('listitem').filter({ hasText: 'Reliable decline in Family' })).toContainText('(6.00) to');
  await changes.getByRole('button', { name: 'Between these two measures' }).click();
  const panel = page.getByRole('region', { name: 'Between these two measures' });
  await expect(page.getByRole('heading', { name: 'Between these two measures' })).toBeFocused();
  await expect(panel).toContainText('Reliable decline in the MSPSS Family subscale: 6.00 → 3.50 (−2.50).');
  await screenshotsAtBothWidths(page, 'subscale-between-these-two-measures', panel);

  await page.goto('/caseload');
  await page.getByLabel(/Search/).first().fill(name);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(/MSPSS Family ≥ \d\.\d\d \(r \.85 Zimet et al\. 1988;/);
  await screenshotsAtBothWidths(page, 'subscale-decline-caseload', row.getByRole('link', { name }));

  consoleErrors.expectNone();
});
