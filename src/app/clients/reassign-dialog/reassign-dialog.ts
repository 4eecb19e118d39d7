import { ChangeDetectionStrategy, Component, computed, effect, inject, type Injector } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import type { Client } from '@domain/clients/client';
import { reassignClientRequestSchema } from '@domain/clients/client-requests';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { clientsFeature } from '../clients.feature';
import { ReassignDialogActions } from '../reassign-dialog.actions';

export interface ReassignDialogData {
  readonly client: Client;
}

/** A supervisor moves a client to another therapist of the team (GET /therapists lists them). */
@Component({
  selector: 'app-reassign-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatSelect,
    MatOption,
    MatButton,
    MatProgressBar,
    MatProgressSpinner,
  ],
  templateUrl: './reassign-dialog.html',
  styleUrl: './reassign-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<ReassignDialog>>(MatDialogRef);
  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);

  protected readonly fieldError = FIELD_ERROR;
  private readonly therapists = this.store.selectSignal(clientsFeature.selectTherapists);
  protected readonly therapistsStatus = this.store.selectSignal(clientsFeature.selectTherapistsStatus);
  /** Everyone on the team but the client's current therapist. */
  protected readonly options = computed(() =>
    this.therapists().filter((therapist) => therapist.id !== this.data.client.therapistId),
  );
  private readonly saveStatus = this.store.selectSignal(clientsFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(clientsFeature.selectSaveError);
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    return problem && !problem.errors?.some(({ field }) => field === 'therapistId') ? problem : null;
  });

  protected readonly form = new FormGroup({
    therapistId: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.store.dispatch(ReassignDialogActions.opened());
    effect(() => {
      const status = this.saveStatus();
      if (status === 'saved' || status === 'conflicted') {
        this.dialogRef.close();
      }
    });
    effect(() => {
      applyFieldErrors(this.form, this.saveError()?.errors ?? []);
    });
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const { client } = this.data;
    const request = validateWithSchema(this.form, reassignClientRequestSchema, {
      therapistId: this.form.controls.therapistId.value,
      version: client.version,
    });
    const therapist = this.options().find(({ id }) => id === request?.therapistId);
    if (request === null || therapist === undefined) {
      applyFieldErrors(this.form, [{ field: 'therapistId', message: 'Choose a therapist.' }]);
      return;
    }
    this.store.dispatch(
      ReassignDialogActions.submitted({
        base: client,
        edit: { kind: 'reassign', therapistId: therapist.id, therapistName: therapist.name },
      }),
    );
  }
}

export function openReassignDialog(injector: Injector, data: ReassignDialogData): MatDialogRef<ReassignDialog> {
  return injector.get(MatDialog).open<ReassignDialog, ReassignDialogData>(ReassignDialog, {
    width: '30rem',
    autoFocus: 'first-tabbable',
    ariaLabelledBy: 'reassign-title',
    data,
  });
}
