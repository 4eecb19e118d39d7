import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addConsentingMember, createClient, localDate, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

test.use({ viewport: { width: 1280, height: 1400 } });

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Prints the current page to PDF the way the browser's print dialog would, and returns its text. */
async function printToText(page: Page, name: string, format: 'A4' | 'Letter'): Promise<string> {
  mkdirSync('screenshots', { recursive: true });
  const path = `screenshots/${name}-${format}.pdf`;
  await page.pdf({ path, format, printBackground: true });
  // Rendered for a person to look at (pdftoppm ships with poppler-utils, like pdftotext).
  execFileSync('pdftoppm', ['-png', '-r', '50', path, `screenshots/${name}-${format}`]);
  return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
}

test('a therapist plans a session with two members, records it as completed and prints both copies', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const suffix = uniqueSuffix();
  const clientId = await createClient(page, `Dev${suffix}`);
  const sister = `Nico Sister${suffix}`;
  const partner = `Vik Partner${suffix}`;
  await addConsentingMember(page, clientId, sister, 'sibling');
  await addConsentingMember(page, clientId, partner, 'partner');

  // Plan: two members from the network, a session held last week (only a session that has taken
  // place can be recorded as completed).
  await page.goto(`/clients/${clientId}/sessions`);
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a session' });
  await dialog.getByLabel('Date', { exact: true }).fill(localDate(-7));
  await dialog.getByLabel('Start time').fill('07:30');
  await dialog.getByRole('checkbox', { name: 'This session already happened' }).check();
  await dialog.getByLabel('Duration (minutes)').fill('60');
  await choose(page, 'Type', 'Family session');
  await choose(page, 'Modality', 'In person');
  await dialog.getByLabel('Location or link').fill('Riverside clinic, room 2');
  await dialog.getByRole('checkbox', { name: sister }).check();
  await dialog.getByRole('checkbox', { name: partner }).check();
  await dialog.getByLabel('Goals').fill('Agree who helps on difficult mornings');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sessions-plan-dialog');
  await dialog.getByRole('button', { name: 'Save session' }).click();
  await expect(dialog).toBeHidden();

  // The planned session is listed; open it.
  await page.goto(`/clients/${clientId}/sessions`);
  await expect(page.getByRole('table')).toContainText('Family session');
  await saveScreenshot(page, 'sessions-tab');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('link', { name: /calendar event/i }).or(page.getByRole('link', { name: /\.ics/ }))).toBeVisible();

  // Record it as completed, with attendance and a follow-up owned by the sister.
  await page.getByRole('link', { name: 'Record session' }).or(page.getByRole('button', { name: 'Record session' })).first().click();
  await choose(page, 'Status', 'Completed');
  await page.getByRole('radiogroup', { name: `Attendance of ${sister}` }).getByRole('radio', { name: 'Attended' }).check();
  await page.getByRole('radiogroup', { name: `Attendance of ${partner}` }).getByRole('radio', { name: 'Late' }).check();
  await page.getByLabel('Summary', { exact: true }).fill('The family agreed a morning rota.');
  await page.getByLabel('Interventions used').fill('Problem solving; communication practice');
  await page.getByLabel('Family dynamics observations').fill('CLINICAL-DYNAMICS partner speaks for the client');
  await page.getByLabel('Outcomes').fill('Rota agreed for weekdays.');
  await page.getByLabel('Risk concerns').fill('CLINICAL-RISK no acute risk; plan reviewed');
  await page.getByRole('button', { name: 'Add follow-up' }).click();
  const action = page.getByRole('group', { name: 'Action 1' });
  await action.getByLabel('Follow-up').fill('Share the rota with the whole family');
  await action.getByRole('combobox', { name: 'Owner' }).click();
  await page.getByRole('option', { name: 'Network member' }).click();
  await action.getByRole('combobox', { name: 'Network member' }).click();
  await page.getByRole('option', { name: sister }).click();
  await action.getByLabel('Due date').fill(localDate(14));
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sessions-record-page');
  await page.getByRole('button', { name: 'Save record' }).click();

  // The detail page shows the record; the follow-up is open on the Overview.
  await expect(page.getByText('The family agreed a morning rota.')).toBeVisible();
  await saveScreenshot(page, 'sessions-detail');
  const detailUrl = page.url();
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByText('Share the rota with the whole family')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sessions-overview-follow-ups');

  // Print both copies: attendees and follow-ups on both, clinical text only on the clinician's.
  await page.goto(detailUrl);
  await page.getByRole('link', { name: 'Print clinician copy' }).or(page.getByRole('button', { name: 'Print clinician copy' })).first().click();
  await expect(page.getByText('Share the rota with the whole family')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const format of ['A4', 'Letter'] as const) {
    const clinician = await printToText(page, 'session-summary-clinician', format);
    for (const expected of [sister, partner, 'Attended', 'Late', 'Share the rota with the whole family', 'CLINICAL-RISK', 'CLINICAL-DYNAMICS', 'Confidential', 'Page 1 of']) {
      expect(clinician, `clinician copy (${format})`).toContain(expected);
    }
  }
  await page.goto(detailUrl);
  await page.getByRole('link', { name: 'Print family copy' }).or(page.getByRole('button', { name: 'Print family copy' })).first().click();
  await expect(page.getByText('Share the rota with the whole family')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const format of ['A4', 'Letter'] as const) {
    const family = await printToText(page, 'session-summary-family', format);
    for (const expected of [sister, partner, 'Share the rota with the whole family', 'The family agreed a morning rota.', 'Confidential']) {
      expect(family, `family copy (${format})`).toContain(expected);
    }
    expect(family).not.toContain('CLINICAL-RISK');
    expect(family).not.toContain('CLINICAL-DYNAMICS');
  }
  consoleErrors.expectNone();
});
