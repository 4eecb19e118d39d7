import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, effect, inject, type Injector } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { INSTRUMENTS } from '@domain/measures/instrument-catalog';
import { DEFAULT_EXPIRY_DAYS } from '@domain/self-report/self-report-request';
import { sendSelfReportSchema } from '@domain/self-report/self-report-requests';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { selfReportFeature } from '../self-report.feature';
import { SendDialogActions } from '../send-dialog.actions';
import { TakesFocus } from '../../shared/focus/takes-focus';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface SendDialogData {
  readonly clientId: string;
  /**
   * Whether the server can send email (SMTP configured). The API does not say so yet, so callers
   * pass false and the email field stays hidden rather than offering what may fail.
   */
  readonly emailAvailable: boolean;
}

/** The therapist picks instruments for the client to answer at home, how long the link lives and whether it repeats. */
@Component({
  selector: 'app-send-dialog',
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
    MatSuffix,
    MatInput,
    MatCheckbox,
    MatButton,
    MatProgressSpinner,
  ],
  templateUrl: './send-dialog.html',
  styleUrl: './send-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<SendDialog>>(MatDialogRef);
  private readonly changeDetector = inject(ChangeDetectorRef);
  protected readonly data = inject<SendDialogData>(MAT_DIALOG_DATA);

  protected readonly fieldError = FIELD_ERROR;
  protected readonly instruments = INSTRUMENT_CODES.map((code) => INSTRUMENTS[code]);
  private readonly sendStatus = this.store.selectSignal(selfReportFeature.selectSendStatus);
  private readonly sendError = this.store.selectSignal(selfReportFeature.selectSendError);
  protected readonly sending = computed(() => this.sendStatus() === 'sending');
  /** A failure no field explains (e.g. the client was discharged meanwhile). */
  protected readonly formProblem = computed(() => {
    const problem = this.sendError();
    return problem && !problem.errors?.some(({ field }) => this.form.get(field.split('.')[0]) !== null) ? problem : null;
  });

  protected readonly form = new FormGroup({
    instruments: new FormControl<InstrumentCode[]>([], { nonNullable: true }),
    expiresInDays: new FormControl<number | null>(DEFAULT_EXPIRY_DAYS),
    repeats: new FormControl(false, { nonNullable: true }),
    repeatEveryWeeks: new FormControl<number | null>(4),
    emailTo: new FormControl('', { nonNullable: true }),
  });

  /** After a refused submit, focus lands on the first field to fix (an instrument checkbox counts). */
  private readonly focusFirstInvalid = injectFocusFirstInvalid('fieldset[data-invalid] input, [aria-invalid="true"]');

  constructor() {
    this.store.dispatch(SendDialogActions.opened());
    effect(() => {
      if (this.sendStatus() === 'sent') {
        this.dialogRef.close();
      }
    });
    effect(() => {
      // The server names items of a list (`instruments.1`); the control is the list.
      const errors = (this.sendError()?.errors ?? []).map(({ field, message }) => ({ field: field.split('.')[0], message }));
      if (applyFieldErrors(this.form, errors)) {
        // Form state is not a signal: the OnPush view must be told the fields now carry errors.
        this.changeDetector.markForCheck();
        this.focusFirstInvalid();
      }
    });
  }

  protected isChosen(code: InstrumentCode): boolean {
    return this.form.controls.instruments.value.includes(code);
  }

  protected toggle(code: InstrumentCode, chosen: boolean): void {
    const others = this.form.controls.instruments.value.filter((other) => other !== code);
    // Catalogue order, whatever order they were ticked in.
    const next = chosen ? INSTRUMENT_CODES.filter((each) => each === code || others.includes(each)) : others;
    this.form.controls.instruments.setValue(next);
  }

  protected submit(): void {
    if (this.sending()) {
      return;
    }
    const { instruments, expiresInDays, repeats, repeatEveryWeeks, emailTo } = this.form.getRawValue();
    const request = validateWithSchema(this.form, sendSelfReportSchema, {
      instruments,
      expiresInDays,
      repeatEveryWeeks: repeats ? repeatEveryWeeks : null,
      emailTo: this.data.emailAvailable && emailTo.trim() !== '' ? emailTo.trim() : null,
    });
    if (request === null) {
      this.focusFirstInvalid();
      return;
    }
    this.store.dispatch(SendDialogActions.submitted({ clientId: this.data.clientId, request }));
  }
}

export function openSendDialog(injector: Injector, data: SendDialogData): MatDialogRef<SendDialog> {
  return injector.get(MatDialog).open<SendDialog, SendDialogData>(SendDialog, {
    width: '32rem',
    maxWidth: 'calc(100vw - 16px)',
    ...dialogFocus('first-tabbable'),
    ariaLabelledBy: 'send-dialog-title',
    data,
  });
}
