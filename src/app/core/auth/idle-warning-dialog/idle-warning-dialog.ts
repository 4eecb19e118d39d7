import { ChangeDetectionStrategy, Component, computed, inject, type Injector, type Signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogContent,
  MatDialogTitle,
  type MatDialogRef,
} from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { IdleWarningActions } from '../idle-warning.actions';
import { dialogFocus } from '../../../shared/focus/dialog-focus';

export interface IdleWarningData {
  /** Live countdown, owned by the idle watcher. */
  readonly secondsLeft: Signal<number>;
}

/**
 * Warns before the idle timeout signs the user out. "Stay signed in" asks the server to restart its
 * idle clock. The idle watcher opens and closes this dialog: it closes once the server has answered
 * (activity) or the user is signed out, so a failed request leaves the warning up.
 */
@Component({
  selector: 'app-idle-warning-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatButton],
  templateUrl: './idle-warning-dialog.html',
  styleUrl: './idle-warning-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarningDialog {
  private readonly store = inject(Store);
  private readonly data = inject<IdleWarningData>(MAT_DIALOG_DATA);

  protected readonly countdown = computed(() => {
    const seconds = this.data.secondsLeft();
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  });

  protected staySignedIn(): void {
    this.store.dispatch(IdleWarningActions.staySignedInClicked());
  }

  protected signOut(): void {
    this.store.dispatch(IdleWarningActions.signOutClicked());
  }
}

/** Opens the warning as an alert dialog that only its buttons (or the idle watcher) can close. */
export function openIdleWarningDialog(injector: Injector, data: IdleWarningData): MatDialogRef<IdleWarningDialog> {
  return injector.get(MatDialog).open<IdleWarningDialog, IdleWarningData>(IdleWarningDialog, {
    role: 'alertdialog',
    disableClose: true,
    ...dialogFocus('first-tabbable'),
    ariaDescribedBy: 'idle-warning-description',
    width: '28rem',
    data,
  });
}
