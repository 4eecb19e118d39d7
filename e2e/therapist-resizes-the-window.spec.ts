import type { Page } from '@playwright/test';
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
  // The drawer and the page switch without Material's 400 ms slide (a click during it landed on the
  // navigation). Only their own transitions count: a button's hover fade elsewhere is no slide.
  expect(await slidesUnderWay(page), 'drawer or page sliding after the switch').toEqual([]);
  // The navigation stands beside the page and the page starts where the navigation ends. The page's
  // margin is set in a change-detection pass of its own, which a busy machine can run a frame later.
  await expect(async () => {
    const layout = await page.evaluate(() => ({
      navigationRight: document.querySelector('mat-sidenav')!.getBoundingClientRect().right,
      pageLeft: document.querySelector('#main-content')!.getBoundingClientRect().left,
    }));
    expect(layout.navigationRight).toBeGreaterThan(200);
    expect(layout.pageLeft).toBeGreaterThanOrEqual(layout.navigationRight - 1);
  }).toPass({ timeout: 5_000 });
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
  expect(await slidesUnderWay(page), 'drawer or page sliding after the switch').toEqual([]);
  await expect(async () => {
    const phoneLayout = await page.evaluate(() => {
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
  }).toPass({ timeout: 5_000 });
  await expect(navigation).toBeHidden();
  await expect(page.getByRole('button', { name: 'Navigation menu' })).toBeVisible();
  await saveScreenshot(page, 'caseload-after-shrinking-to-phone-390');
  consoleErrors.expectNone();
});

/**
 * The drawer's and the page's slides under way one painted frame after the switch. Material slides
 * both for 400 ms; the shell cuts that to 1 ms while the layout switches. A 1 ms transition can still
 * be listed a frame later (it starts on the frame after its style changed), so only longer ones count.
 */
function slidesUnderWay(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((painted) => requestAnimationFrame(painted));
    const drawerParts = [document.querySelector('mat-sidenav'), document.querySelector('mat-sidenav-content')];
    return document
      .getAnimations()
      .filter((animation): animation is CSSTransition => animation instanceof CSSTransition)
      .filter((transition) => drawerParts.includes((transition.effect as KeyframeEffect | null)?.target as Element))
      .filter((transition) => Number(transition.effect?.getTiming().duration) > 1)
      .map((transition) => `${transition.transitionProperty} ${String(transition.effect?.getTiming().duration)} ms`);
  });
}
