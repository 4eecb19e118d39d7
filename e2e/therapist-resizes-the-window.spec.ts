import { expect, test } from './helpers/journey';
import { watchConsoleErrors } from './helpers/console-errors';
import { DEMO } from './helpers/demo-accounts';
import { saveScreenshot } from './helpers/screenshot';
import { signIn } from './helpers/sign-in';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

test('after the window grows from phone to desktop width, the side navigation sits beside the page and clicks reach the content; shrunk back, it leaves at once', async ({ page }) => {
  const consoleErrors = watchConsoleErrors(page);
  await page.setViewportSize(PHONE);
  await signIn(page, DEMO.therapist);
  await page.goto('/caseload');
  const firstClient = page.locator('main a.name').first();
  await expect(firstClient).toBeVisible();
  // On a phone the navigation is closed, behind the menu button.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  await page.setViewportSize(DESKTOP);
  const navigation = page.getByRole('navigation', { name: 'Main' });
  // Side mode and the open state are two of the drawer's classes; once both are there the wide layout is drawn.
  await page.waitForFunction(() => {
    const drawer = document.querySelector('mat-sidenav');
    return drawer?.classList.contains('mat-drawer-side') && drawer.classList.contains('mat-drawer-opened');
  });
  // Once the wide layout is drawn, the navigation stands beside the page at once (no slide under
  // way that a click could land on) and the page starts where the navigation ends.
  const layout = await page.evaluate(async () => {
    await new Promise((painted) => requestAnimationFrame(painted));
    return {
      navigationRight: document.querySelector('mat-sidenav')!.getBoundingClientRect().right,
      pageLeft: document.querySelector('#main-content')!.getBoundingClientRect().left,
      sliding: document.getAnimations().filter((animation) => animation instanceof CSSTransition).length,
    };
  });
  expect(layout.navigationRight).toBeGreaterThan(200);
  expect(layout.pageLeft).toBeGreaterThanOrEqual(layout.navigationRight - 1);
  expect(layout.sliding, 'transitions running after the switch').toBe(0);
  await expect(navigation).toBeVisible();
  await expect(page.getByRole('button', { name: 'Navigation menu' })).toBeHidden();
  // No backdrop left over the page from the phone's overlay mode.
  await expect(page.locator('.mat-drawer-backdrop.mat-drawer-shown')).toHaveCount(0);

  // A click on the content lands on the content: the first client opens.
  const name = (await firstClient.textContent())?.trim() ?? '';
  await firstClient.click();
  await expect(page).toHaveURL(/\/clients\/[^/]+/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // And the navigation still works as a side list.
  await navigation.getByRole('link', { name: 'My caseload' }).click();
  await expect(page).toHaveURL(/\/caseload/);

  // Back to phone width: the navigation leaves at once (no 400 ms slide, docked over a squeezed page)
  // and the page takes the whole width.
  await page.setViewportSize(PHONE);
  await page.waitForFunction(() => document.querySelector('mat-sidenav')?.classList.contains('mat-drawer-over'));
  const phoneLayout = await page.evaluate(async () => {
    await new Promise((painted) => requestAnimationFrame(painted));
    await new Promise((painted) => requestAnimationFrame(painted));
    const sidenav = document.querySelector('mat-sidenav')!;
    return {
      navigationRight: sidenav.getBoundingClientRect().right,
      pageLeft: document.querySelector('mat-sidenav-content')!.getBoundingClientRect().left,
      animating: sidenav.classList.contains('mat-drawer-animating'),
    };
  });
  expect(phoneLayout.navigationRight).toBeLessThanOrEqual(0);
  expect(phoneLayout.pageLeft).toBe(0);
  expect(phoneLayout.animating, 'the drawer still marked as sliding').toBe(false);
  await expect(navigation).toBeHidden();
  await expect(page.getByRole('button', { name: 'Navigation menu' })).toBeVisible();
  await saveScreenshot(page, 'caseload-after-shrinking-to-phone-390');
  consoleErrors.expectNone();
});
