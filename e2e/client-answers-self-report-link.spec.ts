import { expect, test, type Browser, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addConsentingMember, createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';
import { resizeTo } from './helpers/viewport';

const PHONE = { width: 390, height: 844 };
const UNUSABLE = 'This link can no longer be used — please ask your clinician for a new one';

async function api(page: Page, method: 'POST' | 'PUT', url: string, body: unknown): Promise<{ id: string; version: number }> {
  const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(url, { method, data: body, headers: { 'x-xsrf-token': xsrf } });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as { id: string; version: number };
}

/** axe on the page as it is, at phone width and at desktop width; the viewport is put back after. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  const original = page.viewportSize()!;
  for (const size of [PHONE, { width: 1280, height: 900 }]) {
    await resizeTo(page, size);
    await expectNoSeriousA11yViolations(page);
  }
  await resizeTo(page, original);
}

/** A browser context of its own at phone size: no cookies, nothing shared with the clinician's. */
async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  return context.newPage();
}

/**
 * Answers every question of the page with the keyboard only: Space picks a question's first
 * choice, the right arrow moves the choice up the scale, Tab goes on to the next question.
 */
async function answerWithKeyboard(page: Page, values: readonly number[]): Promise<void> {
  await page.getByRole('radio').first().focus();
  for (const value of values) {
    await page.keyboard.press('Space');
    for (let step = 1; step < value; step++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Tab');
  }
}

test('a client answers MSPSS through a link on a phone; the therapist sees the point and the indicator; the link then says it can no longer be used', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const clinicianConsole = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const name = `Noor ${uniqueSuffix()}`;
  // The page greets the client by the first word of their preferred name, and by nothing else.
  const firstName = 'Noor';
  const clientId = await createClient(page, name);

  // The therapist sends MSPSS from the Measures tab.
  await page.goto(`/clients/${clientId}/measures`);
  const panel = page.getByRole('region', { name: 'Self-report' });
  await panel.getByRole('button', { name: /Send to client/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Send measures to the client' });
  await dialog.getByRole('checkbox', { name: /MSPSS/ }).check();
  await expectAccessibleAtBothWidths(page);
  await dialog.getByRole('button', { name: 'Create the link' }).click();
  const linkDialog = page.getByRole('dialog', { name: "The client's link is ready" });
  const link = await linkDialog.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(linkDialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await saveScreenshot(page, 'self-report-link-dialog');
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  await expect(panel).toContainText('Waiting');

  // The client opens it on a phone, with nothing but the link.
  const phone = await phonePage(browser);
  const clientConsole = watchConsoleErrors(phone);
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: `Hello ${firstName}` })).toBeVisible();
  // The token leaves the address bar at once.
  expect(new URL(phone.url()).pathname).toBe('/r/');
  await expect(phone.locator('body')).not.toContainText(name);
  await expectAccessibleAtBothWidths(phone);
  await saveScreenshot(phone, 'answer-form-phone');

  // Sending with nothing answered: an error at each item, the summary takes focus, nothing stored.
  await phone.getByRole('button', { name: 'Send answers' }).click();
  await expect(phone.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(phone.locator('.error-summary')).toBeFocused();
  await expectAccessibleAtBothWidths(phone);
  await saveScreenshot(phone, 'answer-errors-phone');

  await answerWithKeyboard(phone, [6, 6, 5, 6, 7, 5, 6, 6, 5, 6, 7, 6]);
  await expect(phone.getByRole('button', { name: 'Send answers' })).toBeFocused();
  await phone.keyboard.press('Enter');
  await expect(phone.getByRole('heading', { level: 1, name: `Thank you, ${firstName}` })).toBeVisible();
  await expectAccessibleAtBothWidths(phone);
  await saveScreenshot(phone, 'answer-thank-you-phone');
  clientConsole.expectNone();

  // The therapist's caseload flags the new answers until the Measures tab is opened.
  await page.goto('/caseload');
  await page.getByLabel('Search name or case number').fill(name);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByText('New self-report')).toBeVisible();
  await row.getByRole('link', { name }).click();
  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByRole('region', { name: 'Self-report' })).toContainText('Answered');
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Source' }) }).first();
  await expect(table.getByRole('row').filter({ hasText: 'MSPSS' }).filter({ hasText: 'Self-report link' })).toHaveCount(1);
  // The chart marks the point as self-reported (drawn on the canvas; its table view says it in words).
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  await expect(page.getByRole('region', { name: /MSPSS scores, newest first/ }).getByRole('row').filter({ hasText: 'Self-report link' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Show as chart' }).first().click();
  await expectAccessibleAtBothWidths(page);
  await saveScreenshot(page, 'self-report-chart');
  await page.goto('/caseload');
  await page.getByLabel('Search name or case number').fill(name);
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name }).getByText('New self-report')).toHaveCount(0);
  clinicianConsole.expectNone();

  // The same link again, in another fresh browser: the one answer for every unusable link.
  const again = await phonePage(browser);
  await again.goto(link);
  await expect(again.getByRole('heading', { level: 1, name: UNUSABLE })).toBeVisible();
  await expectAccessibleAtBothWidths(again);
  await saveScreenshot(again, 'answer-unusable-phone');
  await phone.context().close();
  await again.context().close();
});

test('after a completed family session, a consenting attendee answers the feedback form and the answers show on the session', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.therapist);
  const clientId = await createClient(page, `Ines ${uniqueSuffix()}`);
  const consenting = `Maria ${uniqueSuffix()}`;
  const consentingId = await addConsentingMember(page, clientId, consenting, 'parent');
  const notAsked = `Tomas ${uniqueSuffix()}`;
  const { id: notAskedId } = await api(page, 'POST', `/api/v1/clients/${clientId}/network`, {
    name: notAsked,
    relationship: 'sibling',
    supportTypes: ['companionship'],
    tieStrength: 'moderate',
    tieQuality: 'supportive',
    energyFlow: 'both',
    contactFrequency: 'monthly',
    livesWithClient: false,
    involvement: 'attends-sessions',
    consent: { status: 'not-asked' },
    emergencyContact: false,
    boundariesNote: '',
    activeFrom: '2026-01-05',
  });
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
  yesterday.setUTCHours(15, 0, 0, 0);
  const planned = await api(page, 'POST', `/api/v1/clients/${clientId}/sessions`, {
    type: 'family-session',
    modality: 'in-person',
    startsAt: yesterday.toISOString(),
    durationMinutes: 50,
    memberIds: [consentingId, notAskedId],
    goals: 'Agree how the family helps in the evenings.',
    pastSession: true,
    consentWarningAcknowledged: true,
    overlapAcknowledged: true,
  });
  await api(page, 'PUT', `/api/v1/clients/${clientId}/sessions/${planned.id}/record`, {
    status: 'completed',
    attendance: [
      { id: consentingId, attendance: 'attended' },
      { id: notAskedId, attendance: 'attended' },
    ],
    summary: 'Evening routine agreed.',
    version: planned.version,
  });

  await page.goto(`/clients/${clientId}/sessions/${planned.id}`);
  const feedback = page.getByRole('region', { name: 'Family feedback' });
  // Asked for both: the one without consent is refused with the reason, nothing is sent.
  await feedback.getByRole('checkbox', { name: consenting }).check();
  await feedback.getByRole('checkbox', { name: notAsked }).check();
  await feedback.getByRole('button', { name: 'Send feedback form' }).click();
  await expect(feedback.getByRole('alert').filter({ hasText: /consent/i }).first()).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await saveScreenshot(page, 'feedback-refused');

  await feedback.getByRole('checkbox', { name: notAsked }).uncheck();
  await feedback.getByRole('button', { name: 'Send feedback form' }).click();
  const linkBox = feedback.getByRole('textbox', { name: consenting });
  const link = await linkBox.inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

  const phone = await phonePage(browser);
  const familyConsole = watchConsoleErrors(phone);
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: 'How was your family session?' })).toBeVisible();
  // Nothing about anyone: no client name, no member name on the family's page.
  await expect(phone.locator('body')).not.toContainText(consenting);
  await expectAccessibleAtBothWidths(phone);
  await saveScreenshot(phone, 'feedback-form-phone');
  await answerWithKeyboard(phone, [5, 4, 5]);
  await phone.getByLabel('Anything else you would like to tell us? (optional)').fill('It helped us talk about evenings.');
  await phone.getByRole('button', { name: 'Send feedback' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  familyConsole.expectNone();
  await phone.context().close();

  await page.reload();
  const answers = page.getByRole('region', { name: 'Family feedback' });
  await expect(answers).toContainText(consenting);
  await expect(answers).toContainText('It helped us talk about evenings.');
  await expect(answers.getByText('5 of 5').first()).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await saveScreenshot(page, 'feedback-answers');
});
