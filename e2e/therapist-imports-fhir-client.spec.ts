import { expect, test } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

/** A bundle as another system writes it: a Patient and two RelatedPersons coded with HL7 RoleCodes. */
function bundle(caseNumber: string, motherCode: string): { name: string; mimeType: string; buffer: Buffer } {
  const json = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { resource: { resourceType: 'Patient', id: 'p', identifier: [{ system: 'https://elsewhere.example/mrn', value: caseNumber }], name: [{ given: ['Rowan'], family: 'Fieldhouse' }], birthDate: '1992-07-08' } },
      { resource: { resourceType: 'RelatedPerson', id: 'm', patient: { reference: 'Patient/p' }, relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: motherCode }] }], name: [{ text: 'Helen Fieldhouse' }], period: { start: '1992-07-08' } } },
      { resource: { resourceType: 'RelatedPerson', id: 'f', patient: { reference: 'Patient/p' }, relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'FRND' }] }], name: [{ text: 'Kit Amari' }], period: { start: '2015-01-01' } } },
    ],
  };
  return { name: 'patient-bundle.json', mimeType: 'application/fhir+json', buffer: Buffer.from(JSON.stringify(json)) };
}

test('a therapist imports a client from a FHIR bundle: a bad code is named by its path, the fixed bundle imports', async ({ page }) => {
  const console = watchConsoleErrors(page);
  const caseNumber = `FHIR-${Math.random().toString(36).slice(2, 7).toUpperCase()}`;

  await signIn(page, DEMO.therapist);
  await page.getByRole('link', { name: 'Import from FHIR' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a client from FHIR' })).toBeVisible();
  await expect(page.getByText('No bundle checked yet')).toBeVisible();

  await page.getByLabel('Bundle file (FHIR JSON)').setInputFiles(bundle(caseNumber, 'AUNTISH'));
  await expect(page.getByRole('alert')).toContainText('nothing was stored');
  await expect(page.getByRole('row', { name: /entry\[1\]\.resource\.relationship\[0\] Unknown relationship/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'therapist-fhir-import-error-390');
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.getByLabel('Bundle file (FHIR JSON)').setInputFiles(bundle(caseNumber, 'MTH'));
  await expect(page.getByRole('status').filter({ hasText: `Ready to import Rowan Fieldhouse (${caseNumber}) with 2 network members and 0 measures.` })).toBeFocused();
  await expect(page.getByText('Helen Fieldhouse, Parent, since 1992-07-08')).toBeVisible();
  await expect(page.getByText(/tie strength, quality and contact frequency are recorded as moderate, mixed and less often/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'therapist-fhir-import-preview');

  await page.getByRole('button', { name: 'Import into my caseload' }).click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rowan Fieldhouse');
  // The refused bundle's 400, and nothing else.
  console.expectNone([/status of 400 \(Bad Request\)/]);
});
