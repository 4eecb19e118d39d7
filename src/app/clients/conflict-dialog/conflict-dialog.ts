import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, type Injector } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { clientChanges } from '../client-diff';
import { editedRecord, rebaseEdit, type ClientConflict } from '../client-edit';
import { clientsFeature } from '../clients.feature';
import { ConflictDialogActions } from '../conflict-dialog.actions';
import { dialogFocus } from '../../shared/focus/dialog-focus';

/**
 * Someone saved the client after this user opened it. Shows, field by field, what changed on the
 * server since then and what this user changed, and lets the user re-apply their edit on top of
 * the current version or discard it. Nothing is overwritten without the user seeing it.
 */
@Component({
  selector: 'app-conflict-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatButton],
  templateUrl: './conflict-dialog.html',
  styleUrl: './conflict-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<ConflictDialog>>(MatDialogRef);
  private readonly conflict = this.store.selectSignal(clientsFeature.selectConflict);

  /** The conflict stays on screen while the dialog closes after the user's choice. */
  protected readonly shown = linkedSignal<ClientConflict | null, ClientConflict | null>({
    source: this.conflict,
    computation: (conflict, previous) => conflict ?? previous?.value ?? null,
  });
  protected readonly serverChanges = computed(() => {
    const conflict = this.shown();
    return conflict ? clientChanges(conflict.base, conflict.current) : [];
  });
  private readonly changedOnServer = computed(() => new Set(this.serverChanges().map(({ field }) => field)));
  protected readonly myChanges = computed(() => {
    const conflict = this.shown();
    if (!conflict) {
      return [];
    }
    return clientChanges(conflict.base, editedRecord(conflict.base, conflict.edit)).map((change) => ({
      ...change,
      alsoChangedOnServer: this.changedOnServer().has(change.field),
    }));
  });
  protected readonly overlapping = computed(() => this.myChanges().some(({ alsoChangedOnServer }) => alsoChangedOnServer));

  constructor() {
    effect(() => {
      if (this.conflict() === null) {
        this.dialogRef.close();
      }
    });
  }

  static open(dialog: MatDialog): MatDialogRef<ConflictDialog> {
    return dialog.open(ConflictDialog, {
      role: 'alertdialog',
      disableClose: true,
      ...dialogFocus('first-tabbable'),
      ariaLabelledBy: 'conflict-title',
      ariaDescribedBy: 'conflict-description',
      width: '44rem',
      maxWidth: '95vw',
    });
  }

  protected reapply(): void {
    const conflict = this.conflict();
    if (conflict) {
      const { base, edit, current } = conflict;
      this.store.dispatch(ConflictDialogActions.reapplyClicked({ base: current, edit: rebaseEdit(base, edit, current) }));
    }
  }

  protected discard(): void {
    const conflict = this.conflict();
    if (conflict) {
      this.store.dispatch(ConflictDialogActions.discardClicked({ current: conflict.current }));
    }
  }
}

/** Opens the conflict dialog unless one is open already (a second conflict updates the one shown). */
export function showConflictDialog(injector: Injector): void {
  const dialog = injector.get(MatDialog);
  if (!dialog.openDialogs.some((ref) => ref.componentInstance instanceof ConflictDialog)) {
    ConflictDialog.open(dialog);
  }
}
