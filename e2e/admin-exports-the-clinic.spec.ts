import { readFile } from 'node:fs/promises';
import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test('an administrator exports the clinic: progress, completion with counts, and each NDJSON file saved', async ({ page }) => {
  const console = watchConsoleErrors(page);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Export the clinic', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export the clinic' })).toBeVisible();
  await expect(page.getByText('No export yet')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-clinic-export-start');

  // Started from the keyboard; the outcome takes focus when the last file has arrived.
  await page.getByRole('button', { name: 'Start the export' }).focus();
  await page.keyboard.press('Enter');
  const outcome = page.getByRole('status').filter({ hasText: 'Export complete' });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  const summary = (await outcome.textContent())!.replace(/\s+/g, ' ');
  const [, patients, episodes, practitioners] = /Export complete: ([\d,]+) Patient, ([\d,]+) EpisodeOfCare, ([\d,]+) Practitioner resources/.exec(summary) ?? [];
  const count = (text: string | undefined) => Number((text ?? '').replaceAll(',', ''));
  expect(count(patients)).toBeGreaterThan(0);
  expect(count(episodes)).toBe(count(patients));
  expect(count(practitioners)).toBeGreaterThan(0);
  await expect(page.getByText(`${patients} of ${patients} resources`).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-clinic-export-done');

  // Each file saves under its Bulk Data name, one resource per line, as many as the page said.
  for (const [type, expected] of [
    ['Patient', patients],
    ['Practitioner', practitioners],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: `Save ${type}.ndjson` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${type}.ndjson`);
    const lines = (await readFile((await file.path())!, 'utf8')).split('\n').filter((line) => line !== '');
    expect(lines.length).toBe(count(expected));
    expect(lines.every((line) => (JSON.parse(line) as { resourceType: string }).resourceType === type)).toBe(true);
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('link', { name: 'Save EpisodeOfCare.ndjson' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-clinic-export-done-390');

  console.expectNone();
});
