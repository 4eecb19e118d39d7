import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { DestroyRef, inject, provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { takeUntil } from 'rxjs';

/** Panel class of a dialog drawn over the whole screen; styled once in styles.scss. */
export const FULL_SCREEN_DIALOG_CLASS = 'full-screen-dialog';

/** The CDK's phone widths (portrait and landscape handsets below 600 px). */
export const PHONE_QUERY = Breakpoints.XSmall;

/**
 * On phones every dialog fills the screen, with its title on top and its actions at the foot: a
 * dialog sized for a desktop leaves a phone a narrow card with a scroll inside a scroll. One place
 * for all dialogs, whoever opens them: each opened dialog follows the breakpoint while it is open
 * (a phone turned sideways, a window narrowed), so no opener needs to know about phones.
 */
export function provideFullScreenDialogsOnPhones(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const dialog = inject(MatDialog);
    const breakpoints = inject(BreakpointObserver);
    dialog.afterOpened.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((ref) => followBreakpoint(ref, breakpoints));
  });
}

function followBreakpoint(ref: MatDialogRef<unknown>, breakpoints: BreakpointObserver): void {
  breakpoints
    .observe(PHONE_QUERY)
    .pipe(takeUntil(ref.afterClosed()))
    .subscribe(({ matches }) => {
      if (matches) {
        ref.addPanelClass(FULL_SCREEN_DIALOG_CLASS);
      } else {
        ref.removePanelClass(FULL_SCREEN_DIALOG_CLASS);
      }
    });
}
