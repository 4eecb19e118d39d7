import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { totpCodeRequestSchema } from '@domain/accounts/two-factor';
import { Store } from '@ngrx/store';
import { FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { AccountPageActions } from '../account-page.actions';
import { RecoveryCodes } from '../recovery-codes/recovery-codes';
import { twoFactorFeature } from '../two-factor.feature';
import { TakesFocus } from '../../../shared/focus/takes-focus';

/** The signed-in user's own sign-in settings: password and two-factor sign-in. */
@Component({
  selector: 'app-account-page',
  imports: [
    TakesFocus,
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatAnchor,
    MatProgressSpinner,
    RecoveryCodes,
  ],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AccountPage {
  private readonly store = inject(Store);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('input[aria-invalid="true"]');

  protected readonly fieldError = FIELD_ERROR;
  protected readonly status = this.store.selectSignal(twoFactorFeature.selectStatus);
  protected readonly statusLoad = this.store.selectSignal(twoFactorFeature.selectStatusLoad);
  protected readonly submitting = this.store.selectSignal(twoFactorFeature.selectSubmitting);
  protected readonly errorMessage = this.store.selectSignal(twoFactorFeature.selectErrorMessage);
  protected readonly recoveryCodes = this.store.selectSignal(twoFactorFeature.selectRecoveryCodes);

  protected readonly form = new FormGroup({ code: new FormControl('', { nonNullable: true }) });

  constructor() {
    this.store.dispatch(AccountPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(AccountPageActions.retryClicked());
  }

  protected regenerate(): void {
    if (this.submitting()) {
      return;
    }
    const request = validateWithSchema(this.form, totpCodeRequestSchema);
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(AccountPageActions.regenerateSubmitted({ code: request.code }));
    this.form.reset();
  }

  protected codesSaved(): void {
    this.store.dispatch(AccountPageActions.codesSavedClicked());
  }
}
