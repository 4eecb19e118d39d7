import type { Page } from '@playwright/test';

/** The shell's wide layout (WIDE_LAYOUT in src/app/core/layout/shell/shell.ts). */
const WIDE_LAYOUT_MIN_WIDTH = 960;

/**
 * Resizes the page and waits until the shell has laid itself out for the new width: the side
 * navigation beside the page when wide, closed when narrow. The shell follows the breakpoint after
 * the resize event, so until then a control found at its old place can move under the click (a
 * journey once clicked where "Add to the network" had been before the navigation came back).
 * Pages without the shell (the answering page, print pages) are left as they are.
 */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForFunction((wide) => {
    const navigation = document.querySelector('mat-sidenav');
    if (navigation === null) return true;
    const side = navigation.classList.contains('mat-drawer-side');
    return wide ? side && navigation.classList.contains('mat-drawer-opened') : !side;
  }, size.width >= WIDE_LAYOUT_MIN_WIDTH);
  // One frame more, so the layout that follows is painted before anything is measured for a click.
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)));
}
