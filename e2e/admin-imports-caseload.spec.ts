import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

const HEADER = 'caseNumber,legalName,preferredName,dateOfBirth,pronouns,primaryConcerns,treatmentStart,familyConsent,therapistEmail';

/** Four rows; `broken` spoils the second (a date in another form) and the fourth (unknown codes, no therapist). */
function caseloadFile(suffix: string, broken: boolean): { name: string; mimeType: string; buffer: Buffer } {
  const rows = [
    `IMP-${suffix}-1,"Lane, Morgan",Morgan,1987-05-02,they/them,anxiety,2026-09-01,granted,${DEMO.therapist}`,
    `IMP-${suffix}-2,Priya Natarajan,Priya,${broken ? '02/05/1990' : '1990-05-02'},she/her,depression,2026-09-01,partial,${DEMO.therapist}`,
    `IMP-${suffix}-3,Tomás Ibarra,Tomás,1979-11-20,he/him,grief;depression,2026-10-15,not-discussed,${DEMO.therapist}`,
    broken
      ? `IMP-${suffix}-4,Ada Okafor,Ada,1995-01-30,,worry,2026-10-15,maybe,nobody@clinic.test`
      : `IMP-${suffix}-4,Ada Okafor,Ada,1995-01-30,,anxiety,2026-10-15,declined,${DEMO.therapist}`,
  ];
  return { name: broken ? 'caseload.csv' : 'caseload-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n') };
}

async function choose(page: Page, file: ReturnType<typeof caseloadFile>): Promise<void> {
  await page.getByLabel('Caseload file (CSV)').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Checking the file' })).toHaveCount(0);
}

test('an administrator imports a caseload: two bad rows are shown and nothing is imported; the fixed file imports', async ({ page }) => {
  const console = watchConsoleErrors(page);
  const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();

  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Import a caseload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a caseload' })).toBeVisible();
  await expect(page.getByText('No file checked yet')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The dry run lists the two bad rows by row and column; importing is not offered while they stand.
  await choose(page, caseloadFile(suffix, true));
  await expect(page.getByText('4 rows checked: 2 valid, 2 with errors.')).toBeVisible();
  const errors = page.getByRole('table');
  await expect(errors.getByRole('row')).toHaveCount(1 + 4);
  await expect(errors.getByRole('row', { name: /^3 IMP-.*-2 dateOfBirth/ })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^5 IMP-.*-4 primaryConcerns Unknown concern code/ })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^5 IMP-.*-4 therapistEmail Not an active therapist/ })).toBeVisible();
  await expect(page.getByText('Nothing is imported while any row has an error.')).toBeVisible();
  const importValid = page.getByRole('button', { name: 'Import 2 valid rows' });
  await expect(importValid).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-caseload-import-errors');
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'admin-caseload-import-errors-390');
  await page.setViewportSize({ width: 1366, height: 900 });

  // The choice to import only the valid rows is explicit (a keyboard user ticks it with Space); not taken here.
  const validOnly = page.getByRole('checkbox', { name: /Import only the 2 valid rows and leave out the 2 rows with errors/ });
  await validOnly.focus();
  await page.keyboard.press('Space');
  await expect(importValid).toBeEnabled();
  await page.keyboard.press('Space');
  await expect(importValid).toBeDisabled();

  // The fixed file: all four rows valid, so nothing of the first file was stored (rows 1 and 3 are not taken).
  await choose(page, caseloadFile(suffix, false));
  await expect(page.getByText('4 rows checked: 4 valid, 0 with errors.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import all 4 rows' }).click();
  await expect(page.getByText('Imported 4 clients.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 clients.' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'admin-caseload-imported');

  // Checked again, the same file now finds every case number taken: the import stored them.
  await choose(page, caseloadFile(suffix, false));
  await expect(page.getByText('4 rows checked: 0 valid, 4 with errors.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Another client already has this case number.' })).toHaveCount(4);

  // They sit in therapist1's caseload, as the assignment page shows the administrator.
  await page.getByRole('link', { name: 'Client assignment' }).click();
  await page.getByLabel('Search by name or case number').fill(`IMP-${suffix}`);
  await expect(page.getByRole('row').filter({ hasText: `IMP-${suffix}` })).toHaveCount(4);
  console.expectNone();
});
