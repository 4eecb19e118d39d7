import { expect, test, type Locator, type Page } from './helpers/journey';
import { expectNoSeriousA11yViolations } from './helpers/accessibility';
import { addConsentingMember, createClient, uniqueSuffix } from './helpers/clinic-api';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const TABS = ['Overview', 'Support network', 'Sessions', 'Measures', 'Notes'] as const;

/** Nothing on the page reaches past the screen's right edge: neither the page nor the shell's scroller. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const main = document.querySelector('mat-sidenav-content');
    return {
      viewport: window.innerWidth,
      document: document.documentElement.scrollWidth,
      shell: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(widths.document, 'document width').toBeLessThanOrEqual(widths.viewport);
  expect(widths.shell, 'overflow of the scrolling shell').toBeLessThanOrEqual(0);
}

/** The client page's section tabs (links drawn as tabs). */
const clientTab = (page: Page, name: string): Locator =>
  page.getByRole('tab', { name, exact: true });

/** The height in CSS px that the ecomap's labels are drawn at, after the drawing's scaling. */
const ecomapLabelPx = (page: Page): Promise<number> =>
  page
    .locator('svg.ecomap')
    .first()
    .evaluate(
      (svg: SVGSVGElement) => (svg.getScreenCTM()?.a ?? 0) * Number(svg.getAttribute('font-size')),
    );

async function memberAsStored(
  page: Page,
  clientId: string,
  memberId: string,
): Promise<Record<string, unknown>> {
  const view = (await (await page.request.get(`/api/v1/clients/${clientId}/network`)).json()) as {
    members: Record<string, unknown>[];
  };
  const member = view.members.find((candidate) => candidate['id'] === memberId);
  if (!member) throw new Error('member not found');
  return member;
}

/** Saves the member as another tab (or colleague) would, from version 1. */
async function changeMemberElsewhere(
  page: Page,
  clientId: string,
  memberId: string,
  name: string,
): Promise<void> {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const url = `/api/v1/clients/${clientId}/network/${memberId}`;
  const current = await memberAsStored(page, clientId, memberId);
  const body = Object.fromEntries(
    [
      'relationship',
      'supportTypes',
      'tieStrength',
      'tieQuality',
      'energyFlow',
      'contactFrequency',
      'livesWithClient',
      'involvement',
      'consent',
      'emergencyContact',
      'boundariesNote',
      'activeFrom',
    ].map((key) => [key, current[key]]),
  );
  const response = await page.request.put(url, {
    data: { ...body, name, version: 1 },
    headers: { 'x-xsrf-token': xsrf },
  });
  expect(response.status(), `PUT ${url}: ${await response.text()}`).toBe(200);
}

test.describe('at phone width (390 × 844)', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the caseload reads as cards without sideways scrolling, and every client tab opens with a tap', async ({
    page,
  }) => {
    const console = watchConsoleErrors(page);
    await signIn(page, DEMO.therapist);
    await page.goto('/caseload');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();

    await expectNoSidewaysScroll(page);
    // Each card shows its client's name and the labelled facts under it, inside the screen. The card
    // of a demo client with measures is the one followed below (clients other journeys add have none).
    const firstCard = rows
      .filter({
        has: page
          .locator('td[data-label="Latest measure"]')
          .filter({ hasText: /MSPSS|LSNS-6|UCLA-3/ }),
      })
      .first();
    const box = await firstCard.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, 'card inside the screen').toBe(
      true,
    );
    const caseNumber = firstCard.locator('td[data-label="Case number"]');
    await expect(caseNumber).toBeVisible();
    expect(await caseNumber.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe(
      '"Case number"',
    );
    await expect(
      page
        .getByRole('button', { name: 'Sort by name' })
        .or(page.getByRole('columnheader', { name: /Name/ }))
        .first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'phone-caseload');

    // The app bar finds a client by name: a tap on the match opens them.
    const clientName = (await firstCard.getByRole('link').first().textContent())?.trim() ?? '';
    const search = page.getByRole('combobox', { name: 'Find a client by name or case number' });
    await search.tap();
    await search.fill(clientName.slice(0, 3));
    await expect(page.getByRole('listbox', { name: 'Matching clients' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'phone-client-search');
    await page
      .getByRole('option', { name: new RegExp(`^${clientName},`) })
      .first()
      .tap();
    await expect(clientTab(page, 'Overview')).toBeVisible();
    for (const name of TABS) {
      const tab = clientTab(page, name);
      await tab.tap();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expect(page.getByRole('tabpanel').getByRole('progressbar')).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousA11yViolations(page);
      await saveScreenshot(page, `phone-client-${name.toLowerCase().replace(' ', '-')}`);
    }

    // The measures table reads as cards too.
    await clientTab(page, 'Measures').tap();
    const measureTable = page.locator('app-measure-table');
    await measureTable.scrollIntoViewIfNeeded();
    await expect(measureTable.locator('td[data-label="Instrument"]').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'phone-measure-cards');

    // The ecomap starts with labels a phone can read, and zooms from buttons and keys.
    await clientTab(page, 'Support network').tap();
    await expect(page.locator('svg.ecomap').first()).toBeVisible();
    expect(await ecomapLabelPx(page)).toBeGreaterThanOrEqual(12);
    const atStart = await ecomapLabelPx(page);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(() => ecomapLabelPx(page)).toBeGreaterThan(atStart);
    await page.getByRole('region', { name: /^the ecomap, \d+% size$/ }).focus();
    await page.keyboard.press('-');
    await expect.poll(() => ecomapLabelPx(page)).toBeCloseTo(atStart, 1);
    await page.keyboard.press('ArrowRight');
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'phone-ecomap');
    console.expectNone();
  });

  test('the accounts list reads as cards, each with its actions menu', async ({ page }) => {
    await signIn(page, DEMO.admin);
    await page.goto('/admin/accounts');
    const firstAccount = page.getByRole('table').getByRole('row').nth(1);
    await expect(firstAccount.locator('td[data-label="Email"]')).toBeVisible();
    await expect(firstAccount.getByRole('button', { name: /^Actions for / })).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'phone-accounts');
  });

  test('a member dialog fills the screen, and a stale save shows its conflict notice in view and focused', async ({
    page,
  }) => {
    await signIn(page, DEMO.therapist);
    const suffix = uniqueSuffix();
    const clientId = await createClient(page, `Iris ${suffix}`);
    const memberId = await addConsentingMember(page, clientId, `Oak ${suffix}`, 'sibling');

    await page.goto(`/clients/${clientId}/network`);
    await page
      .getByRole('group', { name: /^Ecomap: support network of/ })
      .getByRole('button', { name: new RegExp(`^Oak ${suffix}, `) })
      .tap();
    const dialog = page.getByRole('dialog', { name: `Edit Oak ${suffix}` });
    await expect(dialog).toBeVisible();
    const box = await page.locator('.cdk-overlay-pane', { has: dialog }).boundingBox();
    expect(box, 'dialog pane').toEqual({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    await expect(dialog.getByRole('button', { name: 'Save changes' })).toBeInViewport();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'phone-member-dialog');

    await changeMemberElsewhere(page, clientId, memberId, `Oakley ${suffix}`);
    const note = dialog.getByLabel('Boundaries note');
    await note.fill('Not told about the diagnosis.');
    await expect(note).toBeInViewport();
    await dialog.getByRole('button', { name: 'Save changes' }).tap();

    const notice = dialog.getByRole('alert', {
      name: `Someone else changed Oakley ${suffix} after you opened it`,
    });
    await expect(notice).toBeFocused();
    await expect(notice).toBeInViewport();
    await expect(notice).toContainText('Nothing was overwritten');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'phone-member-conflict');
  });
});

test.describe('at desktop width (1366)', () => {
  test.use({ viewport: DESKTOP });

  test('the caseload stays a table; the member dialog saves with Ctrl+Enter, as it says beside Save', async ({
    page,
  }) => {
    const console = watchConsoleErrors(page);
    await signIn(page, DEMO.therapist);
    await page.goto('/caseload');
    await expect(page.getByRole('columnheader', { name: /Case number/ })).toBeVisible();
    await saveScreenshot(page, 'desktop-caseload');

    // "/" jumps to the app-bar search; arrow keys and Enter open a match.
    await page.locator('body').press('/');
    const search = page.getByRole('combobox', { name: 'Find a client by name or case number' });
    await expect(search).toBeFocused();
    const firstName =
      (await page.locator('tr[mat-row] a.name').first().textContent())?.trim() ?? '';
    await search.pressSequentially(firstName);
    await expect(page.getByRole('option').first()).toBeVisible();
    await saveScreenshot(page, 'desktop-client-search');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible();

    const suffix = uniqueSuffix();
    const clientId = await createClient(page, `Juno ${suffix}`);
    const memberId = await addConsentingMember(page, clientId, `Elm ${suffix}`, 'friend');
    await page.goto(`/clients/${clientId}/network`);
    const ecomap = page.getByRole('group', { name: /^Ecomap: support network of/ });
    await expect(ecomap).toBeVisible();
    await saveScreenshot(page, 'desktop-ecomap');

    await ecomap.getByRole('button', { name: new RegExp(`^Elm ${suffix}, `) }).click();
    const dialog = page.getByRole('dialog', { name: `Edit Elm ${suffix}` });
    await expect(dialog.getByText('Ctrl+Enter saves')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save changes' })).toHaveAttribute(
      'aria-keyshortcuts',
      /Control\+Enter/,
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'desktop-member-dialog');

    await dialog.getByLabel('Boundaries note').fill('Calls only after six.');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    expect((await memberAsStored(page, clientId, memberId))['boundariesNote']).toBe(
      'Calls only after six.',
    );

    for (const name of TABS) {
      await clientTab(page, name).click();
      await expect(page.getByRole('tabpanel').getByRole('progressbar')).toHaveCount(0);
      await saveScreenshot(page, `desktop-client-${name.toLowerCase().replace(' ', '-')}`);
    }
    console.expectNone();
  });
});
