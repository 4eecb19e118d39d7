import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  type Injector,
} from '@angular/core';
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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { Client } from '@domain/clients/client';
import type { ClientStatus } from '@domain/clients/client-codes';
import { changeClientStatusRequestSchema } from '@domain/clients/client-requests';
import { todayIsoDate } from '@domain/common/iso-date';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { clientsFeature } from '../clients.feature';
import { StatusChangeDialogActions } from '../status-change-dialog.actions';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { TakesFocus } from '../../shared/focus/takes-focus';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface StatusChangeDialogData {
  readonly client: Client;
  /** The status the user chose: on hold, active (re-open) or discharged. */
  readonly status: ClientStatus;
}

const WORDING: Record<ClientStatus, { title: string; confirm: string; explanation: string }> = {
  'on-hold': {
    title: 'Put on hold',
    confirm: 'Put on hold',
    explanation: 'The client stays on your caseload with the status “On hold” until you re-open them.',
  },
  active: {
    title: 'Re-open',
    confirm: 'Re-open',
    explanation: 'The client becomes active again. A discharge date and reason, if any, are cleared.',
  },
  discharged: {
    title: 'Discharge',
    confirm: 'Discharge',
    explanation: 'The record is kept with its history; you can re-open it later.',
  },
};

/**
 * Confirms a status change; a discharge needs its date (not before treatment start, not in the
 * future) and a reason. Stays open while saving, shows the server's answer, closes once saved, or
 * when a conflict hands over to the conflict dialog.
 */
@Component({
  selector: 'app-status-change-dialog',
  imports: [
    TakesFocus,
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MatProgressSpinner,
  ],
  templateUrl: './status-change-dialog.html',
  styleUrl: './status-change-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChangeDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<StatusChangeDialog>>(MatDialogRef);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid();
  protected readonly data = inject<StatusChangeDialogData>(MAT_DIALOG_DATA);

  protected readonly wording = WORDING[this.data.status];
  protected readonly discharging = this.data.status === 'discharged';
  protected readonly today = todayIsoDate();
  protected readonly reasonMax = TEXT_LIMITS.shortText;
  protected readonly fieldError = FIELD_ERROR;

  private readonly saveStatus = this.store.selectSignal(clientsFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(clientsFeature.selectSaveError);
  protected readonly saving = computed(() => this.saveStatus() === 'saving');

  protected readonly form = new FormGroup({
    dischargedOn: new FormControl(this.today, { nonNullable: true }),
    dischargeReason: new FormControl('', { nonNullable: true }),
  });

  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const aboutFields = problem?.errors?.some(({ field }) => this.form.contains(field)) ?? false;
    return problem && !aboutFields ? problem : null;
  });

  constructor() {
    this.store.dispatch(StatusChangeDialogActions.opened());
    effect(() => {
      const status = this.saveStatus();
      if (status === 'saved' || status === 'conflicted') {
        this.dialogRef.close();
      }
    });
    effect(() => {
      if (applyFieldErrors(this.form, this.saveError()?.errors ?? [])) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const { client, status } = this.data;
    const { dischargedOn, dischargeReason } = this.form.getRawValue();
    const request = validateWithSchema(this.form, changeClientStatusRequestSchema, {
      status,
      dischargedOn: this.discharging ? dischargedOn || null : null,
      dischargeReason: this.discharging ? dischargeReason : null,
      version: client.version,
    });
    if (request !== null && request.dischargedOn !== null && request.dischargedOn < client.treatmentStart) {
      // The server's rule too; checked here so the user hears it before anything is sent.
      applyFieldErrors(this.form, [{ field: 'dischargedOn', message: 'Cannot be before the treatment start.' }]);
    }
    if (request === null || this.form.invalid) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(
      StatusChangeDialogActions.submitted({
        base: client,
        edit: {
          kind: 'status',
          status: request.status,
          dischargedOn: request.dischargedOn,
          dischargeReason: request.dischargeReason,
        },
      }),
    );
  }
}

export function openStatusChangeDialog(injector: Injector, data: StatusChangeDialogData): MatDialogRef<StatusChangeDialog> {
  return injector.get(MatDialog).open<StatusChangeDialog, StatusChangeDialogData>(StatusChangeDialog, {
    width: '32rem',
    ...dialogFocus('first-tabbable'),
    ariaLabelledBy: 'status-change-title',
    data,
  });
}
