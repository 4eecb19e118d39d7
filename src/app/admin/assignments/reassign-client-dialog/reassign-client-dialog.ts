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
import type { ClientAssignment } from '@domain/clients/client';
import { CLIENT_STATUSES } from '@domain/clients/client-codes';
import { reassignClientRequestSchema } from '@domain/clients/client-requests';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { assignmentsFeature } from '../assignments.feature';
import { ReassignClientDialogActions } from '../reassign-client-dialog.actions';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';

/** Moves a client to another therapist; the change carries the version it is based on. */
@Component({
  selector: 'app-reassign-client-dialog',
  imports: [
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
  templateUrl: './reassign-client-dialog.html',
  styleUrl: './reassign-client-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignClientDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<ReassignClientDialog>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid();
  private readonly entities = this.store.selectSignal(assignmentsFeature.selectEntities);

  protected readonly fieldError = FIELD_ERROR;
  protected readonly statusLabels = CLIENT_STATUSES;
  protected readonly viewModel = this.store.selectSignal(assignmentsFeature.selectDialogViewModel);
  private readonly problem = computed(() => this.viewModel().error);
  private readonly saved = computed(() => this.viewModel().saved);
  private readonly stale = computed(() => this.viewModel().stale);
  /** The version this change is based on; replaced by the current one after a stale-version conflict. */
  protected readonly base = signal(inject<ClientAssignment>(MAT_DIALOG_DATA));
  protected readonly staleNotice = signal(false);

  protected readonly form = new FormGroup({
    therapistId: new FormControl<string | null>(null),
  });

  /** A server problem about no field (and not a stale version, which has its own notice). */
  protected readonly formProblem = computed(() => {
    const problem = this.viewModel().error;
    if (problem === null || this.viewModel().stale) {
      return null;
    }
    return problem.errors?.some(({ field }) => this.form.contains(field)) ? null : problem;
  });

  constructor() {
    this.store.dispatch(ReassignClientDialogActions.opened());
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
    const client = this.base();
    const { therapistId } = this.form.getRawValue();
    const request = validateWithSchema(this.form, reassignClientRequestSchema, { therapistId, version: client.version });
    // The schema's message for a missing id ("Must be a UUID.") is not for people.
    const choiceProblem =
      therapistId === null
        ? 'Choose the therapist to assign the client to.'
        : therapistId === client.therapistId
          ? `Already assigned to ${client.therapistName}. Choose another therapist.`
          : null;
    if (choiceProblem !== null) {
      applyFieldErrors(this.form, [{ field: 'therapistId', message: choiceProblem }]);
    }
    if (request === null || this.form.invalid) {
      this.focusFirstInvalidField();
      return;
    }
    this.staleNotice.set(false);
    this.store.dispatch(ReassignClientDialogActions.submitted({ client, request }));
  }

  /** Someone else changed the client first: the next save is based on their version. */
  private startOverFromCurrent(): void {
    const current = this.entities()[this.base().id];
    if (current === undefined) {
      return;
    }
    this.base.set(current);
    this.staleNotice.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.notice')?.focus(), { injector: this.injector });
  }
}

export function openReassignClientDialog(dialog: MatDialog, client: ClientAssignment): MatDialogRef<ReassignClientDialog, boolean> {
  return dialog.open<ReassignClientDialog, ClientAssignment, boolean>(ReassignClientDialog, {
    width: '32rem',
    autoFocus: 'first-tabbable',
    data: client,
  });
}
