import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
  type MatDialog,
  type MatDialogRef,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { Icon } from '../../../shared/icon/icon';
import { MatInput } from '@angular/material/input';
import { dialogFocus } from '../../../shared/focus/dialog-focus';

export interface TemporaryPasswordData {
  readonly name: string;
  readonly email: string;
  readonly temporaryPassword: string;
  readonly reason: 'created' | 'reset';
}

/**
 * Shows a temporary password the one time it exists in clear: the server keeps only its hash, and
 * the SPA keeps it nowhere but here. Only "Done" closes the dialog, so a stray click cannot lose it.
 */
@Component({
  selector: 'app-temporary-password-dialog',
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    Icon,
  ],
  templateUrl: './temporary-password-dialog.html',
  styleUrl: './temporary-password-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemporaryPasswordDialog {
  private readonly clipboard = inject(Clipboard);

  protected readonly data = inject<TemporaryPasswordData>(MAT_DIALOG_DATA);
  protected readonly copyOutcome = signal<'copied' | 'failed' | null>(null);

  protected copy(): void {
    this.copyOutcome.set(this.clipboard.copy(this.data.temporaryPassword) ? 'copied' : 'failed');
  }
}

export function openTemporaryPasswordDialog(
  dialog: MatDialog,
  data: TemporaryPasswordData,
): MatDialogRef<TemporaryPasswordDialog> {
  return dialog.open<TemporaryPasswordDialog, TemporaryPasswordData>(TemporaryPasswordDialog, {
    disableClose: true,
    ...dialogFocus('first-tabbable'),
    ariaDescribedBy: 'temporary-password-description',
    width: '32rem',
    data,
  });
}
