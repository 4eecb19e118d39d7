import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
  type MatDialog,
} from '@angular/material/dialog';
import { map, type Observable } from 'rxjs';
import { dialogFocus } from '../focus/dialog-focus';

export interface ConfirmDialogData {
  readonly title: string;
  readonly message: string;
  /** Says what happens, e.g. "Deactivate"; never just "OK". */
  readonly confirmLabel: string;
}

/** Asks before an action that is hard to take back (e.g. one that affects someone else's access). Closes with `true` when confirmed. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  templateUrl: './confirm-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Emits once: whether the user confirmed. Focus starts on "Cancel", the harmless choice. */
export function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      role: 'alertdialog',
      ...dialogFocus('first-tabbable'),
      ariaDescribedBy: 'confirm-dialog-message',
      width: '28rem',
      data,
    })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
