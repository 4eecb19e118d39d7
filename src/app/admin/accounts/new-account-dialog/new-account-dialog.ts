import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
  type MatDialog,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { createAccountRequestSchema } from '@domain/accounts/account-requests';
import type { Role } from '@domain/accounts/role';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { accountsFeature } from '../accounts.feature';
import { NewAccountDialogActions } from '../new-account-dialog.actions';
import { ROLE_OPTIONS } from '../role-options';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';
import { TakesFocus } from '../../../shared/focus/takes-focus';
import { dialogFocus } from '../../../shared/focus/dialog-focus';

/** Creates an account; the server answers with a temporary password, which the effects then show once. */
@Component({
  selector: 'app-new-account-dialog',
  imports: [
    TakesFocus,
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatProgressSpinner,
  ],
  templateUrl: './new-account-dialog.html',
  styleUrl: './new-account-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewAccountDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<NewAccountDialog>>(MatDialogRef);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid();

  protected readonly fieldError = FIELD_ERROR;
  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly viewModel = this.store.selectSignal(accountsFeature.selectDialogViewModel);
  // Narrow signals, so an unrelated store change does not re-apply an error the user has since fixed.
  private readonly problem = computed(() => this.viewModel().error);
  private readonly saved = computed(() => this.viewModel().saved);

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    role: new FormControl<Role>('therapist', { nonNullable: true }),
    supervisorId: new FormControl<string | null>(null),
  });

  protected readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.form.controls.role.value });

  /** A server problem that is about none of the fields is shown above the form. */
  protected readonly formProblem = computed(() => {
    const problem = this.viewModel().error;
    const aboutFields = problem?.errors?.some(({ field }) => this.form.contains(field)) ?? false;
    return problem && !aboutFields ? problem : null;
  });

  constructor() {
    this.store.dispatch(NewAccountDialogActions.opened());
    effect(() => {
      if (applyFieldErrors(this.form, this.problem()?.errors ?? [])) {
        this.focusFirstInvalidField();
      }
    });
    effect(() => {
      if (this.saved()) {
        this.dialogRef.close(true);
      }
    });
  }

  protected submit(): void {
    if (this.viewModel().saving) {
      return;
    }
    const { name, email, role, supervisorId } = this.form.getRawValue();
    const request = validateWithSchema(this.form, createAccountRequestSchema, {
      name,
      email,
      role,
      // Only therapists belong to a team; a choice made before switching role is dropped.
      supervisorId: role === 'therapist' ? supervisorId : null,
    });
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(NewAccountDialogActions.submitted({ request }));
  }
}

export function openNewAccountDialog(dialog: MatDialog): MatDialogRef<NewAccountDialog, boolean> {
  return dialog.open<NewAccountDialog, undefined, boolean>(NewAccountDialog, { width: '32rem', ...dialogFocus('first-tabbable') });
}
