import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  type Signal,
  signal,
  untracked,
} from '@angular/core';
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
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import type { TherapistOption } from '@domain/accounts/account';
import type { ClientAssignment } from '@domain/clients/client';
import { CLIENT_STATUSES } from '@domain/clients/client-codes';
import { reassignClientRequestSchema } from '@domain/clients/client-requests';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { applyFieldErrors, FIELD_ERROR } from '../forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../forms/focus-first-invalid';
import { validateWithSchema } from '../forms/validate-with-schema';
import type { LoadStatus } from '../state/request-status';
import { TakesFocus } from '../focus/takes-focus';
import { dialogFocus } from '../focus/dialog-focus';

/** What the dialog shows of the client: the assignment facts (a full client record has them too). */
export type ReassignSubject = ClientAssignment;

/**
 * What a slice gives the dialog: its state as signals and its actions as callbacks. The supervisor's
 * client page and the administrator's assignments page both reassign through it, each from its own store.
 */
export interface ReassignDialogData<T extends ReassignSubject = ReassignSubject> {
  readonly client: T;
  readonly therapists: Signal<readonly TherapistOption[]>;
  readonly therapistsStatus: Signal<LoadStatus>;
  readonly saving: Signal<boolean>;
  /** The save's refusal: field errors go on the field, anything else above it. */
  readonly problem: Signal<ProblemDocument | null>;
  /** The dialog's work is over (saved, or a conflict the page settles itself): it closes. */
  readonly finished: Signal<boolean>;
  /**
   * Only where the dialog settles a stale-version conflict itself: after one, the client as it is
   * now. The dialog then bases the next save on it and says so.
   */
  readonly current?: Signal<T | null>;
  /** Once, as the dialog opens (the slice loads the therapists). */
  opened(): void;
  /** A valid choice, based on `base`'s version. */
  submit(base: T, therapist: TherapistOption): void;
}

/** Moves a client to another therapist; the change carries the version it is based on. */
@Component({
  selector: 'app-reassign-dialog',
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
    MatSelect,
    MatOption,
    MatProgressSpinner,
  ],
  templateUrl: './reassign-dialog.html',
  styleUrl: './reassign-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  private readonly dialogRef = inject<MatDialogRef<ReassignDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid();
  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);

  protected readonly fieldError = FIELD_ERROR;
  protected readonly statusLabels = CLIENT_STATUSES;
  protected readonly therapists = this.data.therapists;
  protected readonly therapistsStatus = this.data.therapistsStatus;
  protected readonly saving = this.data.saving;
  /** The version this change is based on; replaced by the current one after a stale-version conflict. */
  protected readonly base = signal(this.data.client);
  protected readonly staleNotice = signal(false);

  protected readonly form = new FormGroup({
    therapistId: new FormControl<string | null>(null),
  });

  /** A server problem about no field of the form. */
  protected readonly formProblem = computed(() => {
    const problem = this.data.problem();
    return problem === null || problem.errors?.some(({ field }) => this.form.contains(field)) ? null : problem;
  });

  constructor() {
    this.data.opened();
    effect(() => {
      if (applyFieldErrors(this.form, this.data.problem()?.errors ?? [])) {
        this.focusFirstInvalidField();
      }
    });
    const current = this.data.current;
    if (current !== undefined) {
      effect(() => {
        const now = current();
        if (now !== null) {
          untracked(() => this.startOverFrom(now));
        }
      });
    }
    effect(() => {
      if (this.data.finished()) {
        this.dialogRef.close(true);
      }
    });
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const client = this.base();
    const { therapistId } = this.form.getRawValue();
    const request = validateWithSchema(this.form, reassignClientRequestSchema, { therapistId, version: client.version });
    const therapist = this.therapists().find(({ id }) => id === therapistId);
    // The schema's message for a missing id ("Must be a UUID.") is not for people.
    const choiceProblem =
      therapistId === null || therapist === undefined
        ? 'Choose the therapist to assign the client to.'
        : therapistId === client.therapistId
          ? `Already assigned to ${client.therapistName}. Choose another therapist.`
          : null;
    if (choiceProblem !== null) {
      applyFieldErrors(this.form, [{ field: 'therapistId', message: choiceProblem }]);
    }
    if (request === null || therapist === undefined || this.form.invalid) {
      this.focusFirstInvalidField();
      return;
    }
    this.staleNotice.set(false);
    this.data.submit(client, therapist);
  }

  /** Someone else changed the client first: the next save is based on their version. */
  private startOverFrom(current: ReassignSubject): void {
    if (current === this.base()) {
      return;
    }
    this.base.set(current);
    this.staleNotice.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.notice')?.focus(), { injector: this.injector });
  }
}

export function openReassignDialog<T extends ReassignSubject>(
  dialog: MatDialog,
  data: ReassignDialogData<T>,
): MatDialogRef<ReassignDialog, boolean> {
  return dialog.open<ReassignDialog, ReassignDialogData<T>, boolean>(ReassignDialog, {
    width: '32rem',
    ...dialogFocus('first-tabbable'),
    ariaLabelledBy: 'reassign-title',
    data,
  });
}
