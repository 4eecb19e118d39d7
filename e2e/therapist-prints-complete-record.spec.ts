import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addConsentingMember, addNote, amendNote, createClient, send, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test.use({ viewport: { width: 1366, height: 1000 } });

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Prints the page as the browser's print dialog would; a PNG of each page for a person, the text for the checks. */
async function printToText(page: Page, name: string): Promise<string> {
  mkdirSync('screenshots', { recursive: true });
  const path = `screenshots/${name}.pdf`;
  await page.pdf({ path, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `screenshots/${name}`]);
  return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
}

test('a therapist opens a client’s complete record, prints it to PDF and downloads it as FHIR', async ({ page }) => {
  const consoleErrors = watchConsoleErrors(page);
  const suffix = uniqueSuffix();
  const clientName = `Rowan ${suffix}`;
  const sibling = `Ash ${suffix}`;
  await signIn(page, DEMO.therapist);

  const clientId = await createClient(page, clientName);
  const memberId = await addConsentingMember(page, clientId, sibling, 'sibling');
  const noteId = await addNote(page, clientId, `Original note ${suffix}`);
  await amendNote(page, clientId, noteId, `Amended note ${suffix}`, 1);
  await send(page, 'POST', `/api/v1/clients/${clientId}/measures`, {
    instrument: 'ucla-3',
    administeredOn: daysAgo(2).slice(0, 10),
    completedBy: 'self-report',
    answers: [3, 3, 2],
  });
  const session = await send(page, 'POST', `/api/v1/clients/${clientId}/sessions`, {
    type: 'family-session',
    modality: 'in-person',
    startsAt: daysAgo(3),
    durationMinutes: 60,
    memberIds: [memberId],
    pastSession: true,
    // Other journeys plan this therapist's sessions at nearby hours in the shared demo clinic.
    overlapAcknowledged: true,
  });
  await send(page, 'PUT', `/api/v1/clients/${clientId}/sessions/${session.id}/record`, {
    status: 'completed',
    attendance: [{ id: memberId, attendance: 'attended' }],
    goals: `Weekend plan ${suffix}`,
    summary: 'The family agreed a weekend rota.',
    dynamicsObservations: `CLINICAL-DYNAMICS ${suffix}`,
    riskConcerns: '',
    followUps: [],
    version: session.version,
  });

  // From the client page's record actions.
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('link', { name: 'Complete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Complete record: ${clientName}` })).toBeVisible();
  for (const heading of ['Client record', 'Support network today', 'Network history', 'Support notes', 'Family sessions', 'Measures']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(`Amended note ${suffix}`).first()).toBeVisible();
  await expect(page.getByText('Clinical only').first()).toBeVisible();
  await expect(page.locator('app-trend-chart canvas').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'complete-record-1366');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { level: 2, name: 'Measures' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'complete-record-390');
  await page.setViewportSize({ width: 1366, height: 1000 });

  // The same record as FHIR, saved as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON (FHIR)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^record-E2E-.*\.fhir\.json$/);
  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.type).toBe('collection');
  const types = bundle.entry.map((entry: { resource: { resourceType: string } }) => entry.resource.resourceType);
  for (const type of ['Patient', 'RelatedPerson', 'CareTeam', 'Consent', 'Encounter', 'Questionnaire', 'QuestionnaireResponse', 'Observation']) {
    expect(types, type).toContain(type);
  }
  await expect(page.getByRole('status')).toContainText('The FHIR bundle was saved');

  // On paper: every section, the amendments, the clinical-only mark, the margins' confidentiality line.
  const text = await printToText(page, 'complete-record-A4');
  for (const expected of [
    `Complete record: ${clientName}`,
    'Client record',
    'Support network today',
    'Network history',
    'Support notes',
    'Amendments',
    'Family sessions',
    'Measures',
    'Every measure, oldest first',
    sibling,
    `Original note ${suffix}`,
    `Amended note ${suffix}`,
    `Weekend plan ${suffix}`,
    `CLINICAL-DYNAMICS ${suffix}`,
    'CLINICAL ONLY',
    'Lonely',
    'Confidential: complete client record',
    'Page 1 of',
  ]) {
    expect(text, 'the printed complete record').toContain(expected);
  }
  expect(text).not.toContain('Download as JSON');
  consoleErrors.expectNone();
});
