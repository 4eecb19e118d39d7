import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, computed, effect, inject, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { ROLE_LABELS, ROLES, type Role } from '@domain/accounts/role';
import { twoFactorPolicyRequestSchema, type TwoFactorRequirement } from '@domain/accounts/two-factor';
import { Store } from '@ngrx/store';
import { FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { isStaleVersion } from '../../../shared/versioned-edits/save-failure';
import { TwoFactorPolicyPageActions } from '../two-factor-policy-page.actions';
import { twoFactorPolicyFeature } from '../two-factor-policy.feature';

/** Whether the clinic requires two-factor sign-in: of nobody, everyone, or chosen roles. */
@Component({
  selector: 'app-two-factor-policy-page',
  imports: [ReactiveFormsModule, MatRadioGroup, MatRadioButton, MatCheckbox, MatButton, MatProgressSpinner],
  templateUrl: './two-factor-policy-page.html',
  styleUrl: './two-factor-policy-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TwoFactorPolicyPage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected readonly fieldError = FIELD_ERROR;
  protected readonly roles = ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }));
  protected readonly policy = this.store.selectSignal(twoFactorPolicyFeature.selectPolicy);
  protected readonly loadStatus = this.store.selectSignal(twoFactorPolicyFeature.selectLoadStatus);
  protected readonly saveStatus = this.store.selectSignal(twoFactorPolicyFeature.selectSaveStatus);
  protected readonly error = this.store.selectSignal(twoFactorPolicyFeature.selectError);
  protected readonly stale = computed(() => isStaleVersion(this.error()));

  protected readonly form = new FormGroup({
    requiredFor: new FormControl<TwoFactorRequirement>('none', { nonNullable: true }),
    roles: new FormGroup({
      therapist: new FormControl(false, { nonNullable: true }),
      supervisor: new FormControl(false, { nonNullable: true }),
      admin: new FormControl(false, { nonNullable: true }),
    }),
  });

  constructor() {
    this.store.dispatch(TwoFactorPolicyPageActions.opened());
    // The form shows the policy as loaded or saved (also the current one after a conflict).
    effect(() => {
      const policy = this.policy();
      if (policy) {
        this.form.setValue({
          requiredFor: policy.requiredFor,
          roles: { therapist: policy.roles.includes('therapist'), supervisor: policy.roles.includes('supervisor'), admin: policy.roles.includes('admin') },
        });
      }
    });
    effect(() => {
      if (this.error() !== null && this.saveStatus() === 'failed') {
        afterNextRender(() => this.errorBox()?.nativeElement.focus(), { injector: this.injector });
      }
    });
  }

  protected retry(): void {
    this.store.dispatch(TwoFactorPolicyPageActions.retryClicked());
  }

  protected save(): void {
    const policy = this.policy();
    if (!policy || this.saveStatus() === 'saving') {
      return;
    }
    const { requiredFor, roles } = this.form.getRawValue();
    const chosen = ROLES.filter((role: Role) => roles[role]);
    const request = validateWithSchema(this.form, twoFactorPolicyRequestSchema, {
      requiredFor,
      roles: requiredFor === 'roles' ? chosen : [],
      version: policy.version,
    });
    if (request === null) {
      afterNextRender(() => this.errorBox()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.store.dispatch(TwoFactorPolicyPageActions.saveClicked({ request }));
  }
}
