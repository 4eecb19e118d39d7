import type { MatDialogConfig } from '@angular/material/dialog';

type DialogFocus = Pick<MatDialogConfig, 'autoFocus' | 'delayFocusTrap'>;

/**
 * Where focus goes when a dialog opens, and when: as soon as the dialog is drawn. By default
 * Material waits for the opening animation (about 150 ms) before moving focus in; a person who has
 * clicked into a field by then loses it, and what they type lands in the first field (a journey
 * caught a boundaries note typed into the member's name). Spread into every `MatDialog.open` config.
 */
export function dialogFocus(autoFocus: NonNullable<MatDialogConfig['autoFocus']>): DialogFocus {
  return { autoFocus, delayFocusTrap: false };
}
