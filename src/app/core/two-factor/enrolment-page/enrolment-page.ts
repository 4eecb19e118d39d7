import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { totpCodeRequestSchema } from '@domain/accounts/two-factor';
import { Store } from '@ngrx/store';
import { QrCode } from '../../../shared/qr-code/qr-code';
import { FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { authFeature } from '../../auth/auth.feature';
import { EnrolmentPageActions } from '../enrolment-page.actions';
import { RecoveryCodes } from '../recovery-codes/recovery-codes';
import { twoFactorFeature } from '../two-factor.feature';
import { TakesFocus } from '../../../shared/focus/takes-focus';

/**
 * Setting up the authenticator app: a QR code drawn here (and the key as text), a first code to
 * prove it works, then the recovery codes, once.
 */
@Component({
  selector: 'app-enrolment-page',
  imports: [
    TakesFocus,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatAnchor,
    MatProgressSpinner,
    QrCode,
    RecoveryCodes,
  ],
  templateUrl: './enrolment-page.html',
  styleUrl: './enrolment-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class EnrolmentPage {
  private readonly store = inject(Store);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('input[aria-invalid="true"]');

  protected readonly fieldError = FIELD_ERROR;
  protected readonly enrolment = this.store.selectSignal(twoFactorFeature.selectEnrolment);
  protected readonly enrolmentLoad = this.store.selectSignal(twoFactorFeature.selectEnrolmentLoad);
  protected readonly submitting = this.store.selectSignal(twoFactorFeature.selectSubmitting);
  protected readonly errorMessage = this.store.selectSignal(twoFactorFeature.selectErrorMessage);
  protected readonly recoveryCodes = this.store.selectSignal(twoFactorFeature.selectRecoveryCodes);
  private readonly sessionCheck = this.store.selectSignal(authFeature.selectSessionCheck);
  /** Required by the clinic before anything else; otherwise a choice the user can cancel. */
  protected readonly required = computed(() => this.sessionCheck().pendingStep === 'enrolment');

  protected readonly form = new FormGroup({ code: new FormControl('', { nonNullable: true }) });

  constructor() {
    this.store.dispatch(EnrolmentPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(EnrolmentPageActions.retryClicked());
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    const request = validateWithSchema(this.form, totpCodeRequestSchema);
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(EnrolmentPageActions.codeSubmitted({ code: request.code }));
  }

  protected codesSaved(): void {
    this.store.dispatch(EnrolmentPageActions.codesSavedClicked());
  }

  protected signOut(): void {
    this.store.dispatch(EnrolmentPageActions.signOutClicked());
  }
}
