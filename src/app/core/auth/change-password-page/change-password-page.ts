import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { changePasswordRequestSchema, PASSWORD_RULE_HINT } from '@domain/accounts/password-policy';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { authFeature } from '../auth.feature';
import { ChangePasswordPageActions } from '../change-password-page.actions';
import { TakesFocus } from '../../../shared/focus/takes-focus';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';

@Component({
  selector: 'app-change-password-page',
  imports: [
    ReactiveFormsModule,
    TakesFocus,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MatAnchor,
    MatProgressSpinner,
  ],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ChangePasswordPage {
  private readonly store = inject(Store);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('input[aria-invalid="true"]');

  protected readonly fieldError = FIELD_ERROR;
  /** The server also refuses common passwords and the user's own email or name; the hint says so up front. */
  protected readonly ruleHint = PASSWORD_RULE_HINT;
  protected readonly viewModel = this.store.selectSignal(authFeature.selectChangePasswordViewModel);
  private readonly serverProblem = this.store.selectSignal(authFeature.selectPasswordChangeError);

  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newPassword: new FormControl('', { nonNullable: true }),
    confirmNewPassword: new FormControl('', { nonNullable: true }),
  });

  /** A server problem that is not about one of the fields is shown above the form. */
  protected readonly formProblem = computed(() => {
    const problem = this.viewModel().error;
    const aboutFields = problem?.errors?.some(({ field }) => this.form.contains(field)) ?? false;
    return problem && !aboutFields ? problem : null;
  });

  constructor() {
    this.store.dispatch(ChangePasswordPageActions.opened());
    // The server checks the current password; its field errors land on the fields like ours do.
    effect(() => {
      const errors = this.serverProblem()?.errors ?? [];
      if (applyFieldErrors(this.form, errors)) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected submit(): void {
    if (this.viewModel().submitting) {
      return;
    }
    const { currentPassword, newPassword, confirmNewPassword } = this.form.getRawValue();
    const request = validateWithSchema(this.form, changePasswordRequestSchema, { currentPassword, newPassword });
    const confirmError =
      confirmNewPassword === '' ? 'Required.' : confirmNewPassword !== newPassword ? 'Must match the new password.' : null;
    if (confirmError !== null) {
      applyFieldErrors(this.form, [{ field: 'confirmNewPassword', message: confirmError }]);
    }
    if (request === null || confirmError !== null) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(ChangePasswordPageActions.submitted({ request }));
  }

  protected signOut(): void {
    this.store.dispatch(ChangePasswordPageActions.signOutClicked());
  }
}
