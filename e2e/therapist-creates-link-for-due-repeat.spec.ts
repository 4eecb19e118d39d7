import BetterSqlite3 from 'better-sqlite3';
import { databaseFileOf, expect, test, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';
import { resizeTo } from './helpers/viewport';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const UNUSABLE = 'This link can no longer be used — please ask your clinician for a new one';
const MSPSS_ANSWERS = [6, 6, 5, 6, 7, 5, 6, 6, 5, 6, 7, 6];

/**
 * Weeks pass in a moment: the scheduled repeat's date is moved to yesterday in the server's database,
 * as if the clock had moved on. Nothing else about the request changes.
 */
function makeRepeatDue(page: Page, requestId: string): void {
  const db = new BetterSqlite3(databaseFileOf(page.url()));
  try {
    db.pragma('busy_timeout = 5000');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const changed = db.prepare('update self_report_requests set due_at = ? where id = ? and link_issued_at is null').run(yesterday, requestId);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
}

/** axe and a screenshot at phone and desktop width, with `shown` scrolled into view (the shell scrolls inside). */
async function screenshotsAtBothWidths(page: Page, name: string, shown?: Locator): Promise<void> {
  const original = page.viewportSize()!;
  for (const [size, suffix] of [
    [PHONE, 'phone'],
    [DESKTOP, 'desktop'],
  ] as const) {
    await resizeTo(page, size);
    await expectNoSeriousA11yViolations(page);
    await shown?.scrollIntoViewIfNeeded();
    await saveScreenshot(page, `${name}-${suffix}`);
  }
  await resizeTo(page, original);
}

test('a repeat becomes due on its date; the therapist creates its link, and a new link for a lost one, whose old link stops working', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const clinicianConsole = watchConsoleErrors(page);
  await signIn(page, DEMO.therapist);
  const clientId = await createClient(page, `Rafe ${uniqueSuffix()}`);

  // MSPSS, repeating every 2 weeks.
  await page.goto(`/clients/${clientId}/measures`);
  const panel = page.getByRole('region', { name: 'Self-report' });
  await panel.getByRole('button', { name: /Send to client/ }).click();
  const sendDialog = page.getByRole('dialog', { name: 'Send measures to the client' });
  await sendDialog.getByRole('checkbox', { name: /MSPSS/ }).check();
  await sendDialog.getByRole('checkbox', { name: /Repeat every few weeks/ }).check();
  await sendDialog.getByRole('spinbutton', { name: 'Repeat every' }).fill('2');
  await sendDialog.getByRole('button', { name: 'Create the link' }).click();
  const linkDialog = page.getByRole('dialog', { name: "The client's link is ready" });
  const firstLink = await linkDialog.getByLabel('Link', { exact: true }).inputValue();
  await linkDialog.getByRole('button', { name: 'Done' }).click();

  // The client answers (the answering page itself is walked through in client-answers-self-report-link).
  const token = firstLink.slice(firstLink.lastIndexOf('/') + 1);
  const answered = await page.request.post(`/api/public/self-report/${token}`, { data: { answers: { mspss: MSPSS_ANSWERS } } });
  expect(answered.status()).toBe(201);

  // The next one is scheduled, with no link: nothing to give anyone yet.
  await page.reload();
  await expect(panel.getByText('Scheduled')).toBeVisible();
  await expect(panel).toContainText('Repeat due');
  await expect(panel.getByRole('button', { name: /Create the link/ })).toHaveCount(0);
  const requests = (await (await page.request.get(`/api/v1/clients/${clientId}/self-report-requests`)).json()) as {
    items: { id: string; state: string }[];
  };
  const repeat = requests.items.find((item) => item.state === 'scheduled')!;
  const answeredRequest = requests.items.find((item) => item.state === 'answered')!;

  // Two weeks later: due, with a note above the list and a Create link action.
  makeRepeatDue(page, repeat.id);
  await page.reload();
  await expect(panel.getByText('Due: link needed')).toBeVisible();
  await expect(panel).toContainText('One repeat is due: create the link');
  await screenshotsAtBothWidths(page, 'self-report-due-repeat', panel);
  await panel.getByRole('button', { name: /Create the link for the MSPSS repeat due/ }).click();
  const dueLinkDialog = page.getByRole('dialog', { name: "The client's link is ready" });
  const dueLink = await dueLinkDialog.getByLabel('Link', { exact: true }).inputValue();
  expect(dueLink).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(dueLinkDialog).not.toContainText('earlier link');
  await dueLinkDialog.getByRole('button', { name: 'Done' }).click();
  await expect(panel.getByText('Due: link needed')).toHaveCount(0);

  // The link was lost: a new one replaces it, and the dialog says the earlier one no longer works.
  await panel.getByRole('button', { name: /New link for MSPSS sent .*: the old link stops working/ }).click();
  const newLinkDialog = page.getByRole('dialog', { name: "The client's link is ready" });
  await expect(newLinkDialog).toContainText('The earlier link of this request no longer works.');
  const newLink = await newLinkDialog.getByLabel('Link', { exact: true }).inputValue();
  expect(newLink).not.toBe(dueLink);
  await screenshotsAtBothWidths(page, 'self-report-new-link-dialog');
  await newLinkDialog.getByRole('button', { name: 'Done' }).click();
  clinicianConsole.expectNone();

  // On the client's phone: the replaced link is unusable, the new one opens the form.
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const phone = await context.newPage();
  await phone.goto(dueLink);
  await expect(phone.getByRole('heading', { level: 1, name: UNUSABLE })).toBeVisible();
  await phone.goto(newLink);
  await expect(phone.getByRole('heading', { level: 1, name: /^Hello/ })).toBeVisible();
  await context.close();

  // The administrator's audit trail names the request, not a user, as the one who answered.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminConsole = watchConsoleErrors(admin);
  await signIn(admin, DEMO.admin);
  await admin.goto('/admin/audit');
  await expect(admin.getByRole('row')).not.toHaveCount(0);
  await admin.getByRole('combobox', { name: 'Action' }).click();
  await admin.getByRole('option', { name: 'Self-report answered' }).click();
  await expect(admin.getByRole('listbox')).toHaveCount(0);
  await expect(admin.getByRole('progressbar', { name: 'Loading events' })).toHaveCount(0);
  const answeredRow = admin.getByRole('row').filter({ hasText: 'Self-report answered' }).filter({ hasText: answeredRequest.id });
  await expect(answeredRow).toHaveCount(1);
  await expect(answeredRow.getByRole('cell').nth(1)).toContainText('Self-report link');
  await screenshotsAtBothWidths(admin, 'admin-audit-self-report-actor');
  adminConsole.expectNone();
  await adminContext.close();
});
