import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { signInRequestSchema } from '@domain/accounts/sign-in-request';
import { Store } from '@ngrx/store';
import { FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { APP_NAME } from '../../layout/page-title-strategy';
import { authFeature } from '../auth.feature';
import { SignInPageActions } from '../sign-in-page.actions';
import { TakesFocus } from '../../../shared/focus/takes-focus';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';

@Component({
  selector: 'app-sign-in-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, MatProgressSpinner, TakesFocus],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SignInPage {
  private readonly store = inject(Store);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('input[aria-invalid="true"]');

  /** `?reason=expired` when the session ended (idle timeout or a 401). */
  readonly reason = input<string>();

  protected readonly appName = APP_NAME;
  protected readonly fieldError = FIELD_ERROR;
  protected readonly viewModel = this.store.selectSignal(authFeature.selectSignInViewModel);
  protected readonly sessionEnded = computed(() => this.reason() === 'expired' && this.viewModel().error === null);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.store.dispatch(SignInPageActions.opened());
  }

  protected submit(): void {
    if (this.viewModel().submitting) {
      return;
    }
    const request = validateWithSchema(this.form, signInRequestSchema);
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(SignInPageActions.submitted({ request }));
  }
}
