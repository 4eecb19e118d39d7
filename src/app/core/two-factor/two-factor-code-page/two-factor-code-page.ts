import { ChangeDetectionStrategy, Component, type ElementRef, inject, Injector, afterNextRender, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { recoveryCodeSchema, totpCodeSchema } from '@domain/accounts/two-factor';
import * as z from '@domain/validation/z';
import { Store } from '@ngrx/store';
import { FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { TwoFactorCodePageActions } from '../two-factor-code-page.actions';
import { twoFactorFeature } from '../two-factor.feature';
import { TakesFocus } from '../../../shared/focus/takes-focus';

const codeFormSchema = z.object({ code: totpCodeSchema });
const recoveryFormSchema = z.object({ recoveryCode: recoveryCodeSchema });

/** After the password: the authenticator code, or one of the recovery codes when the phone is not at hand. */
@Component({
  selector: 'app-two-factor-code-page',
  imports: [TakesFocus, ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatButton, MatProgressSpinner],
  templateUrl: './two-factor-code-page.html',
  styleUrl: './two-factor-code-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TwoFactorCodePage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('input[aria-invalid="true"]');
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  protected readonly fieldError = FIELD_ERROR;
  protected readonly submitting = this.store.selectSignal(twoFactorFeature.selectSubmitting);
  protected readonly errorMessage = this.store.selectSignal(twoFactorFeature.selectErrorMessage);
  protected readonly usingRecoveryCode = signal(false);

  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    recoveryCode: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.store.dispatch(TwoFactorCodePageActions.opened());
  }

  protected toggleRecoveryCode(): void {
    this.usingRecoveryCode.update((using) => !using);
    this.form.reset();
    afterNextRender(() => this.codeInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    const { code, recoveryCode } = this.form.getRawValue();
    const request = this.usingRecoveryCode()
      ? validateWithSchema(this.form, recoveryFormSchema, { recoveryCode })
      : validateWithSchema(this.form, codeFormSchema, { code });
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(TwoFactorCodePageActions.submitted({ request }));
  }

  protected signOut(): void {
    this.store.dispatch(TwoFactorCodePageActions.signOutClicked());
  }
}
