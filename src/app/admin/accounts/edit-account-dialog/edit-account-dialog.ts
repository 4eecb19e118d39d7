import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
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
import { MatSlideToggle } from '@angular/material/slide-toggle';
import type { Account } from '@domain/accounts/account';
import { updateAccountRequestSchema } from '@domain/accounts/account-requests';
import type { Role } from '@domain/accounts/role';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { applyFieldErrors, FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { accountsFeature } from '../accounts.feature';
import { EditAccountDialogActions } from '../edit-account-dialog.actions';
import { ROLE_OPTIONS } from '../role-options';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';
import { TakesFocus } from '../../../shared/focus/takes-focus';
import { dialogFocus } from '../../../shared/focus/dialog-focus';

/**
 * Edits an account's name, role, team and whether it may sign in. The change carries the version it
 * is based on; the server refuses changes that break a clinic rule, naming the field.
 */
@Component({
  selector: 'app-edit-account-dialog',
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
    MatSlideToggle,
    MatProgressSpinner,
  ],
  templateUrl: './edit-account-dialog.html',
  styleUrl: './edit-account-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditAccountDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<EditAccountDialog>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('[aria-invalid="true"], .toggle-error');
  private readonly entities = this.store.selectSignal(accountsFeature.selectEntities);
  private readonly signedInUser = this.store.selectSignal(authFeature.selectUser);

  protected readonly fieldError = FIELD_ERROR;
  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly viewModel = this.store.selectSignal(accountsFeature.selectDialogViewModel);
  // Narrow signals, so an unrelated store change does not re-apply an error the user has since fixed.
  private readonly problem = computed(() => this.viewModel().error);
  private readonly saved = computed(() => this.viewModel().saved);
  private readonly stale = computed(() => this.viewModel().stale);
  /** The version this edit is based on; replaced by the current one after a stale-version conflict. */
  protected readonly base = signal(inject<Account>(MAT_DIALOG_DATA));
  protected readonly editingSelf = computed(() => this.base().id === this.signedInUser()?.id);
  /** A supervisor who becomes a therapist cannot join their own team. */
  protected readonly supervisorOptions = computed(() =>
    this.viewModel().supervisors.filter((supervisor) => supervisor.id !== this.base().id),
  );
  protected readonly staleNotice = signal(false);

  protected readonly form = new FormGroup({
    name: new FormControl(this.base().name, { nonNullable: true }),
    role: new FormControl<Role>(this.base().role, { nonNullable: true }),
    supervisorId: new FormControl<string | null>(this.base().supervisorId),
    active: new FormControl(this.base().active, { nonNullable: true }),
  });

  protected readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.form.controls.role.value });

  /** A server problem about none of the fields (and not a stale version, which has its own notice). */
  protected readonly formProblem = computed(() => {
    const problem = this.viewModel().error;
    if (problem === null || this.viewModel().stale) {
      return null;
    }
    return problem.errors?.some(({ field }) => this.form.contains(field)) ? null : problem;
  });

  constructor() {
    this.store.dispatch(EditAccountDialogActions.opened());
    if (this.editingSelf()) {
      // Locking oneself out, or out of the admin pages, is done by another administrator.
      this.form.controls.role.disable();
      this.form.controls.active.disable();
    }
    effect(() => {
      if (applyFieldErrors(this.form, this.problem()?.errors ?? [])) {
        this.focusFirstInvalidField();
      }
    });
    effect(() => {
      if (this.stale()) {
        untracked(() => this.startOverFromCurrent());
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
    const { name, role, supervisorId, active } = this.form.getRawValue();
    const request = validateWithSchema(this.form, updateAccountRequestSchema, {
      name,
      role,
      supervisorId: role === 'therapist' ? supervisorId : null,
      active,
      version: this.base().version,
    });
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.staleNotice.set(false);
    this.store.dispatch(EditAccountDialogActions.submitted({ id: this.base().id, request }));
  }

  /** Someone else saved first: the form now shows their version, which the next save is based on. */
  private startOverFromCurrent(): void {
    const current = this.entities()[this.base().id];
    if (current === undefined) {
      return;
    }
    this.base.set(current);
    this.form.reset({ name: current.name, role: current.role, supervisorId: current.supervisorId, active: current.active });
    this.staleNotice.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.notice')?.focus(), { injector: this.injector });
  }
}

export function openEditAccountDialog(dialog: MatDialog, account: Account): MatDialogRef<EditAccountDialog, boolean> {
  return dialog.open<EditAccountDialog, Account, boolean>(EditAccountDialog, {
    width: '32rem',
    ...dialogFocus('first-tabbable'),
    data: account,
  });
}
