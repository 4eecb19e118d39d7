import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { Icon } from '../../shared/icon/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { FOLLOW_UP_OWNER_CODES, FOLLOW_UP_OWNERS } from '@domain/sessions/session-codes';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import type { FollowUpGroup } from '../record-page/record-form';

/** Someone a follow-up can be given to. */
export interface OwnerOption {
  readonly id: string;
  readonly name: string;
}

/**
 * The follow-up actions agreed in a session: what, who owns it (the client, a network member or the
 * clinician), by when, and whether it is done. Rows are added and removed by the page.
 */
@Component({
  selector: 'app-follow-up-fields',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    MatIconButton,
    Icon,
  ],
  templateUrl: './follow-up-fields.html',
  styleUrl: './follow-up-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpFields {
  readonly followUps = input.required<FormArray<FollowUpGroup>>();
  readonly members = input.required<readonly OwnerOption[]>();
  readonly add = output();
  readonly remove = output<number>();

  protected readonly fieldError = FIELD_ERROR;
  protected readonly maxLength = TEXT_LIMITS.shortText;
  protected readonly ownerOptions = FOLLOW_UP_OWNER_CODES.map((code) => ({
    code,
    label: FOLLOW_UP_OWNERS[code],
  }));
}
